package dev.kiln.publish;

import dev.kiln.image.identity.VendorIdentity;

/**
 * How to publish.
 *
 * @param overwrite      replace a version that is already published
 * @param chunkSize      bytes per upload request (PATCH) of a blob
 * @param signer         the vendor identity that signs the release's manifest digest ({@link ReleaseSignature});
 *                       {@code null} publishes unsigned
 * @param containerDisk  also publish the qcow2 image as a KubeVirt containerDisk, tagged
 *                       {@code <version>-containerdisk} (docs/publishing.md)
 * @param channel        the update channel whose signed index lists the release's update payload, or {@code null}
 *                       for the release's own ({@link Release.UpdateBundle#channel()})
 */
public record PublishOptions(boolean overwrite, int chunkSize, VendorIdentity signer, boolean containerDisk, String channel) {

	/**
	 * 1 GiB chunks: distribution's registry pays for every extra PATCH (it stores and fsyncs a hash
	 * state, and re-reads the blob to verify a multi-chunk upload), so a blob goes up in as few requests
	 * as a proxy's body limit allows. Progress and cancellation still act per MiB read, and a registry
	 * that reports the bytes it kept ({@code Range}) lets a resume start where a request broke off.
	 */
	public static final int DEFAULT_CHUNK_SIZE = 1 << 30;

	public PublishOptions {
		if (chunkSize < 1024) {
			throw new IllegalArgumentException("chunk size below 1 KiB: " + chunkSize); //$NON-NLS-1$
		}
		if (channel != null && !isChannel(channel)) {
			throw new IllegalArgumentException("not a channel name: " + channel); //$NON-NLS-1$
		}
	}

	/** Options of the release's own update channel. */
	public PublishOptions(boolean overwrite, int chunkSize, VendorIdentity signer, boolean containerDisk) {
		this(overwrite, chunkSize, signer, containerDisk, null);
	}

	/**
	 * Whether {@code name} is a channel name as the manifest's rule KILN-M063 has it: lower-case letters, digits,
	 * {@code .}, {@code _} and {@code -}, starting with a letter or digit; at most 100 characters, so that
	 * {@code update-index-<channel>} is an OCI tag.
	 */
	public static boolean isChannel(String name) {
		return name != null && name.length() <= 100 && name.matches("[a-z0-9][a-z0-9._-]*"); //$NON-NLS-1$
	}

	/** Options without a containerDisk. */
	public PublishOptions(boolean overwrite, int chunkSize, VendorIdentity signer) {
		this(overwrite, chunkSize, signer, false, null);
	}

	/** Defaults: no overwrite, 1 GiB chunks, unsigned, no containerDisk. */
	public static PublishOptions defaults() {
		return new PublishOptions(false, DEFAULT_CHUNK_SIZE, null, false, null);
	}

	public PublishOptions withOverwrite(boolean value) {
		return new PublishOptions(value, chunkSize, signer, containerDisk, channel);
	}

	public PublishOptions withChunkSize(int value) {
		return new PublishOptions(overwrite, value, signer, containerDisk, channel);
	}

	public PublishOptions withSigner(VendorIdentity value) {
		return new PublishOptions(overwrite, chunkSize, value, containerDisk, channel);
	}

	/** Whether to publish the qcow2 image as a KubeVirt containerDisk as well. */
	public PublishOptions withContainerDisk(boolean value) {
		return new PublishOptions(overwrite, chunkSize, signer, value, channel);
	}

	/** The update channel to list the release's update payload in; {@code null} for the release's own. */
	public PublishOptions withChannel(String value) {
		return new PublishOptions(overwrite, chunkSize, signer, containerDisk, value);
	}
}
