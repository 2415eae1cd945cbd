package dev.kiln.publish;

import java.util.List;

/**
 * A release as a marketplace serves it.
 *
 * @param appliance      its repository
 * @param version        its tag
 * @param digest         the manifest's digest
 * @param listing        the listing it was published with
 * @param files          its files: images, logo, screenshots
 * @param containerDisk  its KubeVirt containerDisk image, or {@code null} when it was published without one
 */
public record PublishedRelease(String appliance, String version, String digest, Listing listing, List<File> files,
		ContainerDisk containerDisk) {

	public PublishedRelease {
		files = List.copyOf(files);
	}

	/** A release without a containerDisk. */
	public PublishedRelease(String appliance, String version, String digest, Listing listing, List<File> files) {
		this(appliance, version, digest, listing, files, null);
	}

	/** A file of a release, with its media type, digest and size. */
	public record File(String name, String mediaType, String digest, long size) {
	}

	/**
	 * The KubeVirt containerDisk of a release: an OCI image in the release's repository.
	 *
	 * @param tag     its tag, {@code <version>-containerdisk}
	 * @param digest  its image manifest's digest, as the signed release manifest names it
	 */
	public record ContainerDisk(String tag, String digest) {
	}
}
