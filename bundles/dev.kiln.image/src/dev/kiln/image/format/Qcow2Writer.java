package dev.kiln.image.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import dev.kiln.image.Progress;
import dev.kiln.image.internal.ImageText;

/**
 * Writes a raw disk image as a qcow2 version 3 image, QEMU's native format.
 * <p>
 * Format: "qcow2 image file format", {@code docs/interop/qcow2.txt} in the QEMU sources (sections
 * Header, Header extensions, Host cluster management, Cluster mapping). Kiln's layout:
 * <ul>
 * <li>cluster 0: a version 3 header (refcount_order 4, header_length 112 with compression_type 0,
 * zlib) followed by the header extension end marker;</li>
 * <li>data clusters front to back in guest order, each L2 table right after the data it maps; zero
 * clusters are left unallocated and read as zeros (there is no backing file);</li>
 * <li>with {@link Options#compressed()}, clusters are deflated (raw deflate, RFC 1951, as QEMU
 * writes them) and packed byte after byte ("Compressed Clusters Descriptor"); a cluster deflate
 * does not make smaller is stored as it is;</li>
 * <li>the refcount block of each range of host clusters lives in the first cluster of its range
 * (cluster 1 for the first range) and is written when the writer leaves the range, so refcounts take
 * one block of memory whatever the image size;</li>
 * <li>the L1 table, then the refcount table, at the end.</li>
 * </ul>
 * Memory is bounded: one read chunk, one L2 table, one refcount block, the compression queue and
 * the L1 table (8 bytes per 512 MiB of disk with 64 KiB clusters). The output depends only on the
 * input and the options: the same raw disk always gives the same bytes.
 * <p>
 * Java's deflater always uses a 32 KiB window where QEMU deflates with 4 KiB; QEMU inflates a
 * whole cluster in one call, so the longer back-references decode (checked with
 * {@code qemu-img compare} in the tests).
 */
public final class Qcow2Writer {

	/** "QFI\xfb". */
	static final int QCOW_MAGIC = 0x514649fb;
	static final int QCOW_VERSION = 3;
	/** 16-bit refcounts. */
	static final int REFCOUNT_ORDER = 4;
	/** The version 3 header up to and including compression_type, padded to a multiple of 8. */
	static final int HEADER_LENGTH = 112;
	static final byte QCOW2_COMPRESSION_TYPE_ZLIB = 0;
	static final int QCOW2_EXT_MAGIC_END = 0;
	/** L1/L2 entry bit 63: the cluster's refcount is exactly one. */
	static final long QCOW_OFLAG_COPIED = 1L << 63;
	/** L2 entry bit 62: a compressed cluster. */
	static final long QCOW_OFLAG_COMPRESSED = 1L << 62;
	static final int SECTOR_SIZE = 512;
	/** QEMU refuses L1 tables larger than this. */
	static final int QCOW_MAX_L1_SIZE = 32 << 20;

	/**
	 * How to write the image.
	 *
	 * @param compressed  whether to deflate the data clusters
	 * @param clusterBits log2 of the cluster size, 9 (512 bytes) to 21 (2 MiB); 16 (64 KiB) by default
	 */
	public record Options(boolean compressed, int clusterBits) {

		/** Uncompressed, 64 KiB clusters: what {@code qemu-img convert -O qcow2} writes. */
		public static final Options DEFAULT = new Options(false, 16);

		/** Compressed, 64 KiB clusters: what {@code qemu-img convert -O qcow2 -c} writes. */
		public static final Options COMPRESSED = new Options(true, 16);

		/** Checks the cluster size. */
		public Options {
			if (clusterBits < 9 || clusterBits > 21) {
				throw new IllegalArgumentException("clusterBits must be 9 to 21: " + clusterBits); //$NON-NLS-1$
			}
		}
	}

	private final Options options;
	private final int threads;

	/** A writer that compresses, if asked to, on all processors. */
	public Qcow2Writer(Options options) {
		this(options, Runtime.getRuntime().availableProcessors());
	}

	/** A writer that compresses, if asked to, on {@code threads} threads; the output does not depend on it. */
	public Qcow2Writer(Options options, int threads) {
		this.options = Objects.requireNonNull(options);
		this.threads = OrderedDeflater.requireThreads(threads);
	}

	/**
	 * Writes {@code raw} as the qcow2 image {@code target}, replacing it only once complete. Reports
	 * the bytes of the disk done to {@code progress}.
	 *
	 * @throws CancellationException if {@code progress} was cancelled; {@code target} is then untouched
	 */
	public void write(Path raw, Path target, Progress progress) throws IOException {
		write(DiskImage.of(raw), target, progress);
	}

	/** Writes {@code disk} as the qcow2 image {@code target}, as {@link #write(Path, Path, Progress)} does a raw file. */
	public void write(DiskImage disk, Path target, Progress progress) throws IOException {
		try (RawDiskReader reader = RawDiskReader.open(disk); AtomicOutput out = AtomicOutput.create(target)) {
			new Image(options.clusterBits(), reader, out).write(options.compressed() ? threads : 0, progress);
			out.commit();
		}
	}

	/** One image being written. */
	private static final class Image {
		private final int clusterBits;
		private final int clusterSize;
		private final int l2Entries;
		private final long size;
		private final RawDiskReader disk;
		private final AtomicOutput out;
		private final HostClusters host;
		private final long[] l1;
		private final long[] l2;
		private final ByteBuffer table;
		/** Bit x of the Compressed Clusters Descriptor, where the additional sector count starts. */
		private final int sectorCountShift;
		private int l2Index = -1;
		private boolean l2Used;

		Image(int clusterBits, RawDiskReader disk, AtomicOutput out) throws IOException {
			this.clusterBits = clusterBits;
			this.clusterSize = 1 << clusterBits;
			this.l2Entries = clusterSize / Long.BYTES;
			this.size = Alignment.roundUp(disk.size(), SECTOR_SIZE);
			this.disk = disk;
			this.out = out;
			this.host = new HostClusters(clusterBits, out);
			long l1Size = Alignment.divideRoundingUp(size, (long) clusterSize * l2Entries);
			if (l1Size * Long.BYTES > QCOW_MAX_L1_SIZE) {
				throw new IOException(ImageText.bind(ImageText.Qcow2Writer_clustersTooSmall, disk.name(), size, clusterSize));
			}
			this.l1 = new long[(int) l1Size];
			this.l2 = new long[l2Entries];
			this.table = ByteBuffer.allocateDirect(clusterSize);
			this.sectorCountShift = 62 - (clusterBits - 8);
		}

		void write(int compressingThreads, Progress progress) throws IOException {
			try (OrderedDeflater deflater = compressingThreads == 0 ? null
					: new OrderedDeflater(compressingThreads, false, 0, this::placeCompressed)) {
				disk.forEachChunk(Math.max(RawDiskReader.CHUNK_SIZE, clusterSize), clusterSize, (offset, chunk) -> {
					if (progress.isCancelled()) {
						throw new CancellationException(ImageText.Qcow2Writer_cancelled);
					}
					for (int from = 0; from < chunk.limit();) {
						if (RawDiskReader.isZero(chunk, from, from + clusterSize)) {
							from += clusterSize;
							continue;
						}
						long guestCluster = (offset + from) >>> clusterBits;
						if (deflater != null) {
							deflater.submit(guestCluster, chunk, from, from + clusterSize);
							from += clusterSize;
							continue;
						}
						// a run of data clusters mapped by one L2 table goes out in one write
						int to = from + clusterSize;
						while (to < chunk.limit() && ((offset + to) >>> clusterBits) % l2Entries != 0
								&& !RawDiskReader.isZero(chunk, to, to + clusterSize)) {
							to += clusterSize;
						}
						placeStandard(guestCluster, chunk.slice(from, to - from));
						from = to;
					}
					progress.worked(Math.min(chunk.limit(), size - offset));
				});
				if (deflater != null) {
					deflater.finish();
				}
			}
			finishL2();
			writeMetadata();
		}

		/** Stores {@code data}, whole clusters from {@code guestCluster} on, all mapped by one L2 table. */
		private void placeStandard(long guestCluster, ByteBuffer data) throws IOException {
			int clusters = data.remaining() >>> clusterBits;
			int index = l2IndexOf(guestCluster);
			long at = host.allocateClusters(clusters);
			out.write(data, at);
			for (int i = 0; i < clusters; i++) {
				l2[index + i] = (at + ((long) i << clusterBits)) | QCOW_OFLAG_COPIED;
			}
		}

		private void placeCompressed(OrderedDeflater.Block block) throws IOException {
			int length = block.length();
			if (length >= clusterSize) {
				placeStandard(block.index(), ByteBuffer.wrap(block.input()));
				return;
			}
			long at = host.allocateBytes(length);
			out.write(ByteBuffer.wrap(block.data(), block.headroom(), length), at);
			long additionalSectors = (at + length - 1) / SECTOR_SIZE - at / SECTOR_SIZE;
			l2[l2IndexOf(block.index())] = QCOW_OFLAG_COMPRESSED | additionalSectors << sectorCountShift | at;
		}

		/** Makes the L2 table that maps {@code guestCluster} the current one and returns the cluster's index in it. */
		private int l2IndexOf(long guestCluster) throws IOException {
			int index = (int) (guestCluster / l2Entries);
			if (index != l2Index) {
				finishL2();
				l2Index = index;
			}
			l2Used = true;
			return (int) (guestCluster % l2Entries);
		}

		private void finishL2() throws IOException {
			if (l2Used) {
				long at = host.allocateClusters(1);
				writeTable(l2, at, 1);
				l1[l2Index] = at | QCOW_OFLAG_COPIED;
				Arrays.fill(l2, 0);
				l2Used = false;
			}
		}

		private void writeMetadata() throws IOException {
			long l1Offset = 0;
			if (l1.length > 0) {
				int l1Clusters = (int) Alignment.divideRoundingUp((long) l1.length * Long.BYTES, clusterSize);
				l1Offset = host.allocateClusters(l1Clusters);
				writeTable(l1, l1Offset, l1Clusters);
			}
			// room for the blocks so far and one more, which the table's own clusters may need
			int tableClusters = (int) Alignment.divideRoundingUp((host.blockCount() + 1L) * Long.BYTES, clusterSize);
			long tableOffset = host.allocateClusters(tableClusters);
			long[] blocks = host.blockOffsets();
			writeTable(blocks, tableOffset, tableClusters);
			host.writeLastBlock();
			out.write(header(l1Offset, tableOffset, tableClusters), 0);
		}

		/** Writes {@code entries} big-endian into {@code clusters} clusters at {@code at}, one cluster at a time. */
		private void writeTable(long[] entries, long at, int clusters) throws IOException {
			int perCluster = clusterSize / Long.BYTES;
			for (int c = 0; c < clusters; c++) {
				table.clear();
				for (int i = c * perCluster; i < (c + 1) * perCluster; i++) {
					table.putLong(i < entries.length ? entries[i] : 0L);
				}
				table.flip();
				out.write(table, at + (long) c * clusterSize);
			}
		}

		private ByteBuffer header(long l1Offset, long refcountTableOffset, int refcountTableClusters) {
			ByteBuffer header = ByteBuffer.allocate(HEADER_LENGTH + 8);
			header.putInt(QCOW_MAGIC);
			header.putInt(QCOW_VERSION);
			header.putLong(0); // backing_file_offset: no backing file
			header.putInt(0); // backing_file_size
			header.putInt(clusterBits);
			header.putLong(size);
			header.putInt(0); // crypt_method: none
			header.putInt(l1.length);
			header.putLong(l1Offset);
			header.putLong(refcountTableOffset);
			header.putInt(refcountTableClusters);
			header.putInt(0); // nb_snapshots
			header.putLong(0); // snapshots_offset
			header.putLong(0); // incompatible_features
			header.putLong(0); // compatible_features
			header.putLong(0); // autoclear_features
			header.putInt(REFCOUNT_ORDER);
			header.putInt(HEADER_LENGTH);
			header.put(QCOW2_COMPRESSION_TYPE_ZLIB);
			header.position(HEADER_LENGTH); // zero padding up to header_length
			header.putInt(QCOW2_EXT_MAGIC_END);
			header.putInt(0); // its length
			return header.flip();
		}
	}

	/**
	 * Hands out host clusters (and byte ranges for compressed clusters) front to back and counts
	 * their references, holding the refcount block of the current range only. The first cluster of
	 * each range is kept for that range's refcount block (the second one in the first range, whose
	 * first cluster is the header), so each block is complete and final when the writer leaves its range.
	 */
	private static final class HostClusters {
		private final int clusterBits;
		private final long clusterSize;
		private final int blockEntries;
		private final AtomicOutput out;
		private final char[] counts;
		private final ByteBuffer blockBuffer;
		private long[] blockOffsets = new long[8];
		private int blocks;
		private long next;

		HostClusters(int clusterBits, AtomicOutput out) {
			this.clusterBits = clusterBits;
			this.clusterSize = 1L << clusterBits;
			this.blockEntries = (int) (clusterSize * 8 >> REFCOUNT_ORDER);
			this.out = out;
			this.counts = new char[blockEntries];
			this.blockBuffer = ByteBuffer.allocateDirect((int) clusterSize);
			counts[0] = 1; // the header
			counts[1] = 1; // this block
			blockOffsets[blocks++] = clusterSize;
			next = 2 * clusterSize;
		}

		private boolean isReserved(long cluster) {
			return cluster <= 1 || cluster % blockEntries == 0;
		}

		/** Allocates {@code n} contiguous clusters and returns the offset of the first. */
		long allocateClusters(int n) throws IOException {
			long first = Alignment.divideRoundingUp(next, clusterSize);
			for (long c = first; c < first + n; c++) {
				if (isReserved(c)) {
					first = c + 1;
				}
			}
			for (long c = first; c < first + n; c++) {
				reference(c);
			}
			next = (first + n) << clusterBits;
			return first << clusterBits;
		}

		/** Allocates {@code length} bytes, possibly across contiguous clusters, and returns their offset. */
		long allocateBytes(int length) throws IOException {
			long start = next;
			for (long c = start >>> clusterBits; c <= (start + length - 1) >>> clusterBits; c++) {
				if (isReserved(c)) {
					start = (c + 1) << clusterBits;
				}
			}
			// each compressed cluster counts once in every host cluster it touches
			for (long c = start >>> clusterBits; c <= (start + length - 1) >>> clusterBits; c++) {
				reference(c);
			}
			next = start + length;
			return start;
		}

		private void reference(long cluster) throws IOException {
			while (cluster / blockEntries >= blocks) {
				writeLastBlock();
				Arrays.fill(counts, (char) 0);
				if (blocks == blockOffsets.length) {
					blockOffsets = Arrays.copyOf(blockOffsets, blocks * 2);
				}
				blockOffsets[blocks] = ((long) blocks * blockEntries) << clusterBits;
				blocks++;
				counts[0] = 1; // the block itself
			}
			int index = (int) (cluster % blockEntries);
			if (counts[index] == Character.MAX_VALUE) {
				throw new IllegalStateException("refcount overflow in host cluster " + cluster); //$NON-NLS-1$
			}
			counts[index]++;
		}

		int blockCount() {
			return blocks;
		}

		long[] blockOffsets() {
			return Arrays.copyOf(blockOffsets, blocks);
		}

		/** Writes the refcount block of the current range. */
		void writeLastBlock() throws IOException {
			blockBuffer.clear();
			for (char count : counts) {
				blockBuffer.putChar(count);
			}
			blockBuffer.flip();
			out.write(blockBuffer, blockOffsets[blocks - 1]);
		}
	}
}
