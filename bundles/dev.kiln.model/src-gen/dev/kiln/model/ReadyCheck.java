/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ready Check</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How the guest knows a new version is ready: an HTTP URL or a command.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.ReadyCheck#getHttp <em>Http</em>}</li>
 *   <li>{@link dev.kiln.model.ReadyCheck#getCommand <em>Command</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getReadyCheck()
 * @model extendedMetaData="name='ReadyCheck' kind='empty'"
 * @generated
 */
public interface ReadyCheck extends EObject {
	/**
	 * Returns the value of the '<em><b>Http</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * http(s) URL in the guest whose 2xx answer says the new version is ready.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Http</em>' attribute.
	 * @see #setHttp(String)
	 * @see dev.kiln.model.AppliancePackage#getReadyCheck_Http()
	 * @model extendedMetaData="kind='attribute' name='http'"
	 * @generated
	 */
	String getHttp();

	/**
	 * Sets the value of the '{@link dev.kiln.model.ReadyCheck#getHttp <em>Http</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Http</em>' attribute.
	 * @see #getHttp()
	 * @generated
	 */
	void setHttp(String value);

	/**
	 * Returns the value of the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Command whose success says the new version is ready.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Command</em>' attribute.
	 * @see #setCommand(String)
	 * @see dev.kiln.model.AppliancePackage#getReadyCheck_Command()
	 * @model extendedMetaData="kind='attribute' name='command'"
	 * @generated
	 */
	String getCommand();

	/**
	 * Sets the value of the '{@link dev.kiln.model.ReadyCheck#getCommand <em>Command</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Command</em>' attribute.
	 * @see #getCommand()
	 * @generated
	 */
	void setCommand(String value);

} // ReadyCheck
