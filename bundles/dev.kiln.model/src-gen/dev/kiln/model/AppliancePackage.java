/**
 * Generated from model/appliance.ecore by releng/scripts/generate-model.sh; do not edit.
 */
package dev.kiln.model;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * The Kiln appliance manifest (appliance.xml), schema version 1.0. XML names come from the ExtendedMetaData annotations; see model/appliance-1.0.xsd.
 * <!-- end-model-doc -->
 * @see dev.kiln.model.ApplianceFactory
 * @model kind="package"
 *        extendedMetaData="qualified='true'"
 * @generated
 */
public interface AppliancePackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "urn:dev.kiln:appliance:1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "appliance"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	AppliancePackage eINSTANCE = dev.kiln.model.impl.AppliancePackageImpl.init();

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.ApplianceImpl <em>Appliance</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.ApplianceImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getAppliance()
	 * @generated
	 */
	int APPLIANCE = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__ID = 0;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__NAME = 1;

	/**
	 * The feature id for the '<em><b>Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__VERSION = 2;

	/**
	 * The feature id for the '<em><b>Vendor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__VENDOR = 3;

	/**
	 * The feature id for the '<em><b>Logo</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__LOGO = 4;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__SUMMARY = 5;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__DESCRIPTION = 6;

	/**
	 * The feature id for the '<em><b>License</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__LICENSE = 7;

	/**
	 * The feature id for the '<em><b>Os</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__OS = 8;

	/**
	 * The feature id for the '<em><b>Application</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__APPLICATION = 9;

	/**
	 * The feature id for the '<em><b>Network</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__NETWORK = 10;

	/**
	 * The feature id for the '<em><b>Hardware</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__HARDWARE = 11;

	/**
	 * The feature id for the '<em><b>Updates</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__UPDATES = 12;

	/**
	 * The feature id for the '<em><b>Properties</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__PROPERTIES = 13;

	/**
	 * The feature id for the '<em><b>Outputs</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__OUTPUTS = 14;

	/**
	 * The feature id for the '<em><b>Targets</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__TARGETS = 15;

	/**
	 * The feature id for the '<em><b>Listing</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE__LISTING = 16;

	/**
	 * The number of structural features of the '<em>Appliance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE_FEATURE_COUNT = 17;

	/**
	 * The number of operations of the '<em>Appliance</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLIANCE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.LicenseImpl <em>License</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.LicenseImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getLicense()
	 * @generated
	 */
	int LICENSE = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENSE__NAME = 0;

	/**
	 * The feature id for the '<em><b>File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENSE__FILE = 1;

	/**
	 * The feature id for the '<em><b>Text</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENSE__TEXT = 2;

	/**
	 * The number of structural features of the '<em>License</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENSE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>License</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LICENSE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.OperatingSystemImpl <em>Operating System</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.OperatingSystemImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getOperatingSystem()
	 * @generated
	 */
	int OPERATING_SYSTEM = 2;

	/**
	 * The feature id for the '<em><b>Distribution</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__DISTRIBUTION = 0;

	/**
	 * The feature id for the '<em><b>Suite</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__SUITE = 1;

	/**
	 * The feature id for the '<em><b>Architecture</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__ARCHITECTURE = 2;

	/**
	 * The feature id for the '<em><b>Mirror</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__MIRROR = 3;

	/**
	 * The feature id for the '<em><b>Security Mirror</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__SECURITY_MIRROR = 4;

	/**
	 * The feature id for the '<em><b>Keyring</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__KEYRING = 5;

	/**
	 * The feature id for the '<em><b>Updates</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__UPDATES = 6;

	/**
	 * The feature id for the '<em><b>Security</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__SECURITY = 7;

	/**
	 * The feature id for the '<em><b>Install Recommends</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__INSTALL_RECOMMENDS = 8;

	/**
	 * The feature id for the '<em><b>Packages</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__PACKAGES = 9;

	/**
	 * The feature id for the '<em><b>Trim</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM__TRIM = 10;

	/**
	 * The number of structural features of the '<em>Operating System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM_FEATURE_COUNT = 11;

	/**
	 * The number of operations of the '<em>Operating System</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OPERATING_SYSTEM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.TrimImpl <em>Trim</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.TrimImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getTrim()
	 * @generated
	 */
	int TRIM = 3;

	/**
	 * The feature id for the '<em><b>Kernel Modules</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIM__KERNEL_MODULES = 0;

	/**
	 * The feature id for the '<em><b>Hardware Database</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIM__HARDWARE_DATABASE = 1;

	/**
	 * The feature id for the '<em><b>Documentation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIM__DOCUMENTATION = 2;

	/**
	 * The feature id for the '<em><b>Locales</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIM__LOCALES = 3;

	/**
	 * The feature id for the '<em><b>Character Sets</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIM__CHARACTER_SETS = 4;

	/**
	 * The feature id for the '<em><b>Package Caches</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIM__PACKAGE_CACHES = 5;

	/**
	 * The feature id for the '<em><b>Boot Images</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIM__BOOT_IMAGES = 6;

	/**
	 * The number of structural features of the '<em>Trim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIM_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Trim</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int TRIM_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.DebianPackageImpl <em>Debian Package</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.DebianPackageImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getDebianPackage()
	 * @generated
	 */
	int DEBIAN_PACKAGE = 4;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBIAN_PACKAGE__NAME = 0;

	/**
	 * The number of structural features of the '<em>Debian Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBIAN_PACKAGE_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Debian Package</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DEBIAN_PACKAGE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.ApplicationImpl <em>Application</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.ApplicationImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getApplication()
	 * @generated
	 */
	int APPLICATION = 5;

	/**
	 * The feature id for the '<em><b>First Boot Script</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__FIRST_BOOT_SCRIPT = 0;

	/**
	 * The feature id for the '<em><b>Groups</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__GROUPS = 1;

	/**
	 * The feature id for the '<em><b>Users</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__USERS = 2;

	/**
	 * The feature id for the '<em><b>Directories</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__DIRECTORIES = 3;

	/**
	 * The feature id for the '<em><b>Files</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__FILES = 4;

	/**
	 * The feature id for the '<em><b>Services</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION__SERVICES = 5;

	/**
	 * The number of structural features of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Application</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.FileSystemEntryImpl <em>File System Entry</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.FileSystemEntryImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getFileSystemEntry()
	 * @generated
	 */
	int FILE_SYSTEM_ENTRY = 6;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM_ENTRY__SOURCE = 0;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM_ENTRY__TARGET = 1;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM_ENTRY__OWNER = 2;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM_ENTRY__GROUP = 3;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM_ENTRY__MODE = 4;

	/**
	 * The number of structural features of the '<em>File System Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM_ENTRY_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>File System Entry</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int FILE_SYSTEM_ENTRY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.ApplicationFileImpl <em>Application File</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.ApplicationFileImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getApplicationFile()
	 * @generated
	 */
	int APPLICATION_FILE = 7;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FILE__SOURCE = FILE_SYSTEM_ENTRY__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FILE__TARGET = FILE_SYSTEM_ENTRY__TARGET;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FILE__OWNER = FILE_SYSTEM_ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FILE__GROUP = FILE_SYSTEM_ENTRY__GROUP;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FILE__MODE = FILE_SYSTEM_ENTRY__MODE;

	/**
	 * The number of structural features of the '<em>Application File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FILE_FEATURE_COUNT = FILE_SYSTEM_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Application File</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_FILE_OPERATION_COUNT = FILE_SYSTEM_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.ApplicationDirectoryImpl <em>Application Directory</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.ApplicationDirectoryImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getApplicationDirectory()
	 * @generated
	 */
	int APPLICATION_DIRECTORY = 8;

	/**
	 * The feature id for the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_DIRECTORY__SOURCE = FILE_SYSTEM_ENTRY__SOURCE;

	/**
	 * The feature id for the '<em><b>Target</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_DIRECTORY__TARGET = FILE_SYSTEM_ENTRY__TARGET;

	/**
	 * The feature id for the '<em><b>Owner</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_DIRECTORY__OWNER = FILE_SYSTEM_ENTRY__OWNER;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_DIRECTORY__GROUP = FILE_SYSTEM_ENTRY__GROUP;

	/**
	 * The feature id for the '<em><b>Mode</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_DIRECTORY__MODE = FILE_SYSTEM_ENTRY__MODE;

	/**
	 * The number of structural features of the '<em>Application Directory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_DIRECTORY_FEATURE_COUNT = FILE_SYSTEM_ENTRY_FEATURE_COUNT + 0;

	/**
	 * The number of operations of the '<em>Application Directory</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int APPLICATION_DIRECTORY_OPERATION_COUNT = FILE_SYSTEM_ENTRY_OPERATION_COUNT + 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.GroupImpl <em>Group</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.GroupImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getGroup()
	 * @generated
	 */
	int GROUP = 9;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__NAME = 0;

	/**
	 * The feature id for the '<em><b>Gid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__GID = 1;

	/**
	 * The feature id for the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP__SYSTEM = 2;

	/**
	 * The number of structural features of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Group</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int GROUP_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.UserImpl <em>User</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.UserImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getUser()
	 * @generated
	 */
	int USER = 10;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__NAME = 0;

	/**
	 * The feature id for the '<em><b>Uid</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__UID = 1;

	/**
	 * The feature id for the '<em><b>Group</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__GROUP = 2;

	/**
	 * The feature id for the '<em><b>Home</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__HOME = 3;

	/**
	 * The feature id for the '<em><b>Shell</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__SHELL = 4;

	/**
	 * The feature id for the '<em><b>System</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__SYSTEM = 5;

	/**
	 * The feature id for the '<em><b>Member Of</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER__MEMBER_OF = 6;

	/**
	 * The number of structural features of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>User</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int USER_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.SystemdServiceImpl <em>Systemd Service</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.SystemdServiceImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getSystemdService()
	 * @generated
	 */
	int SYSTEMD_SERVICE = 11;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMD_SERVICE__NAME = 0;

	/**
	 * The feature id for the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMD_SERVICE__UNIT = 1;

	/**
	 * The feature id for the '<em><b>Enabled</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMD_SERVICE__ENABLED = 2;

	/**
	 * The number of structural features of the '<em>Systemd Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMD_SERVICE_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Systemd Service</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SYSTEMD_SERVICE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.NetworkImpl <em>Network</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.NetworkImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getNetwork()
	 * @generated
	 */
	int NETWORK = 12;

	/**
	 * The feature id for the '<em><b>Configuration</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__CONFIGURATION = 0;

	/**
	 * The feature id for the '<em><b>Hostname</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__HOSTNAME = 1;

	/**
	 * The feature id for the '<em><b>Address</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__ADDRESS = 2;

	/**
	 * The feature id for the '<em><b>Gateway</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__GATEWAY = 3;

	/**
	 * The feature id for the '<em><b>Nameservers</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__NAMESERVERS = 4;

	/**
	 * The feature id for the '<em><b>Ports</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK__PORTS = 5;

	/**
	 * The number of structural features of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_FEATURE_COUNT = 6;

	/**
	 * The number of operations of the '<em>Network</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int NETWORK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.PortImpl <em>Port</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.PortImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getPort()
	 * @generated
	 */
	int PORT = 13;

	/**
	 * The feature id for the '<em><b>Number</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NUMBER = 0;

	/**
	 * The feature id for the '<em><b>Protocol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__PROTOCOL = 1;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__NAME = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT__DESCRIPTION = 3;

	/**
	 * The number of structural features of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_FEATURE_COUNT = 4;

	/**
	 * The number of operations of the '<em>Port</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int PORT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.HardwareImpl <em>Hardware</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.HardwareImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getHardware()
	 * @generated
	 */
	int HARDWARE = 14;

	/**
	 * The feature id for the '<em><b>Cpus</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__CPUS = 0;

	/**
	 * The feature id for the '<em><b>Memory Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__MEMORY_MB = 1;

	/**
	 * The feature id for the '<em><b>Firmware</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__FIRMWARE = 2;

	/**
	 * The feature id for the '<em><b>Disk Controller</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__DISK_CONTROLLER = 3;

	/**
	 * The feature id for the '<em><b>Disks</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE__DISKS = 4;

	/**
	 * The number of structural features of the '<em>Hardware</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_FEATURE_COUNT = 5;

	/**
	 * The number of operations of the '<em>Hardware</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int HARDWARE_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.DiskImpl <em>Disk</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.DiskImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getDisk()
	 * @generated
	 */
	int DISK = 15;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__NAME = 0;

	/**
	 * The feature id for the '<em><b>Size Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK__SIZE_MB = 1;

	/**
	 * The number of structural features of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Disk</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int DISK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.UpdatesImpl <em>Updates</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.UpdatesImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getUpdates()
	 * @generated
	 */
	int UPDATES = 16;

	/**
	 * The feature id for the '<em><b>Channels</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES__CHANNELS = 0;

	/**
	 * The feature id for the '<em><b>Keeps</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES__KEEPS = 1;

	/**
	 * The feature id for the '<em><b>Ready</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES__READY = 2;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES__URL = 3;

	/**
	 * The feature id for the '<em><b>Check</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES__CHECK = 4;

	/**
	 * The feature id for the '<em><b>Apply</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES__APPLY = 5;

	/**
	 * The feature id for the '<em><b>Reboot Window</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES__REBOOT_WINDOW = 6;

	/**
	 * The feature id for the '<em><b>Ready Timeout</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES__READY_TIMEOUT = 7;

	/**
	 * The feature id for the '<em><b>Data Size Mb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES__DATA_SIZE_MB = 8;

	/**
	 * The number of structural features of the '<em>Updates</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES_FEATURE_COUNT = 9;

	/**
	 * The number of operations of the '<em>Updates</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.UpdateChannelImpl <em>Update Channel</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.UpdateChannelImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getUpdateChannel()
	 * @generated
	 */
	int UPDATE_CHANNEL = 17;

	/**
	 * The feature id for the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CHANNEL__NAME = 0;

	/**
	 * The number of structural features of the '<em>Update Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CHANNEL_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Update Channel</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int UPDATE_CHANNEL_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.KeptPathImpl <em>Kept Path</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.KeptPathImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getKeptPath()
	 * @generated
	 */
	int KEPT_PATH = 18;

	/**
	 * The feature id for the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEPT_PATH__PATH = 0;

	/**
	 * The number of structural features of the '<em>Kept Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEPT_PATH_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Kept Path</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int KEPT_PATH_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.ReadyCheckImpl <em>Ready Check</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.ReadyCheckImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getReadyCheck()
	 * @generated
	 */
	int READY_CHECK = 19;

	/**
	 * The feature id for the '<em><b>Http</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_CHECK__HTTP = 0;

	/**
	 * The feature id for the '<em><b>Command</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_CHECK__COMMAND = 1;

	/**
	 * The number of structural features of the '<em>Ready Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_CHECK_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Ready Check</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int READY_CHECK_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.OvfPropertiesImpl <em>Ovf Properties</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.OvfPropertiesImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getOvfProperties()
	 * @generated
	 */
	int OVF_PROPERTIES = 20;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTIES__ENTRIES = 0;

	/**
	 * The number of structural features of the '<em>Ovf Properties</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTIES_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Ovf Properties</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTIES_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.OvfPropertyImpl <em>Ovf Property</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.OvfPropertyImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getOvfProperty()
	 * @generated
	 */
	int OVF_PROPERTY = 21;

	/**
	 * The feature id for the '<em><b>Key</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTY__KEY = 0;

	/**
	 * The feature id for the '<em><b>Type</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTY__TYPE = 1;

	/**
	 * The feature id for the '<em><b>Default Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTY__DEFAULT_VALUE = 2;

	/**
	 * The feature id for the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTY__LABEL = 3;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTY__DESCRIPTION = 4;

	/**
	 * The feature id for the '<em><b>User Configurable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTY__USER_CONFIGURABLE = 5;

	/**
	 * The feature id for the '<em><b>Required</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTY__REQUIRED = 6;

	/**
	 * The number of structural features of the '<em>Ovf Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTY_FEATURE_COUNT = 7;

	/**
	 * The number of operations of the '<em>Ovf Property</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OVF_PROPERTY_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.OutputsImpl <em>Outputs</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.OutputsImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getOutputs()
	 * @generated
	 */
	int OUTPUTS = 22;

	/**
	 * The feature id for the '<em><b>Entries</b></em>' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUTS__ENTRIES = 0;

	/**
	 * The number of structural features of the '<em>Outputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUTS_FEATURE_COUNT = 1;

	/**
	 * The number of operations of the '<em>Outputs</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUTS_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.OutputImpl <em>Output</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.OutputImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getOutput()
	 * @generated
	 */
	int OUTPUT = 23;

	/**
	 * The feature id for the '<em><b>Format</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT__FORMAT = 0;

	/**
	 * The feature id for the '<em><b>Compressed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT__COMPRESSED = 1;

	/**
	 * The feature id for the '<em><b>Ovf Version</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT__OVF_VERSION = 2;

	/**
	 * The number of structural features of the '<em>Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_FEATURE_COUNT = 3;

	/**
	 * The number of operations of the '<em>Output</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int OUTPUT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.ListingImpl <em>Listing</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.ListingImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getListing()
	 * @generated
	 */
	int LISTING = 24;

	/**
	 * The feature id for the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__TITLE = 0;

	/**
	 * The feature id for the '<em><b>Pricing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__PRICING = 1;

	/**
	 * The feature id for the '<em><b>Summary</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__SUMMARY = 2;

	/**
	 * The feature id for the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__DESCRIPTION = 3;

	/**
	 * The feature id for the '<em><b>Categories</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__CATEGORIES = 4;

	/**
	 * The feature id for the '<em><b>Screenshots</b></em>' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__SCREENSHOTS = 5;

	/**
	 * The feature id for the '<em><b>Support</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__SUPPORT = 6;

	/**
	 * The feature id for the '<em><b>Release Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING__RELEASE_NOTES = 7;

	/**
	 * The number of structural features of the '<em>Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_FEATURE_COUNT = 8;

	/**
	 * The number of operations of the '<em>Listing</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int LISTING_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.impl.SupportContactImpl <em>Support Contact</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.impl.SupportContactImpl
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getSupportContact()
	 * @generated
	 */
	int SUPPORT_CONTACT = 25;

	/**
	 * The feature id for the '<em><b>Email</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_CONTACT__EMAIL = 0;

	/**
	 * The feature id for the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_CONTACT__URL = 1;

	/**
	 * The number of structural features of the '<em>Support Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_CONTACT_FEATURE_COUNT = 2;

	/**
	 * The number of operations of the '<em>Support Contact</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int SUPPORT_CONTACT_OPERATION_COUNT = 0;

	/**
	 * The meta object id for the '{@link dev.kiln.model.Architecture <em>Architecture</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.Architecture
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getArchitecture()
	 * @generated
	 */
	int ARCHITECTURE = 26;

	/**
	 * The meta object id for the '{@link dev.kiln.model.NetworkConfiguration <em>Network Configuration</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.NetworkConfiguration
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getNetworkConfiguration()
	 * @generated
	 */
	int NETWORK_CONFIGURATION = 27;

	/**
	 * The meta object id for the '{@link dev.kiln.model.Protocol <em>Protocol</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.Protocol
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getProtocol()
	 * @generated
	 */
	int PROTOCOL = 28;

	/**
	 * The meta object id for the '{@link dev.kiln.model.Firmware <em>Firmware</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.Firmware
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getFirmware()
	 * @generated
	 */
	int FIRMWARE = 29;

	/**
	 * The meta object id for the '{@link dev.kiln.model.DiskController <em>Disk Controller</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.DiskController
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getDiskController()
	 * @generated
	 */
	int DISK_CONTROLLER = 30;

	/**
	 * The meta object id for the '{@link dev.kiln.model.PropertyType <em>Property Type</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.PropertyType
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getPropertyType()
	 * @generated
	 */
	int PROPERTY_TYPE = 31;

	/**
	 * The meta object id for the '{@link dev.kiln.model.OvfVersion <em>Ovf Version</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.OvfVersion
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getOvfVersion()
	 * @generated
	 */
	int OVF_VERSION = 32;

	/**
	 * The meta object id for the '{@link dev.kiln.model.PricingModel <em>Pricing Model</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.PricingModel
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getPricingModel()
	 * @generated
	 */
	int PRICING_MODEL = 33;

	/**
	 * The meta object id for the '{@link dev.kiln.model.Target <em>Target</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.Target
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getTarget()
	 * @generated
	 */
	int TARGET = 34;

	/**
	 * The meta object id for the '{@link dev.kiln.model.UpdateApply <em>Update Apply</em>}' enum.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see dev.kiln.model.UpdateApply
	 * @see dev.kiln.model.impl.AppliancePackageImpl#getUpdateApply()
	 * @generated
	 */
	int UPDATE_APPLY = 35;


	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Appliance <em>Appliance</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Appliance</em>'.
	 * @see dev.kiln.model.Appliance
	 * @generated
	 */
	EClass getAppliance();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Appliance#getId <em>Id</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Id</em>'.
	 * @see dev.kiln.model.Appliance#getId()
	 * @see #getAppliance()
	 * @generated
	 */
	EAttribute getAppliance_Id();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Appliance#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.kiln.model.Appliance#getName()
	 * @see #getAppliance()
	 * @generated
	 */
	EAttribute getAppliance_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Appliance#getVersion <em>Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Version</em>'.
	 * @see dev.kiln.model.Appliance#getVersion()
	 * @see #getAppliance()
	 * @generated
	 */
	EAttribute getAppliance_Version();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Appliance#getVendor <em>Vendor</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Vendor</em>'.
	 * @see dev.kiln.model.Appliance#getVendor()
	 * @see #getAppliance()
	 * @generated
	 */
	EAttribute getAppliance_Vendor();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Appliance#getLogo <em>Logo</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Logo</em>'.
	 * @see dev.kiln.model.Appliance#getLogo()
	 * @see #getAppliance()
	 * @generated
	 */
	EAttribute getAppliance_Logo();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Appliance#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see dev.kiln.model.Appliance#getSummary()
	 * @see #getAppliance()
	 * @generated
	 */
	EAttribute getAppliance_Summary();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Appliance#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.kiln.model.Appliance#getDescription()
	 * @see #getAppliance()
	 * @generated
	 */
	EAttribute getAppliance_Description();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Appliance#getLicense <em>License</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>License</em>'.
	 * @see dev.kiln.model.Appliance#getLicense()
	 * @see #getAppliance()
	 * @generated
	 */
	EReference getAppliance_License();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Appliance#getOs <em>Os</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Os</em>'.
	 * @see dev.kiln.model.Appliance#getOs()
	 * @see #getAppliance()
	 * @generated
	 */
	EReference getAppliance_Os();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Appliance#getApplication <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Application</em>'.
	 * @see dev.kiln.model.Appliance#getApplication()
	 * @see #getAppliance()
	 * @generated
	 */
	EReference getAppliance_Application();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Appliance#getNetwork <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Network</em>'.
	 * @see dev.kiln.model.Appliance#getNetwork()
	 * @see #getAppliance()
	 * @generated
	 */
	EReference getAppliance_Network();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Appliance#getHardware <em>Hardware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Hardware</em>'.
	 * @see dev.kiln.model.Appliance#getHardware()
	 * @see #getAppliance()
	 * @generated
	 */
	EReference getAppliance_Hardware();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Appliance#getUpdates <em>Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Updates</em>'.
	 * @see dev.kiln.model.Appliance#getUpdates()
	 * @see #getAppliance()
	 * @generated
	 */
	EReference getAppliance_Updates();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Appliance#getProperties <em>Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Properties</em>'.
	 * @see dev.kiln.model.Appliance#getProperties()
	 * @see #getAppliance()
	 * @generated
	 */
	EReference getAppliance_Properties();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Appliance#getOutputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Outputs</em>'.
	 * @see dev.kiln.model.Appliance#getOutputs()
	 * @see #getAppliance()
	 * @generated
	 */
	EReference getAppliance_Outputs();

	/**
	 * Returns the meta object for the attribute list '{@link dev.kiln.model.Appliance#getTargets <em>Targets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Targets</em>'.
	 * @see dev.kiln.model.Appliance#getTargets()
	 * @see #getAppliance()
	 * @generated
	 */
	EAttribute getAppliance_Targets();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Appliance#getListing <em>Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Listing</em>'.
	 * @see dev.kiln.model.Appliance#getListing()
	 * @see #getAppliance()
	 * @generated
	 */
	EReference getAppliance_Listing();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.License <em>License</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>License</em>'.
	 * @see dev.kiln.model.License
	 * @generated
	 */
	EClass getLicense();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.License#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.kiln.model.License#getName()
	 * @see #getLicense()
	 * @generated
	 */
	EAttribute getLicense_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.License#getFile <em>File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>File</em>'.
	 * @see dev.kiln.model.License#getFile()
	 * @see #getLicense()
	 * @generated
	 */
	EAttribute getLicense_File();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.License#getText <em>Text</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Text</em>'.
	 * @see dev.kiln.model.License#getText()
	 * @see #getLicense()
	 * @generated
	 */
	EAttribute getLicense_Text();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.OperatingSystem <em>Operating System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Operating System</em>'.
	 * @see dev.kiln.model.OperatingSystem
	 * @generated
	 */
	EClass getOperatingSystem();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OperatingSystem#getDistribution <em>Distribution</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Distribution</em>'.
	 * @see dev.kiln.model.OperatingSystem#getDistribution()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Distribution();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OperatingSystem#getSuite <em>Suite</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Suite</em>'.
	 * @see dev.kiln.model.OperatingSystem#getSuite()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Suite();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OperatingSystem#getArchitecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Architecture</em>'.
	 * @see dev.kiln.model.OperatingSystem#getArchitecture()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Architecture();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OperatingSystem#getMirror <em>Mirror</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mirror</em>'.
	 * @see dev.kiln.model.OperatingSystem#getMirror()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Mirror();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OperatingSystem#getSecurityMirror <em>Security Mirror</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security Mirror</em>'.
	 * @see dev.kiln.model.OperatingSystem#getSecurityMirror()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_SecurityMirror();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OperatingSystem#getKeyring <em>Keyring</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Keyring</em>'.
	 * @see dev.kiln.model.OperatingSystem#getKeyring()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Keyring();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OperatingSystem#isUpdates <em>Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Updates</em>'.
	 * @see dev.kiln.model.OperatingSystem#isUpdates()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Updates();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OperatingSystem#isSecurity <em>Security</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Security</em>'.
	 * @see dev.kiln.model.OperatingSystem#isSecurity()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_Security();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OperatingSystem#isInstallRecommends <em>Install Recommends</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Install Recommends</em>'.
	 * @see dev.kiln.model.OperatingSystem#isInstallRecommends()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EAttribute getOperatingSystem_InstallRecommends();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.OperatingSystem#getPackages <em>Packages</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Packages</em>'.
	 * @see dev.kiln.model.OperatingSystem#getPackages()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EReference getOperatingSystem_Packages();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.OperatingSystem#getTrim <em>Trim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Trim</em>'.
	 * @see dev.kiln.model.OperatingSystem#getTrim()
	 * @see #getOperatingSystem()
	 * @generated
	 */
	EReference getOperatingSystem_Trim();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Trim <em>Trim</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Trim</em>'.
	 * @see dev.kiln.model.Trim
	 * @generated
	 */
	EClass getTrim();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Trim#isKernelModules <em>Kernel Modules</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Kernel Modules</em>'.
	 * @see dev.kiln.model.Trim#isKernelModules()
	 * @see #getTrim()
	 * @generated
	 */
	EAttribute getTrim_KernelModules();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Trim#isHardwareDatabase <em>Hardware Database</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hardware Database</em>'.
	 * @see dev.kiln.model.Trim#isHardwareDatabase()
	 * @see #getTrim()
	 * @generated
	 */
	EAttribute getTrim_HardwareDatabase();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Trim#isDocumentation <em>Documentation</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Documentation</em>'.
	 * @see dev.kiln.model.Trim#isDocumentation()
	 * @see #getTrim()
	 * @generated
	 */
	EAttribute getTrim_Documentation();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Trim#isLocales <em>Locales</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Locales</em>'.
	 * @see dev.kiln.model.Trim#isLocales()
	 * @see #getTrim()
	 * @generated
	 */
	EAttribute getTrim_Locales();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Trim#isCharacterSets <em>Character Sets</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Character Sets</em>'.
	 * @see dev.kiln.model.Trim#isCharacterSets()
	 * @see #getTrim()
	 * @generated
	 */
	EAttribute getTrim_CharacterSets();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Trim#isPackageCaches <em>Package Caches</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Package Caches</em>'.
	 * @see dev.kiln.model.Trim#isPackageCaches()
	 * @see #getTrim()
	 * @generated
	 */
	EAttribute getTrim_PackageCaches();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Trim#isBootImages <em>Boot Images</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Boot Images</em>'.
	 * @see dev.kiln.model.Trim#isBootImages()
	 * @see #getTrim()
	 * @generated
	 */
	EAttribute getTrim_BootImages();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.DebianPackage <em>Debian Package</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Debian Package</em>'.
	 * @see dev.kiln.model.DebianPackage
	 * @generated
	 */
	EClass getDebianPackage();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.DebianPackage#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.kiln.model.DebianPackage#getName()
	 * @see #getDebianPackage()
	 * @generated
	 */
	EAttribute getDebianPackage_Name();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application</em>'.
	 * @see dev.kiln.model.Application
	 * @generated
	 */
	EClass getApplication();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Application#getFirstBootScript <em>First Boot Script</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>First Boot Script</em>'.
	 * @see dev.kiln.model.Application#getFirstBootScript()
	 * @see #getApplication()
	 * @generated
	 */
	EAttribute getApplication_FirstBootScript();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Application#getGroups <em>Groups</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Groups</em>'.
	 * @see dev.kiln.model.Application#getGroups()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Groups();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Application#getUsers <em>Users</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Users</em>'.
	 * @see dev.kiln.model.Application#getUsers()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Users();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Application#getDirectories <em>Directories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Directories</em>'.
	 * @see dev.kiln.model.Application#getDirectories()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Directories();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Application#getFiles <em>Files</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Files</em>'.
	 * @see dev.kiln.model.Application#getFiles()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Files();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Application#getServices <em>Services</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Services</em>'.
	 * @see dev.kiln.model.Application#getServices()
	 * @see #getApplication()
	 * @generated
	 */
	EReference getApplication_Services();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.FileSystemEntry <em>File System Entry</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>File System Entry</em>'.
	 * @see dev.kiln.model.FileSystemEntry
	 * @generated
	 */
	EClass getFileSystemEntry();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.FileSystemEntry#getSource <em>Source</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Source</em>'.
	 * @see dev.kiln.model.FileSystemEntry#getSource()
	 * @see #getFileSystemEntry()
	 * @generated
	 */
	EAttribute getFileSystemEntry_Source();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.FileSystemEntry#getTarget <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Target</em>'.
	 * @see dev.kiln.model.FileSystemEntry#getTarget()
	 * @see #getFileSystemEntry()
	 * @generated
	 */
	EAttribute getFileSystemEntry_Target();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.FileSystemEntry#getOwner <em>Owner</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Owner</em>'.
	 * @see dev.kiln.model.FileSystemEntry#getOwner()
	 * @see #getFileSystemEntry()
	 * @generated
	 */
	EAttribute getFileSystemEntry_Owner();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.FileSystemEntry#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see dev.kiln.model.FileSystemEntry#getGroup()
	 * @see #getFileSystemEntry()
	 * @generated
	 */
	EAttribute getFileSystemEntry_Group();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.FileSystemEntry#getMode <em>Mode</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Mode</em>'.
	 * @see dev.kiln.model.FileSystemEntry#getMode()
	 * @see #getFileSystemEntry()
	 * @generated
	 */
	EAttribute getFileSystemEntry_Mode();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.ApplicationFile <em>Application File</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application File</em>'.
	 * @see dev.kiln.model.ApplicationFile
	 * @generated
	 */
	EClass getApplicationFile();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.ApplicationDirectory <em>Application Directory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Application Directory</em>'.
	 * @see dev.kiln.model.ApplicationDirectory
	 * @generated
	 */
	EClass getApplicationDirectory();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Group <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Group</em>'.
	 * @see dev.kiln.model.Group
	 * @generated
	 */
	EClass getGroup();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Group#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.kiln.model.Group#getName()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Group#getGid <em>Gid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gid</em>'.
	 * @see dev.kiln.model.Group#getGid()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_Gid();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Group#isSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System</em>'.
	 * @see dev.kiln.model.Group#isSystem()
	 * @see #getGroup()
	 * @generated
	 */
	EAttribute getGroup_System();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.User <em>User</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>User</em>'.
	 * @see dev.kiln.model.User
	 * @generated
	 */
	EClass getUser();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.User#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.kiln.model.User#getName()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.User#getUid <em>Uid</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Uid</em>'.
	 * @see dev.kiln.model.User#getUid()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Uid();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.User#getGroup <em>Group</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Group</em>'.
	 * @see dev.kiln.model.User#getGroup()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Group();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.User#getHome <em>Home</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Home</em>'.
	 * @see dev.kiln.model.User#getHome()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Home();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.User#getShell <em>Shell</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Shell</em>'.
	 * @see dev.kiln.model.User#getShell()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_Shell();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.User#isSystem <em>System</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>System</em>'.
	 * @see dev.kiln.model.User#isSystem()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_System();

	/**
	 * Returns the meta object for the attribute list '{@link dev.kiln.model.User#getMemberOf <em>Member Of</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Member Of</em>'.
	 * @see dev.kiln.model.User#getMemberOf()
	 * @see #getUser()
	 * @generated
	 */
	EAttribute getUser_MemberOf();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.SystemdService <em>Systemd Service</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Systemd Service</em>'.
	 * @see dev.kiln.model.SystemdService
	 * @generated
	 */
	EClass getSystemdService();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.SystemdService#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.kiln.model.SystemdService#getName()
	 * @see #getSystemdService()
	 * @generated
	 */
	EAttribute getSystemdService_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.SystemdService#getUnit <em>Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Unit</em>'.
	 * @see dev.kiln.model.SystemdService#getUnit()
	 * @see #getSystemdService()
	 * @generated
	 */
	EAttribute getSystemdService_Unit();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.SystemdService#isEnabled <em>Enabled</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Enabled</em>'.
	 * @see dev.kiln.model.SystemdService#isEnabled()
	 * @see #getSystemdService()
	 * @generated
	 */
	EAttribute getSystemdService_Enabled();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Network <em>Network</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Network</em>'.
	 * @see dev.kiln.model.Network
	 * @generated
	 */
	EClass getNetwork();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Network#getConfiguration <em>Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Configuration</em>'.
	 * @see dev.kiln.model.Network#getConfiguration()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Configuration();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Network#getHostname <em>Hostname</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Hostname</em>'.
	 * @see dev.kiln.model.Network#getHostname()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Hostname();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Network#getAddress <em>Address</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Address</em>'.
	 * @see dev.kiln.model.Network#getAddress()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Address();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Network#getGateway <em>Gateway</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Gateway</em>'.
	 * @see dev.kiln.model.Network#getGateway()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Gateway();

	/**
	 * Returns the meta object for the attribute list '{@link dev.kiln.model.Network#getNameservers <em>Nameservers</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Nameservers</em>'.
	 * @see dev.kiln.model.Network#getNameservers()
	 * @see #getNetwork()
	 * @generated
	 */
	EAttribute getNetwork_Nameservers();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Network#getPorts <em>Ports</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Ports</em>'.
	 * @see dev.kiln.model.Network#getPorts()
	 * @see #getNetwork()
	 * @generated
	 */
	EReference getNetwork_Ports();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Port <em>Port</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Port</em>'.
	 * @see dev.kiln.model.Port
	 * @generated
	 */
	EClass getPort();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Port#getNumber <em>Number</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Number</em>'.
	 * @see dev.kiln.model.Port#getNumber()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Number();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Port#getProtocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Protocol</em>'.
	 * @see dev.kiln.model.Port#getProtocol()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Protocol();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Port#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.kiln.model.Port#getName()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Port#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.kiln.model.Port#getDescription()
	 * @see #getPort()
	 * @generated
	 */
	EAttribute getPort_Description();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Hardware <em>Hardware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Hardware</em>'.
	 * @see dev.kiln.model.Hardware
	 * @generated
	 */
	EClass getHardware();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Hardware#getCpus <em>Cpus</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cpus</em>'.
	 * @see dev.kiln.model.Hardware#getCpus()
	 * @see #getHardware()
	 * @generated
	 */
	EAttribute getHardware_Cpus();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Hardware#getMemoryMb <em>Memory Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Memory Mb</em>'.
	 * @see dev.kiln.model.Hardware#getMemoryMb()
	 * @see #getHardware()
	 * @generated
	 */
	EAttribute getHardware_MemoryMb();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Hardware#getFirmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Firmware</em>'.
	 * @see dev.kiln.model.Hardware#getFirmware()
	 * @see #getHardware()
	 * @generated
	 */
	EAttribute getHardware_Firmware();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Hardware#getDiskController <em>Disk Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Disk Controller</em>'.
	 * @see dev.kiln.model.Hardware#getDiskController()
	 * @see #getHardware()
	 * @generated
	 */
	EAttribute getHardware_DiskController();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Hardware#getDisks <em>Disks</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Disks</em>'.
	 * @see dev.kiln.model.Hardware#getDisks()
	 * @see #getHardware()
	 * @generated
	 */
	EReference getHardware_Disks();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Disk <em>Disk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Disk</em>'.
	 * @see dev.kiln.model.Disk
	 * @generated
	 */
	EClass getDisk();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Disk#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.kiln.model.Disk#getName()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_Name();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Disk#getSizeMb <em>Size Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Size Mb</em>'.
	 * @see dev.kiln.model.Disk#getSizeMb()
	 * @see #getDisk()
	 * @generated
	 */
	EAttribute getDisk_SizeMb();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Updates <em>Updates</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Updates</em>'.
	 * @see dev.kiln.model.Updates
	 * @generated
	 */
	EClass getUpdates();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Updates#getChannels <em>Channels</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Channels</em>'.
	 * @see dev.kiln.model.Updates#getChannels()
	 * @see #getUpdates()
	 * @generated
	 */
	EReference getUpdates_Channels();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Updates#getKeeps <em>Keeps</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Keeps</em>'.
	 * @see dev.kiln.model.Updates#getKeeps()
	 * @see #getUpdates()
	 * @generated
	 */
	EReference getUpdates_Keeps();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Updates#getReady <em>Ready</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Ready</em>'.
	 * @see dev.kiln.model.Updates#getReady()
	 * @see #getUpdates()
	 * @generated
	 */
	EReference getUpdates_Ready();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Updates#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see dev.kiln.model.Updates#getUrl()
	 * @see #getUpdates()
	 * @generated
	 */
	EAttribute getUpdates_Url();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Updates#getCheck <em>Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Check</em>'.
	 * @see dev.kiln.model.Updates#getCheck()
	 * @see #getUpdates()
	 * @generated
	 */
	EAttribute getUpdates_Check();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Updates#getApply <em>Apply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Apply</em>'.
	 * @see dev.kiln.model.Updates#getApply()
	 * @see #getUpdates()
	 * @generated
	 */
	EAttribute getUpdates_Apply();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Updates#getRebootWindow <em>Reboot Window</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Reboot Window</em>'.
	 * @see dev.kiln.model.Updates#getRebootWindow()
	 * @see #getUpdates()
	 * @generated
	 */
	EAttribute getUpdates_RebootWindow();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Updates#getReadyTimeout <em>Ready Timeout</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ready Timeout</em>'.
	 * @see dev.kiln.model.Updates#getReadyTimeout()
	 * @see #getUpdates()
	 * @generated
	 */
	EAttribute getUpdates_ReadyTimeout();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Updates#getDataSizeMb <em>Data Size Mb</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Data Size Mb</em>'.
	 * @see dev.kiln.model.Updates#getDataSizeMb()
	 * @see #getUpdates()
	 * @generated
	 */
	EAttribute getUpdates_DataSizeMb();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.UpdateChannel <em>Update Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Update Channel</em>'.
	 * @see dev.kiln.model.UpdateChannel
	 * @generated
	 */
	EClass getUpdateChannel();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.UpdateChannel#getName <em>Name</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Name</em>'.
	 * @see dev.kiln.model.UpdateChannel#getName()
	 * @see #getUpdateChannel()
	 * @generated
	 */
	EAttribute getUpdateChannel_Name();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.KeptPath <em>Kept Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Kept Path</em>'.
	 * @see dev.kiln.model.KeptPath
	 * @generated
	 */
	EClass getKeptPath();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.KeptPath#getPath <em>Path</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Path</em>'.
	 * @see dev.kiln.model.KeptPath#getPath()
	 * @see #getKeptPath()
	 * @generated
	 */
	EAttribute getKeptPath_Path();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.ReadyCheck <em>Ready Check</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ready Check</em>'.
	 * @see dev.kiln.model.ReadyCheck
	 * @generated
	 */
	EClass getReadyCheck();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.ReadyCheck#getHttp <em>Http</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Http</em>'.
	 * @see dev.kiln.model.ReadyCheck#getHttp()
	 * @see #getReadyCheck()
	 * @generated
	 */
	EAttribute getReadyCheck_Http();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.ReadyCheck#getCommand <em>Command</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Command</em>'.
	 * @see dev.kiln.model.ReadyCheck#getCommand()
	 * @see #getReadyCheck()
	 * @generated
	 */
	EAttribute getReadyCheck_Command();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.OvfProperties <em>Ovf Properties</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ovf Properties</em>'.
	 * @see dev.kiln.model.OvfProperties
	 * @generated
	 */
	EClass getOvfProperties();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.OvfProperties#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see dev.kiln.model.OvfProperties#getEntries()
	 * @see #getOvfProperties()
	 * @generated
	 */
	EReference getOvfProperties_Entries();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.OvfProperty <em>Ovf Property</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Ovf Property</em>'.
	 * @see dev.kiln.model.OvfProperty
	 * @generated
	 */
	EClass getOvfProperty();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OvfProperty#getKey <em>Key</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Key</em>'.
	 * @see dev.kiln.model.OvfProperty#getKey()
	 * @see #getOvfProperty()
	 * @generated
	 */
	EAttribute getOvfProperty_Key();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OvfProperty#getType <em>Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Type</em>'.
	 * @see dev.kiln.model.OvfProperty#getType()
	 * @see #getOvfProperty()
	 * @generated
	 */
	EAttribute getOvfProperty_Type();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OvfProperty#getDefaultValue <em>Default Value</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Default Value</em>'.
	 * @see dev.kiln.model.OvfProperty#getDefaultValue()
	 * @see #getOvfProperty()
	 * @generated
	 */
	EAttribute getOvfProperty_DefaultValue();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OvfProperty#getLabel <em>Label</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Label</em>'.
	 * @see dev.kiln.model.OvfProperty#getLabel()
	 * @see #getOvfProperty()
	 * @generated
	 */
	EAttribute getOvfProperty_Label();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OvfProperty#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.kiln.model.OvfProperty#getDescription()
	 * @see #getOvfProperty()
	 * @generated
	 */
	EAttribute getOvfProperty_Description();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OvfProperty#isUserConfigurable <em>User Configurable</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>User Configurable</em>'.
	 * @see dev.kiln.model.OvfProperty#isUserConfigurable()
	 * @see #getOvfProperty()
	 * @generated
	 */
	EAttribute getOvfProperty_UserConfigurable();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.OvfProperty#isRequired <em>Required</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Required</em>'.
	 * @see dev.kiln.model.OvfProperty#isRequired()
	 * @see #getOvfProperty()
	 * @generated
	 */
	EAttribute getOvfProperty_Required();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Outputs <em>Outputs</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Outputs</em>'.
	 * @see dev.kiln.model.Outputs
	 * @generated
	 */
	EClass getOutputs();

	/**
	 * Returns the meta object for the containment reference list '{@link dev.kiln.model.Outputs#getEntries <em>Entries</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference list '<em>Entries</em>'.
	 * @see dev.kiln.model.Outputs#getEntries()
	 * @see #getOutputs()
	 * @generated
	 */
	EReference getOutputs_Entries();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Output <em>Output</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Output</em>'.
	 * @see dev.kiln.model.Output
	 * @generated
	 */
	EClass getOutput();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Output#getFormat <em>Format</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Format</em>'.
	 * @see dev.kiln.model.Output#getFormat()
	 * @see #getOutput()
	 * @generated
	 */
	EAttribute getOutput_Format();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Output#isCompressed <em>Compressed</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Compressed</em>'.
	 * @see dev.kiln.model.Output#isCompressed()
	 * @see #getOutput()
	 * @generated
	 */
	EAttribute getOutput_Compressed();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Output#getOvfVersion <em>Ovf Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Ovf Version</em>'.
	 * @see dev.kiln.model.Output#getOvfVersion()
	 * @see #getOutput()
	 * @generated
	 */
	EAttribute getOutput_OvfVersion();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.Listing <em>Listing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Listing</em>'.
	 * @see dev.kiln.model.Listing
	 * @generated
	 */
	EClass getListing();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Listing#getTitle <em>Title</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Title</em>'.
	 * @see dev.kiln.model.Listing#getTitle()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Title();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Listing#getPricing <em>Pricing</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Pricing</em>'.
	 * @see dev.kiln.model.Listing#getPricing()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Pricing();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Listing#getSummary <em>Summary</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Summary</em>'.
	 * @see dev.kiln.model.Listing#getSummary()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Summary();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Listing#getDescription <em>Description</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Description</em>'.
	 * @see dev.kiln.model.Listing#getDescription()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Description();

	/**
	 * Returns the meta object for the attribute list '{@link dev.kiln.model.Listing#getCategories <em>Categories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Categories</em>'.
	 * @see dev.kiln.model.Listing#getCategories()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Categories();

	/**
	 * Returns the meta object for the attribute list '{@link dev.kiln.model.Listing#getScreenshots <em>Screenshots</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute list '<em>Screenshots</em>'.
	 * @see dev.kiln.model.Listing#getScreenshots()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_Screenshots();

	/**
	 * Returns the meta object for the containment reference '{@link dev.kiln.model.Listing#getSupport <em>Support</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the containment reference '<em>Support</em>'.
	 * @see dev.kiln.model.Listing#getSupport()
	 * @see #getListing()
	 * @generated
	 */
	EReference getListing_Support();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.Listing#getReleaseNotes <em>Release Notes</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Release Notes</em>'.
	 * @see dev.kiln.model.Listing#getReleaseNotes()
	 * @see #getListing()
	 * @generated
	 */
	EAttribute getListing_ReleaseNotes();

	/**
	 * Returns the meta object for class '{@link dev.kiln.model.SupportContact <em>Support Contact</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Support Contact</em>'.
	 * @see dev.kiln.model.SupportContact
	 * @generated
	 */
	EClass getSupportContact();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.SupportContact#getEmail <em>Email</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Email</em>'.
	 * @see dev.kiln.model.SupportContact#getEmail()
	 * @see #getSupportContact()
	 * @generated
	 */
	EAttribute getSupportContact_Email();

	/**
	 * Returns the meta object for the attribute '{@link dev.kiln.model.SupportContact#getUrl <em>Url</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Url</em>'.
	 * @see dev.kiln.model.SupportContact#getUrl()
	 * @see #getSupportContact()
	 * @generated
	 */
	EAttribute getSupportContact_Url();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Architecture</em>'.
	 * @see dev.kiln.model.Architecture
	 * @generated
	 */
	EEnum getArchitecture();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.NetworkConfiguration <em>Network Configuration</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Network Configuration</em>'.
	 * @see dev.kiln.model.NetworkConfiguration
	 * @generated
	 */
	EEnum getNetworkConfiguration();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.Protocol <em>Protocol</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Protocol</em>'.
	 * @see dev.kiln.model.Protocol
	 * @generated
	 */
	EEnum getProtocol();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.Firmware <em>Firmware</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Firmware</em>'.
	 * @see dev.kiln.model.Firmware
	 * @generated
	 */
	EEnum getFirmware();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.DiskController <em>Disk Controller</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Disk Controller</em>'.
	 * @see dev.kiln.model.DiskController
	 * @generated
	 */
	EEnum getDiskController();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.PropertyType <em>Property Type</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Property Type</em>'.
	 * @see dev.kiln.model.PropertyType
	 * @generated
	 */
	EEnum getPropertyType();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.OvfVersion <em>Ovf Version</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Ovf Version</em>'.
	 * @see dev.kiln.model.OvfVersion
	 * @generated
	 */
	EEnum getOvfVersion();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.PricingModel <em>Pricing Model</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Pricing Model</em>'.
	 * @see dev.kiln.model.PricingModel
	 * @generated
	 */
	EEnum getPricingModel();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.Target <em>Target</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Target</em>'.
	 * @see dev.kiln.model.Target
	 * @generated
	 */
	EEnum getTarget();

	/**
	 * Returns the meta object for enum '{@link dev.kiln.model.UpdateApply <em>Update Apply</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for enum '<em>Update Apply</em>'.
	 * @see dev.kiln.model.UpdateApply
	 * @generated
	 */
	EEnum getUpdateApply();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	ApplianceFactory getApplianceFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.ApplianceImpl <em>Appliance</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.ApplianceImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getAppliance()
		 * @generated
		 */
		EClass APPLIANCE = eINSTANCE.getAppliance();

		/**
		 * The meta object literal for the '<em><b>Id</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIANCE__ID = eINSTANCE.getAppliance_Id();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIANCE__NAME = eINSTANCE.getAppliance_Name();

		/**
		 * The meta object literal for the '<em><b>Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIANCE__VERSION = eINSTANCE.getAppliance_Version();

		/**
		 * The meta object literal for the '<em><b>Vendor</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIANCE__VENDOR = eINSTANCE.getAppliance_Vendor();

		/**
		 * The meta object literal for the '<em><b>Logo</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIANCE__LOGO = eINSTANCE.getAppliance_Logo();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIANCE__SUMMARY = eINSTANCE.getAppliance_Summary();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIANCE__DESCRIPTION = eINSTANCE.getAppliance_Description();

		/**
		 * The meta object literal for the '<em><b>License</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIANCE__LICENSE = eINSTANCE.getAppliance_License();

		/**
		 * The meta object literal for the '<em><b>Os</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIANCE__OS = eINSTANCE.getAppliance_Os();

		/**
		 * The meta object literal for the '<em><b>Application</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIANCE__APPLICATION = eINSTANCE.getAppliance_Application();

		/**
		 * The meta object literal for the '<em><b>Network</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIANCE__NETWORK = eINSTANCE.getAppliance_Network();

		/**
		 * The meta object literal for the '<em><b>Hardware</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIANCE__HARDWARE = eINSTANCE.getAppliance_Hardware();

		/**
		 * The meta object literal for the '<em><b>Updates</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIANCE__UPDATES = eINSTANCE.getAppliance_Updates();

		/**
		 * The meta object literal for the '<em><b>Properties</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIANCE__PROPERTIES = eINSTANCE.getAppliance_Properties();

		/**
		 * The meta object literal for the '<em><b>Outputs</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIANCE__OUTPUTS = eINSTANCE.getAppliance_Outputs();

		/**
		 * The meta object literal for the '<em><b>Targets</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLIANCE__TARGETS = eINSTANCE.getAppliance_Targets();

		/**
		 * The meta object literal for the '<em><b>Listing</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLIANCE__LISTING = eINSTANCE.getAppliance_Listing();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.LicenseImpl <em>License</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.LicenseImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getLicense()
		 * @generated
		 */
		EClass LICENSE = eINSTANCE.getLicense();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENSE__NAME = eINSTANCE.getLicense_Name();

		/**
		 * The meta object literal for the '<em><b>File</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENSE__FILE = eINSTANCE.getLicense_File();

		/**
		 * The meta object literal for the '<em><b>Text</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LICENSE__TEXT = eINSTANCE.getLicense_Text();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.OperatingSystemImpl <em>Operating System</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.OperatingSystemImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getOperatingSystem()
		 * @generated
		 */
		EClass OPERATING_SYSTEM = eINSTANCE.getOperatingSystem();

		/**
		 * The meta object literal for the '<em><b>Distribution</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__DISTRIBUTION = eINSTANCE.getOperatingSystem_Distribution();

		/**
		 * The meta object literal for the '<em><b>Suite</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__SUITE = eINSTANCE.getOperatingSystem_Suite();

		/**
		 * The meta object literal for the '<em><b>Architecture</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__ARCHITECTURE = eINSTANCE.getOperatingSystem_Architecture();

		/**
		 * The meta object literal for the '<em><b>Mirror</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__MIRROR = eINSTANCE.getOperatingSystem_Mirror();

		/**
		 * The meta object literal for the '<em><b>Security Mirror</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__SECURITY_MIRROR = eINSTANCE.getOperatingSystem_SecurityMirror();

		/**
		 * The meta object literal for the '<em><b>Keyring</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__KEYRING = eINSTANCE.getOperatingSystem_Keyring();

		/**
		 * The meta object literal for the '<em><b>Updates</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__UPDATES = eINSTANCE.getOperatingSystem_Updates();

		/**
		 * The meta object literal for the '<em><b>Security</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__SECURITY = eINSTANCE.getOperatingSystem_Security();

		/**
		 * The meta object literal for the '<em><b>Install Recommends</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OPERATING_SYSTEM__INSTALL_RECOMMENDS = eINSTANCE.getOperatingSystem_InstallRecommends();

		/**
		 * The meta object literal for the '<em><b>Packages</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATING_SYSTEM__PACKAGES = eINSTANCE.getOperatingSystem_Packages();

		/**
		 * The meta object literal for the '<em><b>Trim</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OPERATING_SYSTEM__TRIM = eINSTANCE.getOperatingSystem_Trim();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.TrimImpl <em>Trim</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.TrimImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getTrim()
		 * @generated
		 */
		EClass TRIM = eINSTANCE.getTrim();

		/**
		 * The meta object literal for the '<em><b>Kernel Modules</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIM__KERNEL_MODULES = eINSTANCE.getTrim_KernelModules();

		/**
		 * The meta object literal for the '<em><b>Hardware Database</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIM__HARDWARE_DATABASE = eINSTANCE.getTrim_HardwareDatabase();

		/**
		 * The meta object literal for the '<em><b>Documentation</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIM__DOCUMENTATION = eINSTANCE.getTrim_Documentation();

		/**
		 * The meta object literal for the '<em><b>Locales</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIM__LOCALES = eINSTANCE.getTrim_Locales();

		/**
		 * The meta object literal for the '<em><b>Character Sets</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIM__CHARACTER_SETS = eINSTANCE.getTrim_CharacterSets();

		/**
		 * The meta object literal for the '<em><b>Package Caches</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIM__PACKAGE_CACHES = eINSTANCE.getTrim_PackageCaches();

		/**
		 * The meta object literal for the '<em><b>Boot Images</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute TRIM__BOOT_IMAGES = eINSTANCE.getTrim_BootImages();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.DebianPackageImpl <em>Debian Package</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.DebianPackageImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getDebianPackage()
		 * @generated
		 */
		EClass DEBIAN_PACKAGE = eINSTANCE.getDebianPackage();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DEBIAN_PACKAGE__NAME = eINSTANCE.getDebianPackage_Name();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.ApplicationImpl <em>Application</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.ApplicationImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getApplication()
		 * @generated
		 */
		EClass APPLICATION = eINSTANCE.getApplication();

		/**
		 * The meta object literal for the '<em><b>First Boot Script</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute APPLICATION__FIRST_BOOT_SCRIPT = eINSTANCE.getApplication_FirstBootScript();

		/**
		 * The meta object literal for the '<em><b>Groups</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__GROUPS = eINSTANCE.getApplication_Groups();

		/**
		 * The meta object literal for the '<em><b>Users</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__USERS = eINSTANCE.getApplication_Users();

		/**
		 * The meta object literal for the '<em><b>Directories</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__DIRECTORIES = eINSTANCE.getApplication_Directories();

		/**
		 * The meta object literal for the '<em><b>Files</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__FILES = eINSTANCE.getApplication_Files();

		/**
		 * The meta object literal for the '<em><b>Services</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference APPLICATION__SERVICES = eINSTANCE.getApplication_Services();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.FileSystemEntryImpl <em>File System Entry</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.FileSystemEntryImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getFileSystemEntry()
		 * @generated
		 */
		EClass FILE_SYSTEM_ENTRY = eINSTANCE.getFileSystemEntry();

		/**
		 * The meta object literal for the '<em><b>Source</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SYSTEM_ENTRY__SOURCE = eINSTANCE.getFileSystemEntry_Source();

		/**
		 * The meta object literal for the '<em><b>Target</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SYSTEM_ENTRY__TARGET = eINSTANCE.getFileSystemEntry_Target();

		/**
		 * The meta object literal for the '<em><b>Owner</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SYSTEM_ENTRY__OWNER = eINSTANCE.getFileSystemEntry_Owner();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SYSTEM_ENTRY__GROUP = eINSTANCE.getFileSystemEntry_Group();

		/**
		 * The meta object literal for the '<em><b>Mode</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute FILE_SYSTEM_ENTRY__MODE = eINSTANCE.getFileSystemEntry_Mode();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.ApplicationFileImpl <em>Application File</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.ApplicationFileImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getApplicationFile()
		 * @generated
		 */
		EClass APPLICATION_FILE = eINSTANCE.getApplicationFile();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.ApplicationDirectoryImpl <em>Application Directory</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.ApplicationDirectoryImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getApplicationDirectory()
		 * @generated
		 */
		EClass APPLICATION_DIRECTORY = eINSTANCE.getApplicationDirectory();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.GroupImpl <em>Group</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.GroupImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getGroup()
		 * @generated
		 */
		EClass GROUP = eINSTANCE.getGroup();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__NAME = eINSTANCE.getGroup_Name();

		/**
		 * The meta object literal for the '<em><b>Gid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__GID = eINSTANCE.getGroup_Gid();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute GROUP__SYSTEM = eINSTANCE.getGroup_System();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.UserImpl <em>User</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.UserImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getUser()
		 * @generated
		 */
		EClass USER = eINSTANCE.getUser();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__NAME = eINSTANCE.getUser_Name();

		/**
		 * The meta object literal for the '<em><b>Uid</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__UID = eINSTANCE.getUser_Uid();

		/**
		 * The meta object literal for the '<em><b>Group</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__GROUP = eINSTANCE.getUser_Group();

		/**
		 * The meta object literal for the '<em><b>Home</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__HOME = eINSTANCE.getUser_Home();

		/**
		 * The meta object literal for the '<em><b>Shell</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__SHELL = eINSTANCE.getUser_Shell();

		/**
		 * The meta object literal for the '<em><b>System</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__SYSTEM = eINSTANCE.getUser_System();

		/**
		 * The meta object literal for the '<em><b>Member Of</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute USER__MEMBER_OF = eINSTANCE.getUser_MemberOf();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.SystemdServiceImpl <em>Systemd Service</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.SystemdServiceImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getSystemdService()
		 * @generated
		 */
		EClass SYSTEMD_SERVICE = eINSTANCE.getSystemdService();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEMD_SERVICE__NAME = eINSTANCE.getSystemdService_Name();

		/**
		 * The meta object literal for the '<em><b>Unit</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEMD_SERVICE__UNIT = eINSTANCE.getSystemdService_Unit();

		/**
		 * The meta object literal for the '<em><b>Enabled</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SYSTEMD_SERVICE__ENABLED = eINSTANCE.getSystemdService_Enabled();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.NetworkImpl <em>Network</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.NetworkImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getNetwork()
		 * @generated
		 */
		EClass NETWORK = eINSTANCE.getNetwork();

		/**
		 * The meta object literal for the '<em><b>Configuration</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__CONFIGURATION = eINSTANCE.getNetwork_Configuration();

		/**
		 * The meta object literal for the '<em><b>Hostname</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__HOSTNAME = eINSTANCE.getNetwork_Hostname();

		/**
		 * The meta object literal for the '<em><b>Address</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__ADDRESS = eINSTANCE.getNetwork_Address();

		/**
		 * The meta object literal for the '<em><b>Gateway</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__GATEWAY = eINSTANCE.getNetwork_Gateway();

		/**
		 * The meta object literal for the '<em><b>Nameservers</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute NETWORK__NAMESERVERS = eINSTANCE.getNetwork_Nameservers();

		/**
		 * The meta object literal for the '<em><b>Ports</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference NETWORK__PORTS = eINSTANCE.getNetwork_Ports();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.PortImpl <em>Port</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.PortImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getPort()
		 * @generated
		 */
		EClass PORT = eINSTANCE.getPort();

		/**
		 * The meta object literal for the '<em><b>Number</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__NUMBER = eINSTANCE.getPort_Number();

		/**
		 * The meta object literal for the '<em><b>Protocol</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__PROTOCOL = eINSTANCE.getPort_Protocol();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__NAME = eINSTANCE.getPort_Name();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute PORT__DESCRIPTION = eINSTANCE.getPort_Description();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.HardwareImpl <em>Hardware</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.HardwareImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getHardware()
		 * @generated
		 */
		EClass HARDWARE = eINSTANCE.getHardware();

		/**
		 * The meta object literal for the '<em><b>Cpus</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE__CPUS = eINSTANCE.getHardware_Cpus();

		/**
		 * The meta object literal for the '<em><b>Memory Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE__MEMORY_MB = eINSTANCE.getHardware_MemoryMb();

		/**
		 * The meta object literal for the '<em><b>Firmware</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE__FIRMWARE = eINSTANCE.getHardware_Firmware();

		/**
		 * The meta object literal for the '<em><b>Disk Controller</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute HARDWARE__DISK_CONTROLLER = eINSTANCE.getHardware_DiskController();

		/**
		 * The meta object literal for the '<em><b>Disks</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference HARDWARE__DISKS = eINSTANCE.getHardware_Disks();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.DiskImpl <em>Disk</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.DiskImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getDisk()
		 * @generated
		 */
		EClass DISK = eINSTANCE.getDisk();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__NAME = eINSTANCE.getDisk_Name();

		/**
		 * The meta object literal for the '<em><b>Size Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute DISK__SIZE_MB = eINSTANCE.getDisk_SizeMb();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.UpdatesImpl <em>Updates</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.UpdatesImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getUpdates()
		 * @generated
		 */
		EClass UPDATES = eINSTANCE.getUpdates();

		/**
		 * The meta object literal for the '<em><b>Channels</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATES__CHANNELS = eINSTANCE.getUpdates_Channels();

		/**
		 * The meta object literal for the '<em><b>Keeps</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATES__KEEPS = eINSTANCE.getUpdates_Keeps();

		/**
		 * The meta object literal for the '<em><b>Ready</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference UPDATES__READY = eINSTANCE.getUpdates_Ready();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATES__URL = eINSTANCE.getUpdates_Url();

		/**
		 * The meta object literal for the '<em><b>Check</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATES__CHECK = eINSTANCE.getUpdates_Check();

		/**
		 * The meta object literal for the '<em><b>Apply</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATES__APPLY = eINSTANCE.getUpdates_Apply();

		/**
		 * The meta object literal for the '<em><b>Reboot Window</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATES__REBOOT_WINDOW = eINSTANCE.getUpdates_RebootWindow();

		/**
		 * The meta object literal for the '<em><b>Ready Timeout</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATES__READY_TIMEOUT = eINSTANCE.getUpdates_ReadyTimeout();

		/**
		 * The meta object literal for the '<em><b>Data Size Mb</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATES__DATA_SIZE_MB = eINSTANCE.getUpdates_DataSizeMb();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.UpdateChannelImpl <em>Update Channel</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.UpdateChannelImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getUpdateChannel()
		 * @generated
		 */
		EClass UPDATE_CHANNEL = eINSTANCE.getUpdateChannel();

		/**
		 * The meta object literal for the '<em><b>Name</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute UPDATE_CHANNEL__NAME = eINSTANCE.getUpdateChannel_Name();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.KeptPathImpl <em>Kept Path</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.KeptPathImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getKeptPath()
		 * @generated
		 */
		EClass KEPT_PATH = eINSTANCE.getKeptPath();

		/**
		 * The meta object literal for the '<em><b>Path</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute KEPT_PATH__PATH = eINSTANCE.getKeptPath_Path();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.ReadyCheckImpl <em>Ready Check</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.ReadyCheckImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getReadyCheck()
		 * @generated
		 */
		EClass READY_CHECK = eINSTANCE.getReadyCheck();

		/**
		 * The meta object literal for the '<em><b>Http</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READY_CHECK__HTTP = eINSTANCE.getReadyCheck_Http();

		/**
		 * The meta object literal for the '<em><b>Command</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute READY_CHECK__COMMAND = eINSTANCE.getReadyCheck_Command();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.OvfPropertiesImpl <em>Ovf Properties</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.OvfPropertiesImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getOvfProperties()
		 * @generated
		 */
		EClass OVF_PROPERTIES = eINSTANCE.getOvfProperties();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OVF_PROPERTIES__ENTRIES = eINSTANCE.getOvfProperties_Entries();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.OvfPropertyImpl <em>Ovf Property</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.OvfPropertyImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getOvfProperty()
		 * @generated
		 */
		EClass OVF_PROPERTY = eINSTANCE.getOvfProperty();

		/**
		 * The meta object literal for the '<em><b>Key</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVF_PROPERTY__KEY = eINSTANCE.getOvfProperty_Key();

		/**
		 * The meta object literal for the '<em><b>Type</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVF_PROPERTY__TYPE = eINSTANCE.getOvfProperty_Type();

		/**
		 * The meta object literal for the '<em><b>Default Value</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVF_PROPERTY__DEFAULT_VALUE = eINSTANCE.getOvfProperty_DefaultValue();

		/**
		 * The meta object literal for the '<em><b>Label</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVF_PROPERTY__LABEL = eINSTANCE.getOvfProperty_Label();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVF_PROPERTY__DESCRIPTION = eINSTANCE.getOvfProperty_Description();

		/**
		 * The meta object literal for the '<em><b>User Configurable</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVF_PROPERTY__USER_CONFIGURABLE = eINSTANCE.getOvfProperty_UserConfigurable();

		/**
		 * The meta object literal for the '<em><b>Required</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OVF_PROPERTY__REQUIRED = eINSTANCE.getOvfProperty_Required();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.OutputsImpl <em>Outputs</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.OutputsImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getOutputs()
		 * @generated
		 */
		EClass OUTPUTS = eINSTANCE.getOutputs();

		/**
		 * The meta object literal for the '<em><b>Entries</b></em>' containment reference list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference OUTPUTS__ENTRIES = eINSTANCE.getOutputs_Entries();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.OutputImpl <em>Output</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.OutputImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getOutput()
		 * @generated
		 */
		EClass OUTPUT = eINSTANCE.getOutput();

		/**
		 * The meta object literal for the '<em><b>Format</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT__FORMAT = eINSTANCE.getOutput_Format();

		/**
		 * The meta object literal for the '<em><b>Compressed</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT__COMPRESSED = eINSTANCE.getOutput_Compressed();

		/**
		 * The meta object literal for the '<em><b>Ovf Version</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute OUTPUT__OVF_VERSION = eINSTANCE.getOutput_OvfVersion();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.ListingImpl <em>Listing</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.ListingImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getListing()
		 * @generated
		 */
		EClass LISTING = eINSTANCE.getListing();

		/**
		 * The meta object literal for the '<em><b>Title</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__TITLE = eINSTANCE.getListing_Title();

		/**
		 * The meta object literal for the '<em><b>Pricing</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__PRICING = eINSTANCE.getListing_Pricing();

		/**
		 * The meta object literal for the '<em><b>Summary</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__SUMMARY = eINSTANCE.getListing_Summary();

		/**
		 * The meta object literal for the '<em><b>Description</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__DESCRIPTION = eINSTANCE.getListing_Description();

		/**
		 * The meta object literal for the '<em><b>Categories</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__CATEGORIES = eINSTANCE.getListing_Categories();

		/**
		 * The meta object literal for the '<em><b>Screenshots</b></em>' attribute list feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__SCREENSHOTS = eINSTANCE.getListing_Screenshots();

		/**
		 * The meta object literal for the '<em><b>Support</b></em>' containment reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference LISTING__SUPPORT = eINSTANCE.getListing_Support();

		/**
		 * The meta object literal for the '<em><b>Release Notes</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute LISTING__RELEASE_NOTES = eINSTANCE.getListing_ReleaseNotes();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.impl.SupportContactImpl <em>Support Contact</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.impl.SupportContactImpl
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getSupportContact()
		 * @generated
		 */
		EClass SUPPORT_CONTACT = eINSTANCE.getSupportContact();

		/**
		 * The meta object literal for the '<em><b>Email</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_CONTACT__EMAIL = eINSTANCE.getSupportContact_Email();

		/**
		 * The meta object literal for the '<em><b>Url</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute SUPPORT_CONTACT__URL = eINSTANCE.getSupportContact_Url();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.Architecture <em>Architecture</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.Architecture
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getArchitecture()
		 * @generated
		 */
		EEnum ARCHITECTURE = eINSTANCE.getArchitecture();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.NetworkConfiguration <em>Network Configuration</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.NetworkConfiguration
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getNetworkConfiguration()
		 * @generated
		 */
		EEnum NETWORK_CONFIGURATION = eINSTANCE.getNetworkConfiguration();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.Protocol <em>Protocol</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.Protocol
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getProtocol()
		 * @generated
		 */
		EEnum PROTOCOL = eINSTANCE.getProtocol();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.Firmware <em>Firmware</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.Firmware
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getFirmware()
		 * @generated
		 */
		EEnum FIRMWARE = eINSTANCE.getFirmware();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.DiskController <em>Disk Controller</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.DiskController
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getDiskController()
		 * @generated
		 */
		EEnum DISK_CONTROLLER = eINSTANCE.getDiskController();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.PropertyType <em>Property Type</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.PropertyType
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getPropertyType()
		 * @generated
		 */
		EEnum PROPERTY_TYPE = eINSTANCE.getPropertyType();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.OvfVersion <em>Ovf Version</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.OvfVersion
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getOvfVersion()
		 * @generated
		 */
		EEnum OVF_VERSION = eINSTANCE.getOvfVersion();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.PricingModel <em>Pricing Model</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.PricingModel
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getPricingModel()
		 * @generated
		 */
		EEnum PRICING_MODEL = eINSTANCE.getPricingModel();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.Target <em>Target</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.Target
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getTarget()
		 * @generated
		 */
		EEnum TARGET = eINSTANCE.getTarget();

		/**
		 * The meta object literal for the '{@link dev.kiln.model.UpdateApply <em>Update Apply</em>}' enum.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see dev.kiln.model.UpdateApply
		 * @see dev.kiln.model.impl.AppliancePackageImpl#getUpdateApply()
		 * @generated
		 */
		EEnum UPDATE_APPLY = eINSTANCE.getUpdateApply();

	}

} //AppliancePackage
