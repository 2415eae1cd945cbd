package dev.kiln.publish.internal.oci;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kiln.publish.PublishException;

/**
 * Attaches an artifact to a manifest as a referrer (image-spec 1.1 {@code subject}). A registry with
 * the referrers API indexes it itself (it answers the push with {@code OCI-Subject}); for one without,
 * Kiln keeps the index under the tag {@code sha256-<hex>} of the subject (distribution-spec
 * "Referrers Tag Schema").
 */
final class Referrers {

	private final RegistryClient client;
	private final String repository;

	Referrers(RegistryClient client, String repository) {
		this.client = client;
		this.repository = repository;
	}

	/** Pushes {@code content} as a one-layer artifact referring to {@code subject}; returns its manifest digest. */
	String attach(Descriptor subject, String artifactType, byte[] content, String title, Instant created) throws PublishException {
		client.pushBytes(repository, OciMediaTypes.EMPTY_CONTENT);
		client.pushBytes(repository, content);
		Descriptor layer = Descriptor.of(artifactType, content).withAnnotations(Map.of(OciMediaTypes.TITLE, title));
		Map<String, String> annotations = Map.of(OciMediaTypes.CREATED, created.toString());
		ImageManifest manifest = new ImageManifest(artifactType, Descriptor.of(OciMediaTypes.EMPTY, OciMediaTypes.EMPTY_CONTENT),
				List.of(layer), subject, annotations);
		byte[] bytes = manifest.toBytes();
		String digest = Digests.of(bytes);
		RegistryClient.Pushed pushed = client.putManifest(repository, digest, bytes, OciMediaTypes.IMAGE_MANIFEST);
		if (!pushed.subjectProcessed()) {
			addToTagSchemaIndex(subject, new Descriptor(OciMediaTypes.IMAGE_MANIFEST, digest, bytes.length, artifactType, annotations));
		}
		return digest;
	}

	/** The referrers of a manifest: from the API when there is one, else from the tag schema's index. */
	List<Descriptor> of(String digest) throws PublishException {
		Optional<List<Descriptor>> api = client.referrers(repository, digest);
		if (api.isPresent()) {
			return api.get();
		}
		return client.manifest(repository, Digests.referrersTag(digest)).map(f -> ImageManifest.parseIndex(f.content())).orElse(List.of());
	}

	private void addToTagSchemaIndex(Descriptor subject, Descriptor referrer) throws PublishException {
		String tag = Digests.referrersTag(subject.digest());
		List<Descriptor> manifests = new ArrayList<>(
				client.manifest(repository, tag).map(f -> ImageManifest.parseIndex(f.content())).orElse(List.of()));
		if (manifests.stream().anyMatch(m -> m.digest().equals(referrer.digest()))) {
			return;
		}
		manifests.add(referrer);
		client.putManifest(repository, tag, ImageManifest.index(manifests), OciMediaTypes.IMAGE_INDEX);
	}
}
