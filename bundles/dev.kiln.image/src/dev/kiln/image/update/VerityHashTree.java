package dev.kiln.image.update;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.image.Sha256;

/**
 * A dm-verity hash tree (format 1, no superblock, SHA-256, 4 KiB data and hash blocks) as RAUC's
 * {@code src/verity_hash.c} lays it out after a verity bundle's squashfs: each digest is
 * SHA-256(salt ‖ block); a hash block holds 128 digests and is zero-padded; the levels follow the data
 * top level first, the level of the data blocks' digests last; the root hash is the digest of the one
 * block of the top level.
 */
final class VerityHashTree {

	/** {@code data_block_size} and {@code hash_block_size} of verity_hash.c. */
	static final int BLOCK_SIZE = 4096;
	static final int DIGEST_SIZE = 32;
	static final int SALT_SIZE = 32;
	private static final int DIGESTS_PER_BLOCK = BLOCK_SIZE / DIGEST_SIZE;

	private final byte[] rootHash;
	private final List<byte[]> levels;

	private VerityHashTree(byte[] rootHash, List<byte[]> levels) {
		this.rootHash = rootHash;
		this.levels = levels;
	}

	/**
	 * The tree of the first {@code dataBlocks} blocks of {@code data} (at least two, as RAUC wants a
	 * squashfs larger than one block); {@code digest} sees every data byte read, in order.
	 */
	static VerityHashTree of(FileChannel data, long dataBlocks, byte[] salt, MessageDigest digest) throws IOException {
		if (dataBlocks < 2 || salt.length != SALT_SIZE) {
			throw new IllegalArgumentException("a verity tree needs two data blocks and a 32-byte salt"); //$NON-NLS-1$
		}
		MessageDigest sha256 = Sha256.digest();
		List<byte[]> levels = new ArrayList<>();
		byte[] level = hashDataBlocks(data, dataBlocks, salt, sha256, digest);
		levels.add(level);
		while (level.length > BLOCK_SIZE) {
			level = hashBlocks(level, salt, sha256);
			levels.add(level);
		}
		byte[] root = blockDigest(sha256, salt, level, 0);
		return new VerityHashTree(root, levels);
	}

	/** The root hash, what the manifest's {@code verity-hash} names. */
	byte[] rootHash() {
		return rootHash.clone();
	}

	/** The bytes that follow the data: a whole number of blocks, what the manifest's {@code verity-size} counts. */
	long size() {
		return levels.stream().mapToLong(level -> level.length).sum();
	}

	/** Writes the levels, the top one first, as verity_hash.c's hash_levels() places them. */
	void writeTo(OutputStream out) throws IOException {
		for (int i = levels.size() - 1; i >= 0; i--) {
			out.write(levels.get(i));
		}
	}

	private static byte[] hashDataBlocks(FileChannel data, long dataBlocks, byte[] salt, MessageDigest sha256, MessageDigest digest)
			throws IOException {
		long hashBlocks = (dataBlocks + DIGESTS_PER_BLOCK - 1) / DIGESTS_PER_BLOCK;
		if (hashBlocks * BLOCK_SIZE > Integer.MAX_VALUE - BLOCK_SIZE) {
			throw new IOException("the squashfs is too large for a verity tree in memory"); //$NON-NLS-1$
		}
		byte[] level = new byte[(int) (hashBlocks * BLOCK_SIZE)];
		ByteBuffer buffer = ByteBuffer.allocate(BLOCK_SIZE * 256);
		long position = 0;
		long block = 0;
		while (block < dataBlocks) {
			buffer.clear();
			buffer.limit((int) Math.min(buffer.capacity(), (dataBlocks - block) * BLOCK_SIZE));
			while (buffer.hasRemaining()) {
				int n = data.read(buffer, position + buffer.position());
				if (n < 0) {
					throw new IOException("the squashfs ended early"); //$NON-NLS-1$
				}
			}
			position += buffer.limit();
			byte[] bytes = buffer.array();
			digest.update(bytes, 0, buffer.limit());
			for (int offset = 0; offset < buffer.limit(); offset += BLOCK_SIZE, block++) {
				System.arraycopy(blockDigest(sha256, salt, bytes, offset), 0, level, (int) levelOffset(block), DIGEST_SIZE);
			}
		}
		return level;
	}

	private static byte[] hashBlocks(byte[] lower, byte[] salt, MessageDigest sha256) {
		int blocks = lower.length / BLOCK_SIZE;
		int hashBlocks = (blocks + DIGESTS_PER_BLOCK - 1) / DIGESTS_PER_BLOCK;
		byte[] level = new byte[hashBlocks * BLOCK_SIZE];
		for (int block = 0; block < blocks; block++) {
			System.arraycopy(blockDigest(sha256, salt, lower, block * BLOCK_SIZE), 0, level, (int) levelOffset(block), DIGEST_SIZE);
		}
		return level;
	}

	/** Where the digest of block {@code block} sits in its level: no padding between digests, padding at a block's end. */
	private static long levelOffset(long block) {
		return (block / DIGESTS_PER_BLOCK) * BLOCK_SIZE + (block % DIGESTS_PER_BLOCK) * DIGEST_SIZE;
	}

	private static byte[] blockDigest(MessageDigest sha256, byte[] salt, byte[] bytes, int offset) {
		sha256.update(salt);
		sha256.update(bytes, offset, BLOCK_SIZE);
		return sha256.digest();
	}
}
