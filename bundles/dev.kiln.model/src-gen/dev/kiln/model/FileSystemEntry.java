/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File System Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Something placed in the image file system.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.FileSystemEntry#getSource <em>Source</em>}</li>
 *   <li>{@link dev.kiln.model.FileSystemEntry#getTarget <em>Target</em>}</li>
 *   <li>{@link dev.kiln.model.FileSystemEntry#getOwner <em>Owner</em>}</li>
 *   <li>{@link dev.kiln.model.FileSystemEntry#getGroup <em>Group</em>}</li>
 *   <li>{@link dev.kiln.model.FileSystemEntry#getMode <em>Mode</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getFileSystemEntry()
 * @model abstract="true"
 *        extendedMetaData="name='FileSystemEntry' kind='empty'"
 * @generated
 */
public interface FileSystemEntry extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Project-relative source path.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see dev.kiln.model.AppliancePackage#getFileSystemEntry_Source()
	 * @model extendedMetaData="kind='attribute' name='source'"
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link dev.kiln.model.FileSystemEntry#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Absolute path in the image.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' attribute.
	 * @see #setTarget(String)
	 * @see dev.kiln.model.AppliancePackage#getFileSystemEntry_Target()
	 * @model extendedMetaData="kind='attribute' name='target'"
	 * @generated
	 */
	String getTarget();

	/**
	 * Sets the value of the '{@link dev.kiln.model.FileSystemEntry#getTarget <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' attribute.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' attribute.
	 * The default value is <code>"root"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owning user.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' attribute.
	 * @see #isSetOwner()
	 * @see #unsetOwner()
	 * @see #setOwner(String)
	 * @see dev.kiln.model.AppliancePackage#getFileSystemEntry_Owner()
	 * @model default="root" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='owner'"
	 * @generated
	 */
	String getOwner();

	/**
	 * Sets the value of the '{@link dev.kiln.model.FileSystemEntry#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' attribute.
	 * @see #isSetOwner()
	 * @see #unsetOwner()
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(String value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.FileSystemEntry#getOwner <em>Owner</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetOwner()
	 * @see #getOwner()
	 * @see #setOwner(String)
	 * @generated
	 */
	void unsetOwner();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.FileSystemEntry#getOwner <em>Owner</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Owner</em>' attribute is set.
	 * @see #unsetOwner()
	 * @see #getOwner()
	 * @see #setOwner(String)
	 * @generated
	 */
	boolean isSetOwner();

	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * The default value is <code>"root"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Owning group.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see #isSetGroup()
	 * @see #unsetGroup()
	 * @see #setGroup(String)
	 * @see dev.kiln.model.AppliancePackage#getFileSystemEntry_Group()
	 * @model default="root" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='group'"
	 * @generated
	 */
	String getGroup();

	/**
	 * Sets the value of the '{@link dev.kiln.model.FileSystemEntry#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see #isSetGroup()
	 * @see #unsetGroup()
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(String value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.FileSystemEntry#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetGroup()
	 * @see #getGroup()
	 * @see #setGroup(String)
	 * @generated
	 */
	void unsetGroup();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.FileSystemEntry#getGroup <em>Group</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Group</em>' attribute is set.
	 * @see #unsetGroup()
	 * @see #getGroup()
	 * @see #setGroup(String)
	 * @generated
	 */
	boolean isSetGroup();

	/**
	 * Returns the value of the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Octal permission bits, e.g. "0644"; files default to 0644, directories to 0755.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mode</em>' attribute.
	 * @see #setMode(String)
	 * @see dev.kiln.model.AppliancePackage#getFileSystemEntry_Mode()
	 * @model extendedMetaData="kind='attribute' name='mode'"
	 * @generated
	 */
	String getMode();

	/**
	 * Sets the value of the '{@link dev.kiln.model.FileSystemEntry#getMode <em>Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mode</em>' attribute.
	 * @see #getMode()
	 * @generated
	 */
	void setMode(String value);

} // FileSystemEntry
