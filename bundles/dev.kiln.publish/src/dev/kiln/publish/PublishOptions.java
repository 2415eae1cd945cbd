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
	 * 64 MiB chunks. distribution's registry flushes to disk after every PATCH (it fsyncs the hash
	 * state), so small chunks cost throughput; a resume loses at most one chunk.
	 */
	public static final int DEFAULT_CHUNK_SIZE = 64 << 20;

	public PublishOptions {
		if (chunkSize < 1024) {
			throw new IllegalArgumentException("chunk size below 1 KiB: " + chunkSize);
		}
	}

	/** Defaults: no overwrite, 64 MiB chunks, unsigned. */
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
