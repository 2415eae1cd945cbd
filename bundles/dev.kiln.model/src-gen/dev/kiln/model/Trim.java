/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trim</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the base system leaves out, one switch a category, each on by default. Kiln trims with dpkg's path filters, kept in the image (/etc/dpkg/dpkg.cfg.d), so packages installed later in the appliance are trimmed the same way.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link dev.kiln.model.Trim#isKernelModules <em>Kernel Modules</em>}</li>
 *   <li>{@link dev.kiln.model.Trim#isHardwareDatabase <em>Hardware Database</em>}</li>
 *   <li>{@link dev.kiln.model.Trim#isDocumentation <em>Documentation</em>}</li>
 *   <li>{@link dev.kiln.model.Trim#isLocales <em>Locales</em>}</li>
 *   <li>{@link dev.kiln.model.Trim#isCharacterSets <em>Character Sets</em>}</li>
 *   <li>{@link dev.kiln.model.Trim#isPackageCaches <em>Package Caches</em>}</li>
 *   <li>{@link dev.kiln.model.Trim#isBootImages <em>Boot Images</em>}</li>
 * </ul>
 *
 * @see dev.kiln.model.AppliancePackage#getTrim()
 * @model extendedMetaData="name='Trim' kind='empty'"
 * @generated
 */
public interface Trim extends EObject {
	/**
	 * Returns the value of the '<em><b>Kernel Modules</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave out every kernel module but those of virtual hardware: the disk, network and console drivers of KVM/QEMU (virtio), VMware, Hyper-V and Azure, Xen, AWS, GCE and VirtualBox, the file systems an appliance uses, device mapper, netfilter, bridges and tunnels. Off keeps every module of the kernel package.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Kernel Modules</em>' attribute.
	 * @see #isSetKernelModules()
	 * @see #unsetKernelModules()
	 * @see #setKernelModules(boolean)
	 * @see dev.kiln.model.AppliancePackage#getTrim_KernelModules()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='kernelModules'"
	 * @generated
	 */
	boolean isKernelModules();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Trim#isKernelModules <em>Kernel Modules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kernel Modules</em>' attribute.
	 * @see #isSetKernelModules()
	 * @see #unsetKernelModules()
	 * @see #isKernelModules()
	 * @generated
	 */
	void setKernelModules(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Trim#isKernelModules <em>Kernel Modules</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetKernelModules()
	 * @see #isKernelModules()
	 * @see #setKernelModules(boolean)
	 * @generated
	 */
	void unsetKernelModules();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Trim#isKernelModules <em>Kernel Modules</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Kernel Modules</em>' attribute is set.
	 * @see #unsetKernelModules()
	 * @see #isKernelModules()
	 * @see #setKernelModules(boolean)
	 * @generated
	 */
	boolean isSetKernelModules();

	/**
	 * Returns the value of the '<em><b>Hardware Database</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave out udev's hardware databases of vendor and model names (PCI, USB, OUI, ACPI, Bluetooth), which name devices but drive none. Off keeps them (lsusb and lspci show names).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hardware Database</em>' attribute.
	 * @see #isSetHardwareDatabase()
	 * @see #unsetHardwareDatabase()
	 * @see #setHardwareDatabase(boolean)
	 * @see dev.kiln.model.AppliancePackage#getTrim_HardwareDatabase()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='hardwareDatabase'"
	 * @generated
	 */
	boolean isHardwareDatabase();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Trim#isHardwareDatabase <em>Hardware Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hardware Database</em>' attribute.
	 * @see #isSetHardwareDatabase()
	 * @see #unsetHardwareDatabase()
	 * @see #isHardwareDatabase()
	 * @generated
	 */
	void setHardwareDatabase(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Trim#isHardwareDatabase <em>Hardware Database</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHardwareDatabase()
	 * @see #isHardwareDatabase()
	 * @see #setHardwareDatabase(boolean)
	 * @generated
	 */
	void unsetHardwareDatabase();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Trim#isHardwareDatabase <em>Hardware Database</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Hardware Database</em>' attribute is set.
	 * @see #unsetHardwareDatabase()
	 * @see #isHardwareDatabase()
	 * @see #setHardwareDatabase(boolean)
	 * @generated
	 */
	boolean isSetHardwareDatabase();

	/**
	 * Returns the value of the '<em><b>Documentation</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave out /usr/share/doc (but each package's copyright file), manual and info pages. Off keeps them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Documentation</em>' attribute.
	 * @see #isSetDocumentation()
	 * @see #unsetDocumentation()
	 * @see #setDocumentation(boolean)
	 * @see dev.kiln.model.AppliancePackage#getTrim_Documentation()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='documentation'"
	 * @generated
	 */
	boolean isDocumentation();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Trim#isDocumentation <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Documentation</em>' attribute.
	 * @see #isSetDocumentation()
	 * @see #unsetDocumentation()
	 * @see #isDocumentation()
	 * @generated
	 */
	void setDocumentation(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Trim#isDocumentation <em>Documentation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetDocumentation()
	 * @see #isDocumentation()
	 * @see #setDocumentation(boolean)
	 * @generated
	 */
	void unsetDocumentation();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Trim#isDocumentation <em>Documentation</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Documentation</em>' attribute is set.
	 * @see #unsetDocumentation()
	 * @see #isDocumentation()
	 * @see #setDocumentation(boolean)
	 * @generated
	 */
	boolean isSetDocumentation();

	/**
	 * Returns the value of the '<em><b>Locales</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave out the translations of programs' messages (/usr/share/locale): programs speak English. Off keeps them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Locales</em>' attribute.
	 * @see #isSetLocales()
	 * @see #unsetLocales()
	 * @see #setLocales(boolean)
	 * @see dev.kiln.model.AppliancePackage#getTrim_Locales()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='locales'"
	 * @generated
	 */
	boolean isLocales();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Trim#isLocales <em>Locales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Locales</em>' attribute.
	 * @see #isSetLocales()
	 * @see #unsetLocales()
	 * @see #isLocales()
	 * @generated
	 */
	void setLocales(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Trim#isLocales <em>Locales</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetLocales()
	 * @see #isLocales()
	 * @see #setLocales(boolean)
	 * @generated
	 */
	void unsetLocales();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Trim#isLocales <em>Locales</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Locales</em>' attribute is set.
	 * @see #unsetLocales()
	 * @see #isLocales()
	 * @see #setLocales(boolean)
	 * @generated
	 */
	boolean isSetLocales();

	/**
	 * Returns the value of the '<em><b>Character Sets</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave out glibc's converters of character sets but Unicode, ASCII, ISO 8859 and the Windows and DOS Latin code pages (iconv to Chinese, Japanese, Korean or EBCDIC fails). Off keeps them all.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Character Sets</em>' attribute.
	 * @see #isSetCharacterSets()
	 * @see #unsetCharacterSets()
	 * @see #setCharacterSets(boolean)
	 * @see dev.kiln.model.AppliancePackage#getTrim_CharacterSets()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='characterSets'"
	 * @generated
	 */
	boolean isCharacterSets();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Trim#isCharacterSets <em>Character Sets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Character Sets</em>' attribute.
	 * @see #isSetCharacterSets()
	 * @see #unsetCharacterSets()
	 * @see #isCharacterSets()
	 * @generated
	 */
	void setCharacterSets(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Trim#isCharacterSets <em>Character Sets</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetCharacterSets()
	 * @see #isCharacterSets()
	 * @see #setCharacterSets(boolean)
	 * @generated
	 */
	void unsetCharacterSets();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Trim#isCharacterSets <em>Character Sets</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Character Sets</em>' attribute is set.
	 * @see #unsetCharacterSets()
	 * @see #isCharacterSets()
	 * @see #setCharacterSets(boolean)
	 * @generated
	 */
	boolean isSetCharacterSets();

	/**
	 * Returns the value of the '<em><b>Package Caches</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave out apt's package lists and caches, which apt update fetches again, and keep apt from writing its binary caches. Off keeps the lists of the build.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Package Caches</em>' attribute.
	 * @see #isSetPackageCaches()
	 * @see #unsetPackageCaches()
	 * @see #setPackageCaches(boolean)
	 * @see dev.kiln.model.AppliancePackage#getTrim_PackageCaches()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='packageCaches'"
	 * @generated
	 */
	boolean isPackageCaches();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Trim#isPackageCaches <em>Package Caches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Package Caches</em>' attribute.
	 * @see #isSetPackageCaches()
	 * @see #unsetPackageCaches()
	 * @see #isPackageCaches()
	 * @generated
	 */
	void setPackageCaches(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Trim#isPackageCaches <em>Package Caches</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetPackageCaches()
	 * @see #isPackageCaches()
	 * @see #setPackageCaches(boolean)
	 * @generated
	 */
	void unsetPackageCaches();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Trim#isPackageCaches <em>Package Caches</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Package Caches</em>' attribute is set.
	 * @see #unsetPackageCaches()
	 * @see #isPackageCaches()
	 * @see #setPackageCaches(boolean)
	 * @generated
	 */
	boolean isSetPackageCaches();

	/**
	 * Returns the value of the '<em><b>Boot Images</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave out boot loader files no disk boots from: GRUB's CD and network images, the unsigned copies of the signed GRUB and shim, and GRUB's graphical font. Off keeps them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Boot Images</em>' attribute.
	 * @see #isSetBootImages()
	 * @see #unsetBootImages()
	 * @see #setBootImages(boolean)
	 * @see dev.kiln.model.AppliancePackage#getTrim_BootImages()
	 * @model default="true" unsettable="true"
	 *        extendedMetaData="kind='attribute' name='bootImages'"
	 * @generated
	 */
	boolean isBootImages();

	/**
	 * Sets the value of the '{@link dev.kiln.model.Trim#isBootImages <em>Boot Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Boot Images</em>' attribute.
	 * @see #isSetBootImages()
	 * @see #unsetBootImages()
	 * @see #isBootImages()
	 * @generated
	 */
	void setBootImages(boolean value);

	/**
	 * Unsets the value of the '{@link dev.kiln.model.Trim#isBootImages <em>Boot Images</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetBootImages()
	 * @see #isBootImages()
	 * @see #setBootImages(boolean)
	 * @generated
	 */
	void unsetBootImages();

	/**
	 * Returns whether the value of the '{@link dev.kiln.model.Trim#isBootImages <em>Boot Images</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Boot Images</em>' attribute is set.
	 * @see #unsetBootImages()
	 * @see #isBootImages()
	 * @see #setBootImages(boolean)
	 * @generated
	 */
	boolean isSetBootImages();

} // Trim
