package dev.kiln.cli.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of the kiln command; see clitext.properties. */
public final class CliText extends NLS {

	public static String KilnCommandLine_overview;
	public static String KilnCommandLine_unknownCommand;
	public static String KilnCommandLine_seeHelp;
	public static String Arguments_unknownOption;
	public static String Arguments_missingValue;
	public static String Arguments_twice;
	public static String Arguments_missing;
	public static String Arguments_tooMany;
	public static String ProjectArgument_noManifest;
	public static String ProjectArgument_notFound;
	public static String ProjectArgument_notAProject;
	public static String Validate_summary;
	public static String Validate_help;
	public static String Validate_what;
	public static String Validate_clean;
	public static String Validate_count;
	public static String Build_summary;
	public static String Build_help;
	public static String Build_what;
	public static String Build_badEpoch;
	public static String Build_badSigningKey;
	public static String Build_nothingBuilt;
	public static String Build_starting;
	public static String Build_cancelled;
	public static String Build_steps;
	public static String Build_stepTime;
	public static String Build_baseCached;
	public static String Build_baseBuilt;
	public static String Build_done;
	public static String Build_badSize;
	public static String Cache_summary;
	public static String Cache_help;
	public static String Cache_action;
	public static String Cache_unknownAction;
	public static String Cache_listOptions;
	public static String Cache_badDays;
	public static String Cache_failed;
	public static String Cache_kind;
	public static String Cache_size;
	public static String Cache_lastUsed;
	public static String Cache_inUse;
	public static String Cache_entry;
	public static String Cache_yes;
	public static String Cache_no;
	public static String Cache_stale;
	public static String Cache_total;
	public static String Cache_pruned;
	public static String Storefront_summary;
	public static String Storefront_help;
	public static String Storefront_action;
	public static String Storefront_folder;
	public static String Storefront_noAction;
	public static String Storefront_unknownAction;
	public static String Storefront_missingOption;
	public static String Storefront_badRegistry;
	public static String Storefront_badMirror;
	public static String Storefront_badPort;
	public static String Storefront_noSite;
	public static String Storefront_generated;
	public static String Storefront_serving;
	public static String Storefront_serveFailed;
	public static String Storefront_cannotOpen;
	public static String Registry_missingOption;
	public static String Registry_badRepository;
	public static String Registry_badUrl;
	public static String Registry_halfCredentials;
	public static String Verify_summary;
	public static String Verify_help;
	public static String Verify_what;
	public static String Verify_badReference;
	public static String Verify_releaseUnsigned;
	public static String Verify_releaseRejected;
	public static String Verify_releaseIntact;
	public static String Verify_releaseSignatureInvalid;
	public static String Verify_otherSigner;
	public static String Verify_signerNotTrusted;
	public static String Verify_reading;
	public static String Verify_badTrust;
	public static String Verify_broken;
	public static String Verify_cancelled;
	public static String Verify_unreadable;
	public static String Verify_trusted;
	public static String Verify_selfSigned;
	public static String Verify_untrusted;
	public static String Verify_problems;
	public static String Verify_noManifest;
	public static String Verify_notTrusted;
	public static String Verify_intact;
	public static String Publish_summary;
	public static String Publish_help;
	public static String Publish_nothingUploaded;
	public static String Publish_notBuilt;
	public static String Publish_starting;
	public static String Publish_unsigned;
	public static String Publish_signedBy;
	public static String Publish_done;
	public static String Publish_listingRejected;
	public static String Publish_badFormat;
	public static String Publish_notesTwice;
	public static String Publish_storefrontFailed;
	public static String Catalog_summary;
	public static String Catalog_help;
	public static String Catalog_noArguments;
	public static String Catalog_reading;
	public static String Catalog_cancelled;
	public static String Catalog_count;
	public static String Audit_summary;
	public static String Audit_help;
	public static String Audit_what;
	public static String Audit_suiteOnlyForReleases;
	public static String Audit_manifestErrors;
	public static String Audit_notBuilt;
	public static String Audit_unreadableList;
	public static String Audit_noPackages;
	public static String Audit_noSbom;
	public static String Audit_unreadableSbom;
	public static String Audit_sbomWithoutPackages;
	public static String Audit_noSuite;
	public static String Audit_badMirror;
	public static String Audit_starting;
	public static String Audit_cancelled;
	public static String Audit_upToDate;
	public static String Audit_pending;

	static {
		NLS.initializeMessages(CliText.class.getPackageName() + ".clitext", CliText.class); //$NON-NLS-1$
	}

	private CliText() {
	}
}
