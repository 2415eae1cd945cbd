/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A virtual disk.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Disk#getName <em>Name</em>}</li>
 *   <li>{@link dev.kiln.model.Disk#getSizeMb <em>Size Mb</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getDisk()
 * @model extendedMetaData="name='Disk' kind='empty'"
 * @generated
 */
public interface Disk extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disk name, e.g. "system".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see dev.kiln.model.AppliancePackage#getDisk_Name()
	 * @model extendedMetaData="kind='attribute' name='name'"
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Disk#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Size Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Size in MiB; less than 2 TiB in the vmdk and ova outputs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Size Mb</em>' attribute.
	 * @see #isSetSizeMb()
	 * @see #unsetSizeMb()
	 * @see #setSizeMb(int)
	 * @see dev.kiln.model.AppliancePackage#getDisk_SizeMb()
	 * @model unsettable="true"
	 *        extendedMetaData="kind='attribute' name='sizeMb'"
	 * @generated
	 */
	int getSizeMb();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Disk#getSizeMb <em>Size Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size Mb</em>' attribute.
	 * @see #isSetSizeMb()
	 * @see #unsetSizeMb()
	 * @see #getSizeMb()
	 * @generated
	 */
	void setSizeMb(int value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Disk#getSizeMb <em>Size Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSizeMb()
	 * @see #getSizeMb()
	 * @see #setSizeMb(int)
	 * @generated
	 */
	void unsetSizeMb();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Disk#getSizeMb <em>Size Mb</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Size Mb</em>' attribute is set.
	 * @see #unsetSizeMb()
	 * @see #getSizeMb()
	 * @see #setSizeMb(int)
	 * @generated
	 */
	boolean isSetSizeMb();

} // Disk
