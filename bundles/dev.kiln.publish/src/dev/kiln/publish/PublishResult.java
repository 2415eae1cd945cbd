package dev.kiln.publish;

import java.util.List;

/**
 * A published release.
 *
 * @param reference      the pullable reference by digest, e.g. {@code 127.0.0.1:5000/acme/hello@sha256:…}
 * @param tagReference   the same by version tag
 * @param digest         the manifest's digest ({@code sha256:…}), as the registry serves it
 * @param uploaded       digests of the blobs uploaded
 * @param skipped        digests of the blobs the registry already had
 * @param bytesUploaded  bytes sent in blob uploads (resumed chunks count once)
 * @param referrers      digests of the attached SBOM and signature manifests
 * @param containerDisk  the pullable reference of the KubeVirt containerDisk by digest, or {@code null}
 * @param update         what became of the release's update payload, or {@code null} when it has none
 */
public record PublishResult(String reference, String tagReference, String digest, List<String> uploaded,
		List<String> skipped, long bytesUploaded, List<String> referrers, String containerDisk, Update update) {

	public PublishResult {
		uploaded = List.copyOf(uploaded);
		skipped = List.copyOf(skipped);
		referrers = List.copyOf(referrers);
	}

	/** A result without an update payload. */
	public PublishResult(String reference, String tagReference, String digest, List<String> uploaded, List<String> skipped,
			long bytesUploaded, List<String> referrers, String containerDisk) {
		this(reference, tagReference, digest, uploaded, skipped, bytesUploaded, referrers, containerDisk, null);
	}

	/**
	 * The update payload published with the release (ADR 026, docs/publishing.md).
	 *
	 * @param file     the bundle's file name, a layer of the release
	 * @param digest   the bundle layer's digest
	 * @param channel  the channel whose index was to list it
	 * @param index    the pullable reference of the channel's new signed index by digest, or {@code null} when the
	 *                 index was left alone (see {@code warning})
	 * @param warning  why the index was left alone (no signer, or one that cannot sign updates), or {@code null}
	 */
	public record Update(String file, String digest, String channel, String index, String warning) {
	}

	/** A result without a containerDisk. */
	public PublishResult(String reference, String tagReference, String digest, List<String> uploaded, List<String> skipped,
			long bytesUploaded, List<String> referrers) {
		this(reference, tagReference, digest, uploaded, skipped, bytesUploaded, referrers, null, null);
	}
}
