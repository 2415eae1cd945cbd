package dev.kiln.publish.internal;

import dev.kiln.image.text.Texts;

/**
 * The user-visible texts of dev.kiln.publish, from publishtext.properties, keyed {@code Class_message}; a
 * {@link Texts} class (the publisher runs without OSGi's NLS, also on a plain class path).
 */
public final class PublishText extends Texts {

	// Listing rules (dev.kiln.publish.ListingRules)
	public static String ListingRules_required;
	public static String ListingRules_titleTooLong;
	public static String ListingRules_summaryLength;
	public static String ListingRules_noCategory;
	public static String ListingRules_unknownCategory;
	public static String ListingRules_noImages;
	public static String ListingRules_imageMissing;
	public static String ListingRules_fileMissing;
	public static String ListingRules_fileType;
	public static String ListingRules_fileTooLarge;
	public static String ListingRules_versionPublished;
	public static String ListingRules_logo;
	public static String ListingRules_screenshot;
	public static String ListingRules_containerDiskNeedsQcow2;

	// Marketplace providers (dev.kiln.publish.Marketplaces)
	public static String Marketplaces_noProvider;

	// Release signatures (dev.kiln.publish.ReleaseSignature)
	public static String Signature_notObject;
	public static String Signature_missingField;
	public static String Signature_unreadable;

	// OCI registry client (dev.kiln.publish.internal.oci)
	public static String Oci_unreachable;
	public static String Oci_authenticationFailed;
	public static String Oci_noCredentials;
	public static String Oci_forbidden;
	public static String Oci_unexpected;
	public static String Oci_tokenFailed;
	public static String Oci_notAppliance;
	public static String Oci_notFound;
	public static String Oci_digestMismatch;
	public static String Oci_resumeGaveUp;
	public static String Oci_cancelled;
	public static String Oci_readFailed;
	public static String Oci_writeFailed;
	public static String Oci_listingRejected;
	public static String Oci_signFailed;
	public static String Oci_interrupted;
	public static String Oci_untrusted;
	public static String Oci_untrustedWithCa;
	public static String Oci_caCertificateUnusable;
	public static String Oci_describe;
	public static String Oci_catalogNoTags;
	public static String Oci_catalogNotAppliance;
	public static String Oci_signatureUnreadable;
	public static String Oci_checking;
	public static String Oci_hasBlob;
	public static String Oci_uploading;
	public static String Oci_publishingManifest;
	public static String Oci_downloading;
	public static String Oci_sameName;
	public static String Oci_signatureWithoutLayer;
	public static String Oci_fileShorter;
	public static String Oci_resuming;
	public static String Oci_sessionLost;
	public static String Oci_packingContainerDisk;
	public static String Oci_hasContainerDiskLayer;
	public static String Oci_uploadingContainerDisk;
	public static String Oci_temporaryFile;
	public static String Oci_notJsonObject;
	public static String Oci_notJson;
	public static String Oci_theManifest;
	public static String Oci_notImageManifest;
	public static String Oci_theImageIndex;
	public static String Oci_theListing;
	public static String Oci_theTokenAnswer;
	public static String Oci_noSuchFile;
	public static String Oci_noLocation;
	public static String Oci_ofUser;
	public static String Oci_connectionRefused;
	public static String Oci_noAnswer;
	public static String Oci_noPemCertificate;
	public static String Oci_noTrustManager;

	// Release SBOMs (dev.kiln.publish.ReleaseSbom, dev.kiln.publish.internal.oci.SbomReader)
	public static String Sbom_what;
	public static String Sbom_notCycloneDx;
	public static String Sbom_badComponent;
	public static String Sbom_badState;
	public static String Oci_sbomWithoutLayer;
	public static String Oci_sbomUnreadable;

	// Storefront (dev.kiln.publish.storefront, dev.kiln.publish.internal.storefront)
	public static String Storefront_siteTitle;
	public static String Storefront_skippedRepository;
	public static String Storefront_skippedVersion;
	public static String Storefront_noRelease;
	public static String Storefront_badRepository;
	public static String Storefront_reading;
	public static String Storefront_writing;
	public static String Storefront_cancelled;
	public static String Storefront_assetMissing;
	public static String Storefront_outsideSite;
	public static String Storefront_skipToContent;
	public static String Storefront_footer;
	public static String Storefront_searchLabel;
	public static String Storefront_categoryLabel;
	public static String Storefront_allCategories;
	public static String Storefront_countNone;
	public static String Storefront_countOne;
	public static String Storefront_countMany;
	public static String Storefront_logoAlt;
	public static String Storefront_vendor;
	public static String Storefront_latestVersion;
	public static String Storefront_categories;
	public static String Storefront_license;
	public static String Storefront_pricing;
	public static String Storefront_breadcrumb;
	public static String Storefront_allAppliances;
	public static String Storefront_about;
	public static String Storefront_screenshots;
	public static String Storefront_screenshotAlt;
	public static String Storefront_hardware;
	public static String Storefront_cpus;
	public static String Storefront_memory;
	public static String Storefront_disk;
	public static String Storefront_firmware;
	public static String Storefront_mebibytes;
	public static String Storefront_support;
	public static String Storefront_supportEmail;
	public static String Storefront_supportUrl;
	public static String Storefront_downloadHeading;
	public static String Storefront_olderVersions;
	public static String Storefront_version;
	public static String Storefront_manifestDigest;
	public static String Storefront_signedBy;
	public static String Storefront_unsigned;
	public static String Storefront_badSignature;
	public static String Storefront_releaseNotes;
	public static String Storefront_eula;
	public static String Storefront_accept;
	public static String Storefront_gateNote;
	public static String Storefront_downloads;
	public static String Storefront_file;
	public static String Storefront_format;
	public static String Storefront_size;
	public static String Storefront_sha256;
	public static String Storefront_commandLine;
	public static String Storefront_noSbom;
	public static String Storefront_unreadableSbom;
	public static String Storefront_badSbom;
	public static String Storefront_checking;
	public static String Storefront_notChecked;
	public static String Storefront_securityHeading;
	public static String Storefront_securityUpToDate;
	public static String Storefront_securityPendingOne;
	public static String Storefront_securityPendingMany;
	public static String Storefront_securityFix;
	public static String Storefront_securityFixWithoutCve;
	public static String Storefront_securityOtherOne;
	public static String Storefront_securityOtherMany;
	public static String Storefront_securityNotChecked;
	public static String Storefront_securityTime;
	public static String Storefront_badgeUpToDate;
	public static String Storefront_badgePendingOne;
	public static String Storefront_badgePendingMany;
	public static String Storefront_badgeNotChecked;
	public static String Storefront_changesHeading;
	public static String Storefront_changesUpgraded;
	public static String Storefront_changesDowngraded;
	public static String Storefront_changesAdded;
	public static String Storefront_changesRemoved;
	public static String Storefront_changedPackage;
	public static String Storefront_changedPackageWithoutPocket;
	public static String Storefront_listedPackage;
	public static String Storefront_listedPackageWithoutPocket;
	public static String Storefront_changesNone;
	public static String Storefront_changesUnknown;
	public static String Storefront_changeFixes;
	public static String Storefront_deploy;
	public static String Storefront_deployFile;
	public static String Storefront_deploy_ova_vsphere_title;
	public static String Storefront_deploy_ova_vsphere_steps;
	public static String Storefront_deploy_ova_vsphere_code;
	public static String Storefront_deploy_ova_virtualbox_title;
	public static String Storefront_deploy_ova_virtualbox_steps;
	public static String Storefront_deploy_ova_virtualbox_code;
	public static String Storefront_deploy_ova_proxmox_title;
	public static String Storefront_deploy_ova_proxmox_steps;
	public static String Storefront_deploy_ova_proxmox_code;
	public static String Storefront_deploy_qcow2_qemu_title;
	public static String Storefront_deploy_qcow2_qemu_steps;
	public static String Storefront_deploy_qcow2_qemu_code;
	public static String Storefront_deploy_qcow2_proxmox_title;
	public static String Storefront_deploy_qcow2_proxmox_steps;
	public static String Storefront_deploy_qcow2_proxmox_code;
	public static String Storefront_deploy_qcow2_kubevirt_title;
	public static String Storefront_deploy_qcow2_kubevirt_steps;
	public static String Storefront_deploy_qcow2_kubevirt_code;
	public static String Storefront_deploy_qcow2_kubevirt_published_title;
	public static String Storefront_deploy_qcow2_kubevirt_published_steps;
	public static String Storefront_deploy_qcow2_kubevirt_published_code;
	public static String Storefront_deploy_vmdk_vmware_title;
	public static String Storefront_deploy_vmdk_vmware_steps;
	public static String Storefront_deploy_vmdk_vmware_code;
	public static String Storefront_deploy_vmdk_virtualbox_title;
	public static String Storefront_deploy_vmdk_virtualbox_steps;
	public static String Storefront_deploy_vmdk_virtualbox_code;
	public static String Storefront_deploy_raw_qemu_title;
	public static String Storefront_deploy_raw_qemu_steps;
	public static String Storefront_deploy_raw_qemu_code;
	public static String Storefront_deploy_raw_aws_title;
	public static String Storefront_deploy_raw_aws_steps;
	public static String Storefront_deploy_raw_aws_code;
	public static String Storefront_deploy_vhd_azure_title;
	public static String Storefront_deploy_vhd_azure_steps;
	public static String Storefront_deploy_vhd_azure_code;
	public static String Storefront_deploy_vhd_hyperv_title;
	public static String Storefront_deploy_vhd_hyperv_steps;
	public static String Storefront_deploy_vhd_hyperv_code;
	public static String Storefront_deploy_gce_gcp_title;
	public static String Storefront_deploy_gce_gcp_steps;
	public static String Storefront_deploy_gce_gcp_code;
	public static String Storefront_deploy_vagrant_libvirt_vagrant_title;
	public static String Storefront_deploy_vagrant_libvirt_vagrant_steps;
	public static String Storefront_deploy_vagrant_libvirt_vagrant_code;
	public static String UpdateIndex_notIndex;
	public static String UpdateIndex_noLayer;
	public static String UpdateIndex_unreadable;
	public static String UpdateIndex_otherAppliance;
	public static String UpdateIndex_unsigned;
	public static String UpdateIndex_notSigned;
	public static String UpdateIndex_updating;
	public static String UpdateIndex_failed;
	public static String Storefront_updateChannelName;
	public static String Storefront_updateIndexUnreadable;
	public static String Storefront_updateBundleName;
	public static String Storefront_updateBundleMissing;
	public static String Storefront_fetchingBundle;
	public static String Storefront_updates;
	public static String Storefront_updatesFrom;
	public static String Storefront_updateChannels;
	public static String Storefront_updatesHowTo;
	public static String Storefront_updatesPlaceholder;

	static {
		initializeTexts(PublishText.class.getPackageName() + ".publishtext", PublishText.class); //$NON-NLS-1$
	}

	private PublishText() {
	}
}
