package dev.kiln.build.internal;

import dev.kiln.image.text.Texts;

/**
 * The user-visible texts of dev.kiln.build, from buildtext.properties, keyed {@code Class_message}; a
 * {@link Texts} class (the build runs without OSGi's NLS: benchmarks, the Maven plug-in).
 */
public final class BuildText extends Texts {

	// Building an appliance (dev.kiln.build.ApplianceBuild)
	public static String ApplianceBuild_invalidManifest;
	public static String ApplianceBuild_cannotWrite;
	public static String ApplianceBuild_cannotWriteRecords;
	public static String ApplianceBuild_unknownPackage;

	// The maintenance audit's summary line (dev.kiln.build.MaintenanceReport)
	public static String MaintenanceReport_upToDate;
	public static String MaintenanceReport_onlyOther;
	public static String MaintenanceReport_pending;

	// Publishing a built release (dev.kiln.build.ReleasePublisher)
	public static String ReleasePublisher_listingRejected;
	public static String ManifestVersion_notSemver;
	public static String ManifestVersion_noVersion;
	public static String ReleaseNotes_fixes;
	public static String ReleaseNotes_securityNoCves;
	public static String ReleaseNotes_maintenance;
	public static String ReleaseNotes_securityFixes;
	public static String ReleaseNotes_otherUpdates;
	public static String ReleaseNotes_added;
	public static String ReleaseNotes_removed;
	public static String ReleaseNotes_change;
	public static String PatchRelease_latest;
	public static String PatchRelease_nothingPublished;
	public static String PatchRelease_noSbom;
	public static String PatchRelease_nothingPending;
	public static String PatchRelease_building;
	public static String PatchRelease_stillPending;
	public static String PatchRelease_cannotRestore;
	public static String ReleasePublisher_storefront;

	// The maintenance watch (dev.kiln.build.MaintenanceAudit)
	public static String MaintenanceAudit_readingPockets;
	public static String MaintenanceAudit_readingChangelogs;
	public static String MaintenanceAudit_badVersion;
	public static String MaintenanceAudit_waiting;
	public static String MaintenanceAudit_pocketUnusable;
	public static String MaintenanceAudit_securityUnreachable;

	// The storefront's security check (dev.kiln.build.ReleaseSecurityCheck)
	public static String ReleaseSecurityCheck_noPackages;
	public static String ReleaseSecurityCheck_noPockets;
	public static String ReleaseSecurityCheck_manyReleases;

	// The update test (dev.kiln.build.UpdateTest)
	public static String UpdateTest_noUpdates;
	public static String UpdateTest_notBuilt;
	public static String UpdateTest_noIdentity;
	public static String UpdateTest_finding;
	public static String UpdateTest_notPublished;
	public static String UpdateTest_notOlder;
	public static String UpdateTest_nothingBefore;
	public static String UpdateTest_noDisk;
	public static String UpdateTest_downloading;
	public static String UpdateTest_cannotDownload;
	public static String UpdateTest_cannotServe;
	public static String UpdateTest_booting;
	public static String UpdateTest_updating;
	public static String UpdateTest_cannotStart;
	public static String UpdateTest_noAgent;
	public static String UpdateTest_machineEnded;
	public static String UpdateTest_timedOut;
	public static String UpdateTest_passed;
	public static String UpdateTest_failed;
	public static String UpdateTest_cannotRecord;

	static {
		initializeTexts(BuildText.class.getPackageName() + ".buildtext", BuildText.class); //$NON-NLS-1$
	}

	private BuildText() {
	}
}
