/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.impl;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.Disk;
import dev.kiln.model.DiskController;
import dev.kiln.model.Firmware;
import dev.kiln.model.Hardware;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Hardware</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.impl.HardwareImpl#getCpus <em>Cpus</em>}</li>
 *   <li>{@link dev.kiln.model.impl.HardwareImpl#getMemoryMb <em>Memory Mb</em>}</li>
 *   <li>{@link dev.kiln.model.impl.HardwareImpl#getFirmware <em>Firmware</em>}</li>
 *   <li>{@link dev.kiln.model.impl.HardwareImpl#getDiskController <em>Disk Controller</em>}</li>
 *   <li>{@link dev.kiln.model.impl.HardwareImpl#getDisks <em>Disks</em>}</li>
 * </ul>
 *
 * @generated
 */
public class HardwareImpl extends MinimalEObjectImpl.Container implements Hardware {
	/**
	 * The default value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected static final int CPUS_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getCpus() <em>Cpus</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCpus()
	 * @generated
	 * @ordered
	 */
	protected int cpus = CPUS_EDEFAULT;

	/**
	 * This is true if the Cpus attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean cpusESet;

	/**
	 * The default value of the '{@link #getMemoryMb() <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected static final int MEMORY_MB_EDEFAULT = 1024;

	/**
	 * The cached value of the '{@link #getMemoryMb() <em>Memory Mb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMemoryMb()
	 * @generated
	 * @ordered
	 */
	protected int memoryMb = MEMORY_MB_EDEFAULT;

	/**
	 * This is true if the Memory Mb attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean memoryMbESet;

	/**
	 * The default value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected static final Firmware FIRMWARE_EDEFAULT = Firmware.HYBRID;

	/**
	 * The cached value of the '{@link #getFirmware() <em>Firmware</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFirmware()
	 * @generated
	 * @ordered
	 */
	protected Firmware firmware = FIRMWARE_EDEFAULT;

	/**
	 * This is true if the Firmware attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean firmwareESet;

	/**
	 * The default value of the '{@link #getDiskController() <em>Disk Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskController()
	 * @generated
	 * @ordered
	 */
	protected static final DiskController DISK_CONTROLLER_EDEFAULT = DiskController.SCSI;

	/**
	 * The cached value of the '{@link #getDiskController() <em>Disk Controller</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiskController()
	 * @generated
	 * @ordered
	 */
	protected DiskController diskController = DISK_CONTROLLER_EDEFAULT;

	/**
	 * This is true if the Disk Controller attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean diskControllerESet;

	/**
	 * The cached value of the '{@link #getDisks() <em>Disks</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDisks()
	 * @generated
	 * @ordered
	 */
	protected EList<Disk> disks;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected HardwareImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppliancePackage.Literals.HARDWARE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCpus() {
		return cpus;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCpus(int newCpus) {
		int oldCpus = cpus;
		cpus = newCpus;
		boolean oldCpusESet = cpusESet;
		cpusESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.HARDWARE__CPUS, oldCpus, cpus, !oldCpusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCpus() {
		int oldCpus = cpus;
		boolean oldCpusESet = cpusESet;
		cpus = CPUS_EDEFAULT;
		cpusESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.HARDWARE__CPUS, oldCpus, CPUS_EDEFAULT, oldCpusESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCpus() {
		return cpusESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMemoryMb() {
		return memoryMb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMemoryMb(int newMemoryMb) {
		int oldMemoryMb = memoryMb;
		memoryMb = newMemoryMb;
		boolean oldMemoryMbESet = memoryMbESet;
		memoryMbESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.HARDWARE__MEMORY_MB, oldMemoryMb, memoryMb, !oldMemoryMbESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetMemoryMb() {
		int oldMemoryMb = memoryMb;
		boolean oldMemoryMbESet = memoryMbESet;
		memoryMb = MEMORY_MB_EDEFAULT;
		memoryMbESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.HARDWARE__MEMORY_MB, oldMemoryMb, MEMORY_MB_EDEFAULT, oldMemoryMbESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetMemoryMb() {
		return memoryMbESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Firmware getFirmware() {
		return firmware;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFirmware(Firmware newFirmware) {
		Firmware oldFirmware = firmware;
		firmware = newFirmware == null ? FIRMWARE_EDEFAULT : newFirmware;
		boolean oldFirmwareESet = firmwareESet;
		firmwareESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.HARDWARE__FIRMWARE, oldFirmware, firmware, !oldFirmwareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFirmware() {
		Firmware oldFirmware = firmware;
		boolean oldFirmwareESet = firmwareESet;
		firmware = FIRMWARE_EDEFAULT;
		firmwareESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.HARDWARE__FIRMWARE, oldFirmware, FIRMWARE_EDEFAULT, oldFirmwareESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFirmware() {
		return firmwareESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskController getDiskController() {
		return diskController;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiskController(DiskController newDiskController) {
		DiskController oldDiskController = diskController;
		diskController = newDiskController == null ? DISK_CONTROLLER_EDEFAULT : newDiskController;
		boolean oldDiskControllerESet = diskControllerESet;
		diskControllerESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.HARDWARE__DISK_CONTROLLER, oldDiskController, diskController, !oldDiskControllerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDiskController() {
		DiskController oldDiskController = diskController;
		boolean oldDiskControllerESet = diskControllerESet;
		diskController = DISK_CONTROLLER_EDEFAULT;
		diskControllerESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.HARDWARE__DISK_CONTROLLER, oldDiskController, DISK_CONTROLLER_EDEFAULT, oldDiskControllerESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDiskController() {
		return diskControllerESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Disk> getDisks() {
		if (disks == null) {
			disks = new EObjectContainmentEList<Disk>(Disk.class, this, AppliancePackage.HARDWARE__DISKS);
		}
		return disks;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case AppliancePackage.HARDWARE__DISKS:
				return ((InternalEList<?>)getDisks()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppliancePackage.HARDWARE__CPUS:
				return getCpus();
			case AppliancePackage.HARDWARE__MEMORY_MB:
				return getMemoryMb();
			case AppliancePackage.HARDWARE__FIRMWARE:
				return getFirmware();
			case AppliancePackage.HARDWARE__DISK_CONTROLLER:
				return getDiskController();
			case AppliancePackage.HARDWARE__DISKS:
				return getDisks();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AppliancePackage.HARDWARE__CPUS:
				setCpus((Integer)newValue);
				return;
			case AppliancePackage.HARDWARE__MEMORY_MB:
				setMemoryMb((Integer)newValue);
				return;
			case AppliancePackage.HARDWARE__FIRMWARE:
				setFirmware((Firmware)newValue);
				return;
			case AppliancePackage.HARDWARE__DISK_CONTROLLER:
				setDiskController((DiskController)newValue);
				return;
			case AppliancePackage.HARDWARE__DISKS:
				getDisks().clear();
				getDisks().addAll((Collection<? extends Disk>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case AppliancePackage.HARDWARE__CPUS:
				unsetCpus();
				return;
			case AppliancePackage.HARDWARE__MEMORY_MB:
				unsetMemoryMb();
				return;
			case AppliancePackage.HARDWARE__FIRMWARE:
				unsetFirmware();
				return;
			case AppliancePackage.HARDWARE__DISK_CONTROLLER:
				unsetDiskController();
				return;
			case AppliancePackage.HARDWARE__DISKS:
				getDisks().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case AppliancePackage.HARDWARE__CPUS:
				return isSetCpus();
			case AppliancePackage.HARDWARE__MEMORY_MB:
				return isSetMemoryMb();
			case AppliancePackage.HARDWARE__FIRMWARE:
				return isSetFirmware();
			case AppliancePackage.HARDWARE__DISK_CONTROLLER:
				return isSetDiskController();
			case AppliancePackage.HARDWARE__DISKS:
				return disks != null && !disks.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (cpus: "); //$NON-NLS-1$
		if (cpusESet) result.append(cpus); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", memoryMb: "); //$NON-NLS-1$
		if (memoryMbESet) result.append(memoryMb); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", firmware: "); //$NON-NLS-1$
		if (firmwareESet) result.append(firmware); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", diskController: "); //$NON-NLS-1$
		if (diskControllerESet) result.append(diskController); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //HardwareImpl
