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
 */
public record PublishResult(String reference, String tagReference, String digest, List<String> uploaded,
		List<String> skipped, long bytesUploaded, List<String> referrers, String containerDisk) {

	public PublishResult {
		uploaded = List.copyOf(uploaded);
		skipped = List.copyOf(skipped);
		referrers = List.copyOf(referrers);
	}

	/** A result without a containerDisk. */
	public PublishResult(String reference, String tagReference, String digest, List<String> uploaded, List<String> skipped,
			long bytesUploaded, List<String> referrers) {
		this(reference, tagReference, digest, uploaded, skipped, bytesUploaded, referrers, null);
	}
}
