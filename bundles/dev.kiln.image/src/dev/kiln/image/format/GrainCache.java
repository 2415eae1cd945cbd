package dev.kiln.image.format;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.cache.CacheLock;

/**
 * The compressed grains of an appliance's previous streamOptimized VMDK, found by the SHA-256 of the
 * raw grain, so that a rebuild after a small change deflates only the grains that changed: with a
 * reproducible file system most grains of the disk are the same from one build to the next.
 * <p>
 * One generation is kept: the grains of the last VMDK written with the cache. The folder holds
 * {@code grains.pack} (the zlib streams, back to back) and {@code grains.idx} (sorted entries of
 * SHA-256, offset, length); both name the generation they belong to and the compression they hold
 * (deflate level, zlib framing, Java runtime), so a cache from another compressor is ignored and the
 * VMDK's bytes never depend on whether the cache was used. A cached grain is used only after it
 * inflated to exactly the raw grain. The folder is locked while in use ({@link BuildCache#lockFile}); a
 * second build of the same appliance at the same time, in this process or another, runs without the
 * cache rather than waiting, as its VMDK is the same either way. Memory: 44 bytes per cached grain.
 */
public final class GrainCache implements Closeable {

	private static final int MAGIC = 0x4b474331; // "KGC1"
	private static final int HASH = 32;
	private static final int ENTRY = HASH + Long.BYTES + Integer.BYTES;
	private static final String PACK = "grains.pack"; //$NON-NLS-1$
	private static final String INDEX = "grains.idx"; //$NON-NLS-1$

	private final Path folder;
	private final String compression;
	private final CacheLock lock;
	private FileChannel pack;
	private final byte[] index;
	private final int entries;
	private final AtomicLong reused = new AtomicLong();
	private final AtomicLong compressed = new AtomicLong();
	private Path nextPack;
	private FileChannel nextPackChannel;
	private long nextGeneration;
	private long nextPackSize;
	private byte[] nextIndex = new byte[ENTRY * 1024];
	private int nextEntries;

	private GrainCache(Path folder, String compression, CacheLock lock, FileChannel pack, byte[] index) {
		this.folder = folder;
		this.compression = compression;
		this.lock = lock;
		this.pack = pack;
		this.index = index;
		this.entries = index.length / ENTRY;
	}

	/**
	 * Opens (creating if needed) the cache in {@code folder}. A cache another process holds, or whose
	 * files do not match, is treated as empty.
	 */
	public static GrainCache open(Path folder) throws IOException {
		Files.createDirectories(folder);
		String compression = "zlib level " + OrderedDeflater.LEVEL + ", Java " + Runtime.version() + " " + System.getProperty("java.vendor"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		CacheLock lock = CacheLock.tryAcquire(BuildCache.lockFile(folder));
		if (lock == null) {
			return new GrainCache(folder, compression, null, null, new byte[0]);
		}
		// kiln cache prune may have removed the folder before this build took the lock
		Files.createDirectories(folder);
		FileChannel pack = null;
		byte[] index = new byte[0];
		try {
			Path packFile = folder.resolve(PACK);
			Path indexFile = folder.resolve(INDEX);
			if (Files.isRegularFile(packFile) && Files.isRegularFile(indexFile)) {
				ByteBuffer idx = ByteBuffer.wrap(Files.readAllBytes(indexFile));
				pack = FileChannel.open(packFile, StandardOpenOption.READ);
				index = readIndex(idx, compression, pack);
				if (index == null) {
					pack.close();
					pack = null;
					index = new byte[0];
				}
			}
		} catch (IOException | RuntimeException e) {
			// a damaged cache is an empty one; the next commit replaces it
			if (pack != null) {
				pack.close();
			}
			pack = null;
			index = new byte[0];
		}
		return new GrainCache(folder, compression, lock, pack, index);
	}

	/** The sorted entries of a well-formed index of this compression and of the pack's generation, else null. */
	private static byte[] readIndex(ByteBuffer idx, String compression, FileChannel pack) throws IOException {
		if (idx.getInt() != MAGIC) {
			return null;
		}
		byte[] name = new byte[idx.getShort()];
		idx.get(name);
		long generation = idx.getLong();
		ByteBuffer packHeader = ByteBuffer.allocate(Integer.BYTES + Long.BYTES);
		pack.read(packHeader, 0);
		packHeader.flip();
		if (!compression.equals(new String(name, StandardCharsets.UTF_8)) || packHeader.remaining() < 12 || packHeader.getInt() != MAGIC
				|| packHeader.getLong() != generation || idx.remaining() % ENTRY != 0) {
			return null;
		}
		byte[] entries = new byte[idx.remaining()];
		idx.get(entries);
		return entries;
	}

	/**
	 * The zlib stream cached for a raw grain of this SHA-256, or {@code null}. Thread-safe.
	 */
	byte[] lookup(byte[] sha256) throws IOException {
		if (pack == null) {
			return null;
		}
		int low = 0;
		int high = entries - 1;
		while (low <= high) {
			int middle = (low + high) >>> 1;
			int order = Arrays.compareUnsigned(index, middle * ENTRY, middle * ENTRY + HASH, sha256, 0, HASH);
			if (order < 0) {
				low = middle + 1;
			} else if (order > 0) {
				high = middle - 1;
			} else {
				ByteBuffer entry = ByteBuffer.wrap(index, middle * ENTRY + HASH, Long.BYTES + Integer.BYTES);
				long offset = entry.getLong();
				int length = entry.getInt();
				if (length <= 0 || offset + length > pack.size()) {
					return null;
				}
				ByteBuffer data = ByteBuffer.allocate(length);
				while (data.hasRemaining()) {
					if (pack.read(data, offset + data.position()) < 0) {
						return null;
					}
				}
				return data.array();
			}
		}
		return null;
	}

	/** Counts a grain taken from the cache ({@code true}) or deflated anew. */
	void count(boolean fromCache) {
		(fromCache ? reused : compressed).incrementAndGet();
	}

	/**
	 * Adds a grain of the VMDK being written to the next generation. Called in LBA order, on one thread.
	 */
	void record(byte[] sha256, byte[] data, int offset, int length) throws IOException {
		if (lock == null) {
			return;
		}
		if (nextPackChannel == null) {
			nextGeneration = ThreadLocalRandom.current().nextLong();
			nextPack = Files.createTempFile(folder, PACK, ".next"); //$NON-NLS-1$
			nextPackChannel = FileChannel.open(nextPack, StandardOpenOption.WRITE);
			ByteBuffer header = ByteBuffer.allocate(Integer.BYTES + Long.BYTES).putInt(MAGIC).putLong(nextGeneration).flip();
			while (header.hasRemaining()) {
				nextPackSize += nextPackChannel.write(header, nextPackSize);
			}
		}
		long at = nextPackSize;
		ByteBuffer grain = ByteBuffer.wrap(data, offset, length);
		while (grain.hasRemaining()) {
			nextPackSize += nextPackChannel.write(grain, nextPackSize);
		}
		if ((nextEntries + 1) * ENTRY > nextIndex.length) {
			nextIndex = Arrays.copyOf(nextIndex, nextIndex.length * 2);
		}
		ByteBuffer.wrap(nextIndex, nextEntries * ENTRY, ENTRY).put(sha256).putLong(at).putInt(length);
		nextEntries++;
	}

	/**
	 * Makes the grains recorded since opening the cache's generation, replacing the previous one; the
	 * cache serves no lookups after it.
	 */
	void commit() throws IOException {
		if (nextPackChannel == null) {
			return;
		}
		nextPackChannel.force(true);
		nextPackChannel.close();
		nextPackChannel = null;
		Integer[] order = new Integer[nextEntries];
		for (int i = 0; i < nextEntries; i++) {
			order[i] = i;
		}
		Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(nextIndex, a * ENTRY, a * ENTRY + HASH, nextIndex, b * ENTRY, b * ENTRY + HASH));
		byte[] name = compression.getBytes(StandardCharsets.UTF_8);
		ByteBuffer idx = ByteBuffer.allocate(Integer.BYTES + Short.BYTES + name.length + Long.BYTES + nextEntries * ENTRY);
		idx.putInt(MAGIC).putShort((short) name.length).put(name).putLong(nextGeneration);
		byte[] previous = null;
		for (int i : order) {
			byte[] hash = Arrays.copyOfRange(nextIndex, i * ENTRY, i * ENTRY + HASH);
			if (!Arrays.equals(hash, previous)) { // a grain that repeats is stored under its hash once
				idx.put(nextIndex, i * ENTRY, ENTRY);
				previous = hash;
			}
		}
		Path nextIndexFile = Files.createTempFile(folder, INDEX, ".next"); //$NON-NLS-1$
		Files.write(nextIndexFile, Arrays.copyOf(idx.array(), idx.position()));
		if (pack != null) {
			pack.close();
			pack = null;
		}
		// pack first: until the index follows, the old index names another generation and is ignored
		Files.move(nextPack, folder.resolve(PACK), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		Files.move(nextIndexFile, folder.resolve(INDEX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		nextPack = null;
	}

	/** Grains taken from the cache since it was opened. */
	public long reusedGrains() {
		return reused.get();
	}

	/** Grains deflated anew since the cache was opened. */
	public long compressedGrains() {
		return compressed.get();
	}

	/** Whether this process holds the cache (another build of the same appliance may). */
	public boolean isActive() {
		return lock != null;
	}

	@Override
	public void close() throws IOException {
		try {
			if (nextPackChannel != null) {
				nextPackChannel.close();
			}
			if (nextPack != null) {
				Files.deleteIfExists(nextPack);
			}
			if (pack != null) {
				pack.close();
			}
		} finally {
			if (lock != null) {
				lock.close();
			}
		}
	}
}
