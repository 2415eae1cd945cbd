/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group created in the image.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Group#getName <em>Name</em>}</li>
 *   <li>{@link dev.kiln.model.Group#getGid <em>Gid</em>}</li>
 *   <li>{@link dev.kiln.model.Group#isSystem <em>System</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getGroup()
 * @model extendedMetaData="name='Group' kind='empty'"
 * @generated
 */
public interface Group extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Group name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.kiln.model.AppliancePackage#getGroup_Name()
	 * @model extendedMetaData="kind='attribute' name='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Group#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed group id; allocated when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Gid</em>' attribute.
	 * @see #isSetGid()
	 * @see #unsetGid()
	 * @see #setGid(int)
	 * @see dev.kiln.model.AppliancePackage#getGroup_Gid()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='gid'"
	 * @generated
	 */
	int getGid();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Group#getGid <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gid</em>' attribute.
	 * @see #isSetGid()
	 * @see #unsetGid()
	 * @see #getGid()
	 * @generated
	 */
	void setGid(int value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Group#getGid <em>Gid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGid()
	 * @see #getGid()
	 * @see #setGid(int)
	 * @generated
	 */
	void unsetGid();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Group#getGid <em>Gid</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Gid</em>' attribute is set.
	 * @see #unsetGid()
	 * @see #getGid()
	 * @see #setGid(int)
	 * @generated
	 */
	boolean isSetGid();

	/**
	 * Returns the value of the '<em><b>System</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System group (id below 1000).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System</em>' attribute.
	 * @see #isSetSystem()
	 * @see #unsetSystem()
	 * @see #setSystem(boolean)
	 * @see dev.kiln.model.AppliancePackage#getGroup_System()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='system'"
	 * @generated
	 */
	boolean isSystem();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Group#isSystem <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>System</em>' attribute.
	 * @see #isSetSystem()
	 * @see #unsetSystem()
	 * @see #isSystem()
	 * @generated
	 */
	void setSystem(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Group#isSystem <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSystem()
	 * @see #isSystem()
	 * @see #setSystem(boolean)
	 * @generated
	 */
	void unsetSystem();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Group#isSystem <em>System</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>System</em>' attribute is set.
	 * @see #unsetSystem()
	 * @see #isSystem()
	 * @see #setSystem(boolean)
	 * @generated
	 */
	boolean isSetSystem();

} // Group
