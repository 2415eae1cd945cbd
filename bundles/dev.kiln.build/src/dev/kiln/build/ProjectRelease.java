package dev.kiln.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.debian.PocketState;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Listing;
import dev.kiln.publish.Release;

/**
 * The release of an appliance project that was built: the images of the chosen formats in the build's
 * output folder ({@code <id>-<version>.<format>}, as the engine names them), the listing of the manifest
 * with the release notes given when publishing, logo and screenshots, and for an appliance with updates the update
 * bundle ({@code <id>-<version>.raucb}). Which images are missing is said
 * before anything else, so a publish that runs before the build fails with a plain "build first".
 */
public final class ProjectRelease {

	private ProjectRelease() {
	}

	/** The order of a release's images, the Publish wizard's: OVA first, then qcow2, VMDK, the cloud disks and raw. */
	static final List<String> ORDER = List.of("ova", "qcow2", "vmdk", "vhd", "gce", "vagrant-libvirt", "raw"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	/**
	 * The formats published when none are chosen: those the manifest asks for, but raw (a raw disk is
	 * what the other formats are made from, not something customers download), in the order of
	 * {@link ProjectOutputs#existing}, so that the release is the one the Publish wizard makes.
	 */
	public static List<String> defaultFormats(Appliance appliance) {
		List<String> wanted = ProjectOutputs.wanted(appliance);
		List<String> formats = new ArrayList<>(ORDER.stream().filter(wanted::contains).toList());
		formats.remove(OutputFormat.RAW.name().toLowerCase(Locale.ROOT));
		return formats.isEmpty() ? wanted : formats;
	}

	/** The image files of {@code formats} in {@code imagesFolder}, whether they exist or not. */
	public static List<Release.Image> images(Appliance appliance, Path imagesFolder, List<String> formats) {
		return formats.stream()
				.map(format -> new Release.Image(format, imagesFolder.resolve(ProjectOutputs.fileName(appliance, format)), null))
				.toList();
	}

	/** The images that do not exist (yet). */
	public static List<Path> missing(List<Release.Image> images) {
		return images.stream().map(Release.Image::file).filter(file -> !Files.isRegularFile(file)).toList();
	}

	/**
	 * The release of the manifest and images.
	 *
	 * @param releaseNotes     replaces the manifest's release notes when not {@code null}
	 * @param sourceDateEpoch  the release's time stamp in seconds (the build's)
	 */
	public static Release release(Appliance appliance, Path projectRoot, List<Release.Image> images, String releaseNotes,
			long sourceDateEpoch) {
		Listing listing = ReleaseMapper.listing(appliance, projectRoot);
		if (releaseNotes != null) {
			listing = new Listing(listing.id(), listing.name(), listing.version(), listing.vendor(), listing.title(), listing.summary(),
					listing.description(), listing.categories(), releaseNotes, listing.pricing(), listing.license(), listing.eula(),
					listing.support(), listing.hardware(), listing.logo(), listing.screenshots());
		}
		return ReleaseMapper.release(appliance, projectRoot, listing, images, packages(appliance, images), sourceDateEpoch)
				.withArchiveState(archiveState(appliance, images))
				.withUpdate(images.isEmpty() || images.get(0).file().getParent() == null ? null : updateBundle(appliance, images.get(0).file().getParent()));
	}

	/** The file name the build gives the update bundle of an appliance with updates: {@code <id>-<version>.raucb}. */
	public static String updateBundleName(Appliance appliance) {
		return appliance.getId() + "-" + appliance.getVersion() + "." + ImageEngine.UPDATE_BUNDLE_EXTENSION; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The update bundle the build wrote into {@code imagesFolder} for an appliance with {@code <updates>} (ADR 026), listed
	 * in the manifest's first channel; {@code null} when the appliance has no updates or the bundle is not there.
	 */
	public static Release.UpdateBundle updateBundle(Appliance appliance, Path imagesFolder) {
		Path file = imagesFolder.resolve(updateBundleName(appliance));
		if (appliance.getUpdates() == null || !Files.isRegularFile(file)) {
			return null;
		}
		return new Release.UpdateBundle(file, null, defaultChannel(appliance));
	}

	/** The channel a publish lists the update bundle in unless told otherwise: the manifest's first, {@code stable} when none. */
	public static String defaultChannel(Appliance appliance) {
		List<String> channels = channels(appliance);
		return channels.isEmpty() ? RecipeMapper.DEFAULT_CHANNEL : channels.get(0);
	}

	/** The update channels a deployed appliance may follow, {@code stable} when the manifest names none; empty without {@code <updates>}. */
	public static List<String> channels(Appliance appliance) {
		BuildRecipe.Updates updates = RecipeMapper.updates(appliance.getUpdates());
		return updates == null ? List.of() : updates.channels();
	}

	/** The archive state the build that wrote the images recorded next to them ({@link ArchiveStateFile}), for the SBOM. */
	public static List<PocketState> archiveState(Appliance appliance, List<Release.Image> images) {
		if (images.isEmpty() || images.get(0).file().getParent() == null) {
			return List.of();
		}
		try {
			return ArchiveStateFile.read(images.get(0).file().getParent(), appliance.getId(), appliance.getVersion());
		} catch (java.io.IOException e) {
			return List.of(); // an unreadable record: the SBOM names no archive state
		}
	}

	/** The packages the build that wrote the images listed next to them ({@link PackageList}). */
	public static List<BuildReport.InstalledPackage> packages(Appliance appliance, List<Release.Image> images) {
		if (images.isEmpty() || images.get(0).file().getParent() == null) {
			return List.of();
		}
		try {
			return PackageList.read(images.get(0).file().getParent(), appliance.getId(), appliance.getVersion());
		} catch (java.io.IOException e) {
			return List.of(); // an unreadable list: the SBOM names the appliance only
		}
	}
}
