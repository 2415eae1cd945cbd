/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>User</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A user account created in the image.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.User#getName <em>Name</em>}</li>
 *   <li>{@link dev.kiln.model.User#getUid <em>Uid</em>}</li>
 *   <li>{@link dev.kiln.model.User#getGroup <em>Group</em>}</li>
 *   <li>{@link dev.kiln.model.User#getHome <em>Home</em>}</li>
 *   <li>{@link dev.kiln.model.User#getShell <em>Shell</em>}</li>
 *   <li>{@link dev.kiln.model.User#isSystem <em>System</em>}</li>
 *   <li>{@link dev.kiln.model.User#getMemberOf <em>Member Of</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getUser()
 * @model extendedMetaData="name='User' kind='elementOnly'"
 * @generated
 */
public interface User extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * User name.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.kiln.model.AppliancePackage#getUser_Name()
	 * @model extendedMetaData="kind='attribute' name='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.kiln.model.User#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Fixed user id; allocated when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Uid</em>' attribute.
	 * @see #isSetUid()
	 * @see #unsetUid()
	 * @see #setUid(int)
	 * @see dev.kiln.model.AppliancePackage#getUser_Uid()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='uid'"
	 * @generated
	 */
	int getUid();

	/**
	 * Sets the value of the '{@link dev.kiln.model.User#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Uid</em>' attribute.
	 * @see #isSetUid()
	 * @see #unsetUid()
	 * @see #getUid()
	 * @generated
	 */
	void setUid(int value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.User#getUid <em>Uid</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUid()
	 * @see #getUid()
	 * @see #setUid(int)
	 * @generated
	 */
	void unsetUid();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.User#getUid <em>Uid</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Uid</em>' attribute is set.
	 * @see #unsetUid()
	 * @see #getUid()
	 * @see #setUid(int)
	 * @generated
	 */
	boolean isSetUid();

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Primary group; a group of the same name when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #setGroup(String)
	 * @see dev.kiln.model.AppliancePackage#getUser_Group()
	 * @model extendedMetaData="kind='attribute' name='group'"
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link dev.kiln.model.User#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Returns the value of the '<em><b>Home</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Home directory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Home</em>' attribute.
	 * @see #setHome(String)
	 * @see dev.kiln.model.AppliancePackage#getUser_Home()
	 * @model extendedMetaData="kind='attribute' name='home'"
	 * @generated
	 */
	String getHome();

	/**
	 * Sets the value of the '{@link dev.kiln.model.User#getHome <em>Home</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Home</em>' attribute.
	 * @see #getHome()
	 * @generated
	 */
	void setHome(String value);

	/**
	 * Returns the value of the '<em><b>Shell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Login shell; /usr/sbin/nologin when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Shell</em>' attribute.
	 * @see #setShell(String)
	 * @see dev.kiln.model.AppliancePackage#getUser_Shell()
	 * @model extendedMetaData="kind='attribute' name='shell'"
	 * @generated
	 */
	String getShell();

	/**
	 * Sets the value of the '{@link dev.kiln.model.User#getShell <em>Shell</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shell</em>' attribute.
	 * @see #getShell()
	 * @generated
	 */
	void setShell(String value);

	/**
	 * Returns the value of the '<em><b>System</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * System account (id below 1000, no login).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>System</em>' attribute.
	 * @see #isSetSystem()
	 * @see #unsetSystem()
	 * @see #setSystem(boolean)
	 * @see dev.kiln.model.AppliancePackage#getUser_System()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='system'"
	 * @generated
	 */
	boolean isSystem();

	/**
	 * Sets the value of the '{@link dev.kiln.model.User#isSystem <em>System</em>}' attribute.
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
	 * Unsets the value of the '{@link dev.kiln.model.User#isSystem <em>System</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSystem()
	 * @see #isSystem()
	 * @see #setSystem(boolean)
	 * @generated
	 */
	void unsetSystem();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.User#isSystem <em>System</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>System</em>' attribute is set.
	 * @see #unsetSystem()
	 * @see #isSystem()
	 * @see #setSystem(boolean)
	 * @generated
	 */
	boolean isSetSystem();

	/**
	 * Returns the value of the '<em><b>Member Of</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Supplementary groups.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Member Of</em>' attribute list.
	 * @see dev.kiln.model.AppliancePackage#getUser_MemberOf()
	 * @model extendedMetaData="kind='element' name='memberOf' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<String> getMemberOf();

} // User
