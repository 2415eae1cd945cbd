package dev.kiln.publish.internal.oci;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.update.UpdateIndex;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishException.Kind;
import dev.kiln.publish.PublishedUpdateIndex;
import dev.kiln.publish.internal.PublishText;

/**
 * The signed update index of one channel in an appliance's repository (docs/publishing.md): an artifact of type
 * {@value OciMediaTypes#UPDATE_INDEX} tagged {@code update-index-<channel>}, whose two layers are the index and its
 * detached CMS signature exactly as the guest reads them ({@link UpdateIndex#FILE_NAME}, {@link UpdateIndex#SIGNATURE_NAME}).
 * A new version is added by reading the tagged index, adding the entry, signing and moving the tag.
 */
final class UpdateIndexArtifact {

	private final RegistryClient client;
	private final String repository;

	UpdateIndexArtifact(RegistryClient client, String repository) {
		this.client = client;
		this.repository = repository;
	}

	/** The tag of a channel's index. */
	static String tag(String channel) {
		return OciMediaTypes.UPDATE_INDEX_TAG_PREFIX + channel;
	}

	/** The channels whose index tags {@code tags} holds, in the tags' order. */
	static List<String> channels(List<String> tags) {
		return tags.stream().filter(t -> t.startsWith(OciMediaTypes.UPDATE_INDEX_TAG_PREFIX))
				.map(t -> t.substring(OciMediaTypes.UPDATE_INDEX_TAG_PREFIX.length())).toList();
	}

	/** The channel's index and signature as published, or empty before the first publish to it. */
	Optional<PublishedUpdateIndex> read(String channel) throws PublishException {
		Optional<RegistryClient.Fetched> fetched = client.manifest(repository, tag(channel));
		if (fetched.isEmpty()) {
			return Optional.empty();
		}
		try {
			ImageManifest manifest = ImageManifest.parse(fetched.get().content());
			if (!OciMediaTypes.UPDATE_INDEX.equals(manifest.artifactType())) {
				throw new IllegalArgumentException(PublishText.bind(PublishText.UpdateIndex_notIndex, manifest.effectiveArtifactType()));
			}
			byte[] index = layer(manifest, UpdateIndex.FILE_NAME);
			byte[] signature = layer(manifest, UpdateIndex.SIGNATURE_NAME);
			return Optional.of(new PublishedUpdateIndex(repository, channel, fetched.get().digest(), index, signature));
		} catch (IllegalArgumentException e) {
			throw new PublishException(Kind.PROTOCOL, PublishText.bind(PublishText.UpdateIndex_unreadable, repository + ":" + tag(channel), e.getMessage()), e); //$NON-NLS-1$
		}
	}

	private byte[] layer(ImageManifest manifest, String title) throws PublishException {
		Descriptor layer = manifest.layers().stream().filter(l -> title.equals(l.annotation(OciMediaTypes.TITLE))).findFirst()
				.orElseThrow(() -> new IllegalArgumentException(PublishText.bind(PublishText.UpdateIndex_noLayer, title)));
		return client.blob(repository, layer.digest());
	}

	/**
	 * Adds {@code entry} to the channel's index (replacing an entry of the same version), signs it with {@code signer} at
	 * {@code time} and moves the channel's tag to it.
	 *
	 * @return the new index artifact's digest
	 * @throws ImageBuildException when the identity cannot sign updates (an Ed25519 key); nothing is pushed then
	 * @throws PublishException    the registry's refusal, or an index in the registry that is unreadable or another
	 *                             appliance's
	 */
	String add(String appliance, String channel, UpdateIndex.Entry entry, VendorIdentity signer, Instant time)
			throws PublishException, ImageBuildException {
		Optional<PublishedUpdateIndex> current = read(channel);
		UpdateIndex index = current.isPresent() ? parse(current.get()) : new UpdateIndex(appliance, channel, List.of());
		if (!index.appliance().equals(appliance) || !index.channel().equals(channel)) {
			throw new PublishException(Kind.PROTOCOL, PublishText.bind(PublishText.UpdateIndex_otherAppliance, repository + ":" + tag(channel), //$NON-NLS-1$
					index.appliance(), index.channel()));
		}
		UpdateIndex updated = index.with(entry);
		byte[] signature = updated.sign(signer, time);
		byte[] text = updated.toBytes();
		client.pushBytes(repository, OciMediaTypes.EMPTY_CONTENT);
		client.pushBytes(repository, text);
		client.pushBytes(repository, signature);
		List<Descriptor> layers = new ArrayList<>();
		layers.add(Descriptor.of(OciMediaTypes.UPDATE_INDEX, text).withAnnotations(Map.of(OciMediaTypes.TITLE, UpdateIndex.FILE_NAME)));
		layers.add(Descriptor.of(OciMediaTypes.CMS_SIGNATURE, signature)
				.withAnnotations(Map.of(OciMediaTypes.TITLE, UpdateIndex.SIGNATURE_NAME)));
		ImageManifest manifest = new ImageManifest(OciMediaTypes.UPDATE_INDEX, Descriptor.of(OciMediaTypes.EMPTY, OciMediaTypes.EMPTY_CONTENT),
				layers, null, Map.of(OciMediaTypes.CREATED, time.toString(), OciMediaTypes.UPDATE_CHANNEL, channel));
		byte[] bytes = manifest.toBytes();
		return client.putManifest(repository, tag(channel), bytes, OciMediaTypes.IMAGE_MANIFEST).digest();
	}

	private UpdateIndex parse(PublishedUpdateIndex published) throws PublishException {
		try {
			return UpdateIndex.parse(published.index());
		} catch (ImageBuildException e) {
			throw new PublishException(Kind.PROTOCOL, PublishText.bind(PublishText.UpdateIndex_unreadable, repository + ":" + tag(published.channel()), //$NON-NLS-1$
					e.getMessage()), e);
		}
	}
}
