package dev.kiln.publish;

/**
 * How to publish.
 *
 * @param overwrite  replace a version that is already published
 * @param chunkSize  bytes per upload request (PATCH) of a blob
 * @param signer     signs the release's manifest digest; {@code null} publishes unsigned
 */
public record PublishOptions(boolean overwrite, int chunkSize, ReleaseSigner signer) {

	/**
	 * 1 GiB chunks: distribution's registry pays for every extra PATCH (it stores and fsyncs a hash
	 * state, and re-reads the blob to verify a multi-chunk upload), so a blob goes up in as few requests
	 * as a proxy's body limit allows. Progress and cancellation still act per MiB read, and a registry
	 * that reports the bytes it kept ({@code Range}) lets a resume start where a request broke off.
	 */
	public static final int DEFAULT_CHUNK_SIZE = 1 << 30;

	public PublishOptions {
		if (chunkSize < 1024) {
			throw new IllegalArgumentException("chunk size below 1 KiB: " + chunkSize);
		}
	}

	/** Defaults: no overwrite, 1 GiB chunks, unsigned. */
	public static PublishOptions defaults() {
		return new PublishOptions(false, DEFAULT_CHUNK_SIZE, null);
	}

	public PublishOptions withOverwrite(boolean value) {
		return new PublishOptions(value, chunkSize, signer);
	}

	public PublishOptions withChunkSize(int value) {
		return new PublishOptions(overwrite, value, signer);
	}

	public PublishOptions withSigner(ReleaseSigner value) {
		return new PublishOptions(overwrite, chunkSize, value);
	}
}
