/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Hardware</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Virtual hardware.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Hardware#getCpus <em>Cpus</em>}</li>
 *   <li>{@link dev.kiln.model.Hardware#getMemoryMb <em>Memory Mb</em>}</li>
 *   <li>{@link dev.kiln.model.Hardware#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link dev.kiln.model.Hardware#getDiskController <em>Disk Controller</em>}</li>
 *   <li>{@link dev.kiln.model.Hardware#getDisks <em>Disks</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getHardware()
 * @model extendedMetaData="name='Hardware' kind='elementOnly'"
 * @generated
 */
public interface Hardware extends EObject {
	/**
	 * Returns the value of the '<em><b>Cpus</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of virtual CPUs, 1 to 4096; fewer for the hypervisors of the OVA (see Hypervisor limits).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cpus</em>' attribute.
	 * @see #isSetCpus()
	 * @see #unsetCpus()
	 * @see #setCpus(int)
	 * @see dev.kiln.model.AppliancePackage#getHardware_Cpus()
	 * @model default="1" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='cpus'"
	 * @generated
	 */
	int getCpus();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Hardware#getCpus <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cpus</em>' attribute.
	 * @see #isSetCpus()
	 * @see #unsetCpus()
	 * @see #getCpus()
	 * @generated
	 */
	void setCpus(int value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Hardware#getCpus <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCpus()
	 * @see #getCpus()
	 * @see #setCpus(int)
	 * @generated
	 */
	void unsetCpus();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Hardware#getCpus <em>Cpus</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Cpus</em>' attribute is set.
	 * @see #unsetCpus()
	 * @see #getCpus()
	 * @see #setCpus(int)
	 * @generated
	 */
	boolean isSetCpus();

	/**
	 * Returns the value of the '<em><b>Memory Mb</b></em>' attribute.
	 * The default value is <code>"1024"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Memory in MiB, within the Hypervisor limits of the outputs.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Memory Mb</em>' attribute.
	 * @see #isSetMemoryMb()
	 * @see #unsetMemoryMb()
	 * @see #setMemoryMb(int)
	 * @see dev.kiln.model.AppliancePackage#getHardware_MemoryMb()
	 * @model default="1024" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='memoryMb'"
	 * @generated
	 */
	int getMemoryMb();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Hardware#getMemoryMb <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Memory Mb</em>' attribute.
	 * @see #isSetMemoryMb()
	 * @see #unsetMemoryMb()
	 * @see #getMemoryMb()
	 * @generated
	 */
	void setMemoryMb(int value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Hardware#getMemoryMb <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetMemoryMb()
	 * @see #getMemoryMb()
	 * @see #setMemoryMb(int)
	 * @generated
	 */
	void unsetMemoryMb();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Hardware#getMemoryMb <em>Memory Mb</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Memory Mb</em>' attribute is set.
	 * @see #unsetMemoryMb()
	 * @see #getMemoryMb()
	 * @see #setMemoryMb(int)
	 * @generated
	 */
	boolean isSetMemoryMb();

	/**
	 * Returns the value of the '<em><b>Firmware</b></em>' attribute.
	 * The default value is <code>"hybrid"</code>.
	 * The literals are from the enumeration {@link dev.kiln.model.Firmware}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Boot firmware.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Firmware</em>' attribute.
	 * @see dev.kiln.model.Firmware
	 * @see #isSetFirmware()
	 * @see #unsetFirmware()
	 * @see #setFirmware(Firmware)
	 * @see dev.kiln.model.AppliancePackage#getHardware_Firmware()
	 * @model default="hybrid" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='firmware'"
	 * @generated
	 */
	Firmware getFirmware();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Hardware#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Firmware</em>' attribute.
	 * @see dev.kiln.model.Firmware
	 * @see #isSetFirmware()
	 * @see #unsetFirmware()
	 * @see #getFirmware()
	 * @generated
	 */
	void setFirmware(Firmware value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Hardware#getFirmware <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetFirmware()
	 * @see #getFirmware()
	 * @see #setFirmware(Firmware)
	 * @generated
	 */
	void unsetFirmware();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Hardware#getFirmware <em>Firmware</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Firmware</em>' attribute is set.
	 * @see #unsetFirmware()
	 * @see #getFirmware()
	 * @see #setFirmware(Firmware)
	 * @generated
	 */
	boolean isSetFirmware();

	/**
	 * Returns the value of the '<em><b>Disk Controller</b></em>' attribute.
	 * The default value is <code>"scsi"</code>.
	 * The literals are from the enumeration {@link dev.kiln.model.DiskController}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disk controller of the disks in the OVA.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disk Controller</em>' attribute.
	 * @see dev.kiln.model.DiskController
	 * @see #isSetDiskController()
	 * @see #unsetDiskController()
	 * @see #setDiskController(DiskController)
	 * @see dev.kiln.model.AppliancePackage#getHardware_DiskController()
	 * @model default="scsi" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='diskController'"
	 * @generated
	 */
	DiskController getDiskController();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Hardware#getDiskController <em>Disk Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Disk Controller</em>' attribute.
	 * @see dev.kiln.model.DiskController
	 * @see #isSetDiskController()
	 * @see #unsetDiskController()
	 * @see #getDiskController()
	 * @generated
	 */
	void setDiskController(DiskController value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Hardware#getDiskController <em>Disk Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDiskController()
	 * @see #getDiskController()
	 * @see #setDiskController(DiskController)
	 * @generated
	 */
	void unsetDiskController();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Hardware#getDiskController <em>Disk Controller</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Disk Controller</em>' attribute is set.
	 * @see #unsetDiskController()
	 * @see #getDiskController()
	 * @see #setDiskController(DiskController)
	 * @generated
	 */
	boolean isSetDiskController();

	/**
	 * Returns the value of the '<em><b>Disks</b></em>' containment reference list.
	 * The list contents are of type {@link dev.kiln.model.Disk}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Disks; the first one is the system disk.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Disks</em>' containment reference list.
	 * @see dev.kiln.model.AppliancePackage#getHardware_Disks()
	 * @model containment="true"
	 *        extendedMetaData="kind='element' name='disk' namespace='##targetNamespace'"
	 * @generated
	 */
	EList<Disk> getDisks();

} // Hardware
