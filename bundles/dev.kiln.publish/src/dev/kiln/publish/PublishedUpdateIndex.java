package dev.kiln.publish;

/**
 * The signed update index of one channel of an appliance, as a marketplace serves it (ADR 026): the files
 * {@code index} and {@code index.p7s} a deployed appliance reads from {@code <update url>/<channel>/}, byte for byte.
 * {@code dev.kiln.image.update.UpdateIndex#parse} reads the index.
 *
 * @param repository  the appliance's repository
 * @param channel     the channel, e.g. {@code stable}
 * @param digest      the index artifact's digest in the marketplace
 * @param index       the index
 * @param signature   its detached CMS signature (DER) by the vendor identity
 */
public record PublishedUpdateIndex(String repository, String channel, String digest, byte[] index, byte[] signature) {

	public PublishedUpdateIndex {
		index = index.clone();
		signature = signature.clone();
	}

	@Override
	public byte[] index() {
		return index.clone();
	}

	@Override
	public byte[] signature() {
		return signature.clone();
	}
}
