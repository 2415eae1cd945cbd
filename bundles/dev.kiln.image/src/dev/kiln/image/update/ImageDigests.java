package dev.kiln.image.update;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;

import dev.kiln.image.Sha256;

/**
 * What a bundle's manifest says of its image, from one read of it: the SHA-256 and size of
 * {@code [image.*] sha256=, size=}, and, when asked for, RAUC's block hash index of the
 * {@code block-hash-index} adaptive method (RAUC's {@code src/hash_index.c}): the plain SHA-256 of each
 * 4 KiB chunk, concatenated, no salt and no header. The all-zero chunks of a sparse image are hashed once.
 */
final class ImageDigests {

	/** RAUC's chunk size, hard-coded in hash_index.c. */
	static final int CHUNK_SIZE = 4096;
	private static final int CHUNKS_PER_READ = 256;
	private static final byte[] ZERO_CHUNK = new byte[CHUNK_SIZE];

	private final String sha256;
	private final long size;

	private ImageDigests(String sha256, long size) {
		this.sha256 = sha256;
		this.size = size;
	}

	/** Digests {@code image}; writes its block hash index to {@code index} unless that is {@code null}. */
	static ImageDigests of(Path image, OutputStream index) throws IOException {
		MessageDigest whole = Sha256.digest();
		MessageDigest chunk = Sha256.digest();
		byte[] zeroChunkHash = chunk.digest(ZERO_CHUNK);
		ByteBuffer buffer = ByteBuffer.allocate(CHUNK_SIZE * CHUNKS_PER_READ);
		byte[] hashes = new byte[CHUNKS_PER_READ * VerityHashTree.DIGEST_SIZE];
		long size = 0;
		try (FileChannel in = FileChannel.open(image, StandardOpenOption.READ)) {
			while (true) {
				buffer.clear();
				while (buffer.hasRemaining() && in.read(buffer) >= 0) {
					// fill the buffer unless the file ends
				}
				int n = buffer.position();
				if (n == 0) {
					break;
				}
				byte[] bytes = buffer.array();
				whole.update(bytes, 0, n);
				size += n;
				if (index != null) {
					int chunks = n / CHUNK_SIZE;
					for (int i = 0; i < chunks; i++) {
						int offset = i * CHUNK_SIZE;
						byte[] hash = isZero(bytes, offset) ? zeroChunkHash : digest(chunk, bytes, offset);
						System.arraycopy(hash, 0, hashes, i * hash.length, hash.length);
					}
					index.write(hashes, 0, chunks * VerityHashTree.DIGEST_SIZE);
				}
				if (n < buffer.capacity()) {
					break;
				}
			}
		}
		return new ImageDigests(HexFormat.of().formatHex(whole.digest()), size);
	}

	/** The image's SHA-256, lower-case hex. */
	String sha256() {
		return sha256;
	}

	/** The image's size in bytes. */
	long size() {
		return size;
	}

	private static byte[] digest(MessageDigest chunk, byte[] bytes, int offset) {
		chunk.update(bytes, offset, CHUNK_SIZE);
		return chunk.digest();
	}

	private static boolean isZero(byte[] bytes, int offset) {
		return Arrays.mismatch(bytes, offset, offset + CHUNK_SIZE, ZERO_CHUNK, 0, CHUNK_SIZE) < 0;
	}
}
