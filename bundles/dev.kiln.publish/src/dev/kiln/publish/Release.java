package dev.kiln.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.BuildReport;
import dev.kiln.image.debian.PocketState;

/**
 * A release to publish: the listing, the images the build wrote, logo and screenshots, and the
 * packages in the image with the state of the archive pockets they came from (the SBOM). The file
 * names are the names customers download.
 *
 * @param created       the release's time stamp (Kiln uses SOURCE_DATE_EPOCH, so re-publishing is byte-identical)
 * @param archiveState  the state of each pocket the build took packages from; empty when not known
 * @param update        the update payload of an appliance with updates (ADR 026), or {@code null}
 */
public record Release(Listing listing, List<Image> images, Path logo, List<Path> screenshots,
		List<BuildReport.InstalledPackage> packages, Instant created, List<PocketState> archiveState, UpdateBundle update) {

	public Release {
		Objects.requireNonNull(listing);
		images = List.copyOf(images);
		screenshots = screenshots == null ? List.of() : List.copyOf(screenshots);
		packages = packages == null ? List.of() : List.copyOf(packages);
		Objects.requireNonNull(created);
		archiveState = archiveState == null ? List.of() : List.copyOf(archiveState);
	}

	/** A release without an update payload. */
	public Release(Listing listing, List<Image> images, Path logo, List<Path> screenshots, List<BuildReport.InstalledPackage> packages,
			Instant created, List<PocketState> archiveState) {
		this(listing, images, logo, screenshots, packages, created, archiveState, null);
	}

	/** A release whose archive state is not known. */
	public Release(Listing listing, List<Image> images, Path logo, List<Path> screenshots, List<BuildReport.InstalledPackage> packages,
			Instant created) {
		this(listing, images, logo, screenshots, packages, created, List.of());
	}

	/** @return this release with the state of the archive pockets its packages came from */
	public Release withArchiveState(List<PocketState> state) {
		return new Release(listing, images, logo, screenshots, packages, created, state, update);
	}

	/** @return this release with the update payload {@code bundle}, or without one when {@code null} */
	public Release withUpdate(UpdateBundle bundle) {
		return new Release(listing, images, logo, screenshots, packages, created, archiveState, bundle);
	}

	/**
	 * The update payload of a release: the RAUC bundle the build wrote ({@code <id>-<version>.raucb}) and the channel
	 * whose signed index lists it unless the publish names another ({@link PublishOptions#channel()}).
	 *
	 * @param sha256   its SHA-256 in hex when known (the build report has it), else {@code null}
	 * @param channel  the manifest's first update channel ({@code stable} when it names none)
	 */
	public record UpdateBundle(Path file, String sha256, String channel) {

		public UpdateBundle {
			Objects.requireNonNull(file);
			Objects.requireNonNull(channel);
		}

		/** The update bundle of a build report, or {@code null} when the build wrote none. */
		public static UpdateBundle of(BuildReport report, String channel) {
			return report.artifacts().stream().filter(a -> a.format() == BuildRecipe.OutputFormat.UPDATE_BUNDLE).findFirst()
					.map(a -> new UpdateBundle(a.file(), a.sha256(), channel)).orElse(null);
		}
	}

	/**
	 * An image file of the release.
	 *
	 * @param format  raw, qcow2, vmdk, ova, vhd, gce or vagrant-libvirt
	 * @param sha256  its SHA-256 in hex when known (the build report has it), else {@code null}
	 */
	public record Image(String format, Path file, String sha256) {

		public Image {
			Objects.requireNonNull(format);
			Objects.requireNonNull(file);
		}

		/** The images of a build report, with the digests the engine computed. */
		public static List<Image> of(BuildReport report) {
			return report.artifacts().stream().filter(a -> a.format() != BuildRecipe.OutputFormat.UPDATE_BUNDLE)
					.map(a -> new Image(a.format().name().toLowerCase(java.util.Locale.ROOT).replace("_compressed", ""), a.file(), a.sha256())) //$NON-NLS-1$ //$NON-NLS-2$
					.toList();
		}
	}
}
