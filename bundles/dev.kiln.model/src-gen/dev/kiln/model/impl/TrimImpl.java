/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model.impl;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.Trim;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Trim</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.impl.TrimImpl#isKernelModules <em>Kernel Modules</em>}</li>
 *   <li>{@link dev.kiln.model.impl.TrimImpl#isHardwareDatabase <em>Hardware Database</em>}</li>
 *   <li>{@link dev.kiln.model.impl.TrimImpl#isDocumentation <em>Documentation</em>}</li>
 *   <li>{@link dev.kiln.model.impl.TrimImpl#isLocales <em>Locales</em>}</li>
 *   <li>{@link dev.kiln.model.impl.TrimImpl#isCharacterSets <em>Character Sets</em>}</li>
 *   <li>{@link dev.kiln.model.impl.TrimImpl#isPackageCaches <em>Package Caches</em>}</li>
 *   <li>{@link dev.kiln.model.impl.TrimImpl#isBootImages <em>Boot Images</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TrimImpl extends MinimalEObjectImpl.Container implements Trim {
	/**
	 * The default value of the '{@link #isKernelModules() <em>Kernel Modules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKernelModules()
	 * @generated
	 * @ordered
	 */
	protected static final boolean KERNEL_MODULES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isKernelModules() <em>Kernel Modules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isKernelModules()
	 * @generated
	 * @ordered
	 */
	protected boolean kernelModules = KERNEL_MODULES_EDEFAULT;

	/**
	 * This is true if the Kernel Modules attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean kernelModulesESet;

	/**
	 * The default value of the '{@link #isHardwareDatabase() <em>Hardware Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardwareDatabase()
	 * @generated
	 * @ordered
	 */
	protected static final boolean HARDWARE_DATABASE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isHardwareDatabase() <em>Hardware Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isHardwareDatabase()
	 * @generated
	 * @ordered
	 */
	protected boolean hardwareDatabase = HARDWARE_DATABASE_EDEFAULT;

	/**
	 * This is true if the Hardware Database attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean hardwareDatabaseESet;

	/**
	 * The default value of the '{@link #isDocumentation() <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDocumentation()
	 * @generated
	 * @ordered
	 */
	protected static final boolean DOCUMENTATION_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isDocumentation() <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isDocumentation()
	 * @generated
	 * @ordered
	 */
	protected boolean documentation = DOCUMENTATION_EDEFAULT;

	/**
	 * This is true if the Documentation attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean documentationESet;

	/**
	 * The default value of the '{@link #isLocales() <em>Locales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocales()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LOCALES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isLocales() <em>Locales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLocales()
	 * @generated
	 * @ordered
	 */
	protected boolean locales = LOCALES_EDEFAULT;

	/**
	 * This is true if the Locales attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean localesESet;

	/**
	 * The default value of the '{@link #isCharacterSets() <em>Character Sets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCharacterSets()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CHARACTER_SETS_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isCharacterSets() <em>Character Sets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCharacterSets()
	 * @generated
	 * @ordered
	 */
	protected boolean characterSets = CHARACTER_SETS_EDEFAULT;

	/**
	 * This is true if the Character Sets attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean characterSetsESet;

	/**
	 * The default value of the '{@link #isPackageCaches() <em>Package Caches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPackageCaches()
	 * @generated
	 * @ordered
	 */
	protected static final boolean PACKAGE_CACHES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isPackageCaches() <em>Package Caches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isPackageCaches()
	 * @generated
	 * @ordered
	 */
	protected boolean packageCaches = PACKAGE_CACHES_EDEFAULT;

	/**
	 * This is true if the Package Caches attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean packageCachesESet;

	/**
	 * The default value of the '{@link #isBootImages() <em>Boot Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBootImages()
	 * @generated
	 * @ordered
	 */
	protected static final boolean BOOT_IMAGES_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isBootImages() <em>Boot Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isBootImages()
	 * @generated
	 * @ordered
	 */
	protected boolean bootImages = BOOT_IMAGES_EDEFAULT;

	/**
	 * This is true if the Boot Images attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean bootImagesESet;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TrimImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return AppliancePackage.Literals.TRIM;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isKernelModules() {
		return kernelModules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKernelModules(boolean newKernelModules) {
		boolean oldKernelModules = kernelModules;
		kernelModules = newKernelModules;
		boolean oldKernelModulesESet = kernelModulesESet;
		kernelModulesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.TRIM__KERNEL_MODULES, oldKernelModules, kernelModules, !oldKernelModulesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetKernelModules() {
		boolean oldKernelModules = kernelModules;
		boolean oldKernelModulesESet = kernelModulesESet;
		kernelModules = KERNEL_MODULES_EDEFAULT;
		kernelModulesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.TRIM__KERNEL_MODULES, oldKernelModules, KERNEL_MODULES_EDEFAULT, oldKernelModulesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetKernelModules() {
		return kernelModulesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isHardwareDatabase() {
		return hardwareDatabase;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHardwareDatabase(boolean newHardwareDatabase) {
		boolean oldHardwareDatabase = hardwareDatabase;
		hardwareDatabase = newHardwareDatabase;
		boolean oldHardwareDatabaseESet = hardwareDatabaseESet;
		hardwareDatabaseESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.TRIM__HARDWARE_DATABASE, oldHardwareDatabase, hardwareDatabase, !oldHardwareDatabaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetHardwareDatabase() {
		boolean oldHardwareDatabase = hardwareDatabase;
		boolean oldHardwareDatabaseESet = hardwareDatabaseESet;
		hardwareDatabase = HARDWARE_DATABASE_EDEFAULT;
		hardwareDatabaseESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.TRIM__HARDWARE_DATABASE, oldHardwareDatabase, HARDWARE_DATABASE_EDEFAULT, oldHardwareDatabaseESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetHardwareDatabase() {
		return hardwareDatabaseESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isDocumentation() {
		return documentation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDocumentation(boolean newDocumentation) {
		boolean oldDocumentation = documentation;
		documentation = newDocumentation;
		boolean oldDocumentationESet = documentationESet;
		documentationESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.TRIM__DOCUMENTATION, oldDocumentation, documentation, !oldDocumentationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDocumentation() {
		boolean oldDocumentation = documentation;
		boolean oldDocumentationESet = documentationESet;
		documentation = DOCUMENTATION_EDEFAULT;
		documentationESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.TRIM__DOCUMENTATION, oldDocumentation, DOCUMENTATION_EDEFAULT, oldDocumentationESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDocumentation() {
		return documentationESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLocales() {
		return locales;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLocales(boolean newLocales) {
		boolean oldLocales = locales;
		locales = newLocales;
		boolean oldLocalesESet = localesESet;
		localesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.TRIM__LOCALES, oldLocales, locales, !oldLocalesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLocales() {
		boolean oldLocales = locales;
		boolean oldLocalesESet = localesESet;
		locales = LOCALES_EDEFAULT;
		localesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.TRIM__LOCALES, oldLocales, LOCALES_EDEFAULT, oldLocalesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLocales() {
		return localesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCharacterSets() {
		return characterSets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCharacterSets(boolean newCharacterSets) {
		boolean oldCharacterSets = characterSets;
		characterSets = newCharacterSets;
		boolean oldCharacterSetsESet = characterSetsESet;
		characterSetsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.TRIM__CHARACTER_SETS, oldCharacterSets, characterSets, !oldCharacterSetsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetCharacterSets() {
		boolean oldCharacterSets = characterSets;
		boolean oldCharacterSetsESet = characterSetsESet;
		characterSets = CHARACTER_SETS_EDEFAULT;
		characterSetsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.TRIM__CHARACTER_SETS, oldCharacterSets, CHARACTER_SETS_EDEFAULT, oldCharacterSetsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetCharacterSets() {
		return characterSetsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isPackageCaches() {
		return packageCaches;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPackageCaches(boolean newPackageCaches) {
		boolean oldPackageCaches = packageCaches;
		packageCaches = newPackageCaches;
		boolean oldPackageCachesESet = packageCachesESet;
		packageCachesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.TRIM__PACKAGE_CACHES, oldPackageCaches, packageCaches, !oldPackageCachesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetPackageCaches() {
		boolean oldPackageCaches = packageCaches;
		boolean oldPackageCachesESet = packageCachesESet;
		packageCaches = PACKAGE_CACHES_EDEFAULT;
		packageCachesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.TRIM__PACKAGE_CACHES, oldPackageCaches, PACKAGE_CACHES_EDEFAULT, oldPackageCachesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetPackageCaches() {
		return packageCachesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isBootImages() {
		return bootImages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBootImages(boolean newBootImages) {
		boolean oldBootImages = bootImages;
		bootImages = newBootImages;
		boolean oldBootImagesESet = bootImagesESet;
		bootImagesESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, AppliancePackage.TRIM__BOOT_IMAGES, oldBootImages, bootImages, !oldBootImagesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBootImages() {
		boolean oldBootImages = bootImages;
		boolean oldBootImagesESet = bootImagesESet;
		bootImages = BOOT_IMAGES_EDEFAULT;
		bootImagesESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, AppliancePackage.TRIM__BOOT_IMAGES, oldBootImages, BOOT_IMAGES_EDEFAULT, oldBootImagesESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBootImages() {
		return bootImagesESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case AppliancePackage.TRIM__KERNEL_MODULES:
				return isKernelModules();
			case AppliancePackage.TRIM__HARDWARE_DATABASE:
				return isHardwareDatabase();
			case AppliancePackage.TRIM__DOCUMENTATION:
				return isDocumentation();
			case AppliancePackage.TRIM__LOCALES:
				return isLocales();
			case AppliancePackage.TRIM__CHARACTER_SETS:
				return isCharacterSets();
			case AppliancePackage.TRIM__PACKAGE_CACHES:
				return isPackageCaches();
			case AppliancePackage.TRIM__BOOT_IMAGES:
				return isBootImages();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case AppliancePackage.TRIM__KERNEL_MODULES:
				setKernelModules((Boolean)newValue);
				return;
			case AppliancePackage.TRIM__HARDWARE_DATABASE:
				setHardwareDatabase((Boolean)newValue);
				return;
			case AppliancePackage.TRIM__DOCUMENTATION:
				setDocumentation((Boolean)newValue);
				return;
			case AppliancePackage.TRIM__LOCALES:
				setLocales((Boolean)newValue);
				return;
			case AppliancePackage.TRIM__CHARACTER_SETS:
				setCharacterSets((Boolean)newValue);
				return;
			case AppliancePackage.TRIM__PACKAGE_CACHES:
				setPackageCaches((Boolean)newValue);
				return;
			case AppliancePackage.TRIM__BOOT_IMAGES:
				setBootImages((Boolean)newValue);
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
			case AppliancePackage.TRIM__KERNEL_MODULES:
				unsetKernelModules();
				return;
			case AppliancePackage.TRIM__HARDWARE_DATABASE:
				unsetHardwareDatabase();
				return;
			case AppliancePackage.TRIM__DOCUMENTATION:
				unsetDocumentation();
				return;
			case AppliancePackage.TRIM__LOCALES:
				unsetLocales();
				return;
			case AppliancePackage.TRIM__CHARACTER_SETS:
				unsetCharacterSets();
				return;
			case AppliancePackage.TRIM__PACKAGE_CACHES:
				unsetPackageCaches();
				return;
			case AppliancePackage.TRIM__BOOT_IMAGES:
				unsetBootImages();
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
			case AppliancePackage.TRIM__KERNEL_MODULES:
				return isSetKernelModules();
			case AppliancePackage.TRIM__HARDWARE_DATABASE:
				return isSetHardwareDatabase();
			case AppliancePackage.TRIM__DOCUMENTATION:
				return isSetDocumentation();
			case AppliancePackage.TRIM__LOCALES:
				return isSetLocales();
			case AppliancePackage.TRIM__CHARACTER_SETS:
				return isSetCharacterSets();
			case AppliancePackage.TRIM__PACKAGE_CACHES:
				return isSetPackageCaches();
			case AppliancePackage.TRIM__BOOT_IMAGES:
				return isSetBootImages();
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
		result.append(" (kernelModules: "); //$NON-NLS-1$
		if (kernelModulesESet) result.append(kernelModules); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", hardwareDatabase: "); //$NON-NLS-1$
		if (hardwareDatabaseESet) result.append(hardwareDatabase); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", documentation: "); //$NON-NLS-1$
		if (documentationESet) result.append(documentation); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", locales: "); //$NON-NLS-1$
		if (localesESet) result.append(locales); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", characterSets: "); //$NON-NLS-1$
		if (characterSetsESet) result.append(characterSets); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", packageCaches: "); //$NON-NLS-1$
		if (packageCachesESet) result.append(packageCaches); else result.append("<unset>"); //$NON-NLS-1$
		result.append(", bootImages: "); //$NON-NLS-1$
		if (bootImagesESet) result.append(bootImages); else result.append("<unset>"); //$NON-NLS-1$
		result.append(')');
		return result.toString();
	}

} //TrimImpl
