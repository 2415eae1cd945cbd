package dev.kiln.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of dev.kiln.ui; see uitext.properties. */
public final class UIText extends NLS {

	// Publish to Marketplace wizard and Marketplace Catalog view
	public static String PublishWizard_title;
	public static String PublishWizard_noProject;
	public static String PublishWizard_manifestErrors;
	public static String PublishWizard_storeFailed;
	public static String PublishJob_name;
	public static String TargetPage_title;
	public static String TargetPage_description;
	public static String TargetPage_saved;
	public static String TargetPage_new;
	public static String TargetPage_name;
	public static String TargetPage_url;
	public static String TargetPage_repository;
	public static String TargetPage_user;
	public static String TargetPage_password;
	public static String TargetPage_passwordStored;
	public static String TargetPage_testConnection;
	public static String TargetPage_testing;
	public static String TargetPage_connected;
	public static String TargetPage_nameMissing;
	public static String TargetPage_urlInvalid;
	public static String TargetPage_unfinished;
	public static String ListingPage_title;
	public static String ListingPage_description;
	public static String ListingPage_version;
	public static String ListingPage_listingTitle;
	public static String ListingPage_summary;
	public static String ListingPage_categories;
	public static String ListingPage_listingDescription;
	public static String ListingPage_releaseNotes;
	public static String ImagesPage_title;
	public static String ImagesPage_description;
	public static String ImagesPage_build;
	public static String ImagesPage_buildJob;
	public static String ImagesPage_building;
	public static String ImagesPage_built;
	public static String ImagesPage_image;
	public static String ImagesPage_notBuilt;
	public static String ImagesPage_buildFirst;
	public static String ImagesPage_noneChosen;
	public static String ReviewPage_title;
	public static String ReviewPage_description;
	public static String ReviewPage_checking;
	public static String ReviewPage_rulesPassed;
	public static String ReviewPage_image;
	public static String ReviewPage_signed;
	public static String ResultPage_title;
	public static String ResultPage_publishing;
	public static String ResultPage_published;
	public static String ResultPage_cancel;
	public static String ResultPage_cancelled;
	public static String ResultPage_reference;
	public static String ResultPage_digest;
	public static String ResultPage_copyReference;
	public static String ResultPage_copyDigest;
	public static String ResultPage_showInCatalog;
	public static String ResultPage_done;
	public static String CatalogView_marketplace;
	public static String CatalogView_refresh;
	public static String CatalogView_downloadTo;
	public static String CatalogView_download;
	public static String CatalogView_noMarketplace;
	public static String CatalogView_loading;
	public static String CatalogView_loadJob;
	public static String CatalogView_loaded;
	public static String CatalogView_releaseJob;
	public static String CatalogView_downloadJob;
	public static String CatalogView_downloaded;
	public static String CatalogView_categories;
	public static String CatalogView_vendor;
	public static String CatalogView_releaseNotes;
	public static String CatalogView_digest;

	public static String ImportProjectsOnStartup_jobName;
	public static String ImportProjectsOnStartup_failed;
	public static String NewApplianceProjectWizard_title;
	public static String ApplianceProjectPage_title;
	public static String ApplianceProjectPage_description;
	public static String ApplianceProjectPage_template;
	public static String ConvertToApplianceProject_jobName;
	public static String ConvertToApplianceProject_failed;

	static {
		NLS.initializeMessages(UIText.class.getPackageName() + ".uitext", UIText.class); //$NON-NLS-1$
	}

	private UIText() {
	}
}
