package dev.kiln.publish;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.kiln.image.BuildReport;
import dev.kiln.image.debian.PocketState;

/**
 * A release to publish: the listing, the images the build wrote, logo and screenshots, and the
 * packages in the image with the state of the archive pockets they came from (the SBOM). The file
 * names are the names customers download.
 *
 * @param created       the release's time stamp (Kiln uses SOURCE_DATE_EPOCH, so re-publishing is byte-identical)
 * @param archiveState  the state of each pocket the build took packages from; empty when not known
 */
public record Release(Listing listing, List<Image> images, Path logo, List<Path> screenshots,
		List<BuildReport.InstalledPackage> packages, Instant created, List<PocketState> archiveState) {

	public Release {
		Objects.requireNonNull(listing);
		images = List.copyOf(images);
		screenshots = screenshots == null ? List.of() : List.copyOf(screenshots);
		packages = packages == null ? List.of() : List.copyOf(packages);
		Objects.requireNonNull(created);
		archiveState = archiveState == null ? List.of() : List.copyOf(archiveState);
	}

	/** A release whose archive state is not known. */
	public Release(Listing listing, List<Image> images, Path logo, List<Path> screenshots, List<BuildReport.InstalledPackage> packages,
			Instant created) {
		this(listing, images, logo, screenshots, packages, created, List.of());
	}

	/** @return this release with the state of the archive pockets its packages came from */
	public Release withArchiveState(List<PocketState> state) {
		return new Release(listing, images, logo, screenshots, packages, created, state);
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
			return report.artifacts().stream()
					.map(a -> new Image(a.format().name().toLowerCase(java.util.Locale.ROOT).replace("_compressed", ""), a.file(), a.sha256())) //$NON-NLS-1$ //$NON-NLS-2$
					.toList();
		}
	}
}
