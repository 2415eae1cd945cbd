package dev.kiln.core.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of dev.kiln.core; see coretext.properties. */
public final class CoreText extends NLS {

	public static String ExistingProjectImporter_noProjects;
	public static String ExistingProjectImporter_cannotList;
	public static String ExistingProjectImporter_nameTaken;
	public static String ApplianceBuilder_noManifest;
	public static String ApplianceProjectCreator_exists;
	public static String ApplianceProjectCreator_creating;
	public static String ApplianceProjectCreator_noTemplate;
	public static String ApplianceProjectCreator_cannotRead;
	public static String ApplianceProjectCreator_defaultVendor;
	public static String ApplianceTemplate_minimalLabel;
	public static String ApplianceTemplate_minimalDescription;
	public static String ApplianceTemplate_webLabel;
	public static String ApplianceTemplate_webDescription;
	public static String ApplianceTemplate_databaseLabel;
	public static String ApplianceTemplate_databaseDescription;
	public static String ApplianceBuildJob_name;
	public static String ApplianceBuildJob_noLocation;
	public static String ApplianceBuildJob_invalidManifest;
	public static String ApplianceBuildJob_failed;
	public static String ApplianceBuildJob_unsigned;
	public static String ApplianceBuildJob_identityCannotSignOva;
	public static String VendorIdentityStore_unreadable;
	public static String VendorIdentityStore_notSaved;
	public static String VendorIdentityStore_none;
	public static String VendorIdentityStore_notExported;
	public static String VendorIdentityStore_notMigrated;
	public static String VendorIdentityStore_migratedName;
	public static String PublishJob_name;
	public static String StorefrontJob_name;
	public static String ListingWriteBack_job;
	public static String ListingWriteBack_unreadable;
	public static String ListingWriteBack_failed;
	public static String MaintenanceCheckJob_name;
	public static String MaintenanceCheckJob_manifestErrors;
	public static String MaintenanceCheckJob_notBuilt;
	public static String MaintenanceCheckJob_noPackages;
	public static String MaintenanceCheckJob_failed;
	public static String MaintenanceCheckJob_securityFix;
	public static String MaintenanceCheckJob_securityFixWithCves;
	public static String MaintenanceWatch_name;
	public static String ReleaseCheckJob_name;
	public static String ReleaseCheckJob_noSbom;
	public static String ReleaseCheckJob_notRecorded;
	public static String ReleaseCheckJob_failed;

	static {
		NLS.initializeMessages(CoreText.class.getPackageName() + ".coretext", CoreText.class); //$NON-NLS-1$
	}

	private CoreText() {
	}
}
