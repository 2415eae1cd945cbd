/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Application</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The vendor's layer: accounts, files, services and first-boot script.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Application#getFirstBootScript <em>First Boot Script</em>}</li>
 *   <li>{@link dev.kiln.model.Application#getGroups <em>Groups</em>}</li>
 *   <li>{@link dev.kiln.model.Application#getUsers <em>Users</em>}</li>
 *   <li>{@link dev.kiln.model.Application#getDirectories <em>Directories</em>}</li>
 *   <li>{@link dev.kiln.model.Application#getFiles <em>Files</em>}</li>
 *   <li>{@link dev.kiln.model.Application#getServices <em>Services</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getApplication()
 * @model extendedMetaData="name='Application' kind='elementOnly'"
 * @generated
 */
public interface Application extends EObject {
	/**
	 * Returns the value of the '<em><b>First Boot Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Project-relative path of a script run once on first boot.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>First Boot Script</em>' attribute.
	 * @see #setFirstBootScript(String)
	 * @see dev.kiln.model.AppliancePackage#getApplication_FirstBootScript()
	 * @model extendedMetaData="kind='attribute' name='firstBootScript'"
	 * @generated
	 */
	String getFirstBootScript();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Application#getFirstBootScript <em>First Boot Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>First Boot Script</em>' attribute.
	 * @see #getFirstBootScript()
	 * @generated
	 */
	void setFirstBootScript(String value);

	/**
	 * Returns the value of the '<em><b>Groups</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.Group}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Groups to create.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Groups</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getApplication_Groups()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='group' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Group> getGroups();

	/**
	 * Returns the value of the '<em><b>Users</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.User}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Users to create.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Users</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getApplication_Users()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='user' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<User> getUsers();

	/**
	 * Returns the value of the '<em><b>Directories</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.ApplicationDirectory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Directories to create or copy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Directories</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getApplication_Directories()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='directory' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<ApplicationDirectory> getDirectories();

	/**
	 * Returns the value of the '<em><b>Files</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.ApplicationFile}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Files to copy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Files</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getApplication_Files()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='file' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<ApplicationFile> getFiles();

	/**
	 * Returns the value of the '<em><b>Services</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.SystemdService}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * systemd units to install and enable.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Services</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getApplication_Services()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='service' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<SystemdService> getServices();

} // Application
