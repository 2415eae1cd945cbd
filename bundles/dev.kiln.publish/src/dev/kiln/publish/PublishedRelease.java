package dev.kiln.publish;

import java.util.List;

/**
 * A release as a marketplace serves it.
 *
 * @param appliance  its repository
 * @param version    its tag
 * @param digest     the manifest's digest
 * @param listing    the listing it was published with
 * @param files      its files: images, logo, screenshots
 */
public record PublishedRelease(String appliance, String version, String digest, Listing listing, List<File> files) {

	public PublishedRelease {
		files = List.copyOf(files);
	}

	/** A file of a release, with its media type, digest and size. */
	public record File(String name, String mediaType, String digest, long size) {
	}
}
