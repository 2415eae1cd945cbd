package dev.kiln.image.format;

import static dev.kiln.image.format.SparseExtentHeader.GD_AT_END;
import static dev.kiln.image.format.SparseExtentHeader.GRAIN_MARKER_SIZE;
import static dev.kiln.image.format.SparseExtentHeader.MARKER_EOS;
import static dev.kiln.image.format.SparseExtentHeader.MARKER_FOOTER;
import static dev.kiln.image.format.SparseExtentHeader.MARKER_GD;
import static dev.kiln.image.format.SparseExtentHeader.MARKER_GT;
import static dev.kiln.image.format.SparseExtentHeader.SECTOR_SIZE;
import static dev.kiln.image.format.SparseExtentHeader.SPARSEFLAG_COMPRESSED;
import static dev.kiln.image.format.SparseExtentHeader.SPARSEFLAG_EMBEDDED_LBA;
import static dev.kiln.image.format.SparseExtentHeader.SPARSEFLAG_VALID_NEWLINE_DETECTOR;
import static dev.kiln.image.format.SparseExtentHeader.SPARSE_COMPRESSALGORITHM_DEFLATE;
import static dev.kiln.image.format.SparseExtentHeader.SPARSE_VERSION_INCOMPAT_FLAGS;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.zip.CRC32C;

import dev.kiln.image.Progress;
import dev.kiln.image.internal.ImageText;

/**
 * Writes a raw disk image as a streamOptimized VMDK, the disk format of OVF/OVA appliances for
 * VMware products and most other hypervisors.
 * <p>
 * Format: VMware "Virtual Disk Format 5.0" technical note, section "Stream-Optimized Compressed",
 * with the header of "Hosted Sparse Extent Header" and the descriptor of "The Descriptor File". The
 * layout is VMware's, made to be read front to back:
 * <ol>
 * <li>sector 0: the sparse extent header (version 3, flags 0x30001: valid new-line detector,
 * compressed grains, markers; grainSize 128 sectors; gdOffset {@code GD_AT_END});</li>
 * <li>sectors 1 to 20: the embedded descriptor ({@code createType="streamOptimized"}); grains start at
 * sector 128;</li>
 * <li>for every 512 grains (32 MiB of disk): each grain that is not all zeros as a grain marker
 * (its LBA and compressed size) followed by the grain as a zlib stream, padded to a sector; then a
 * grain table marker and the grain table (zero grains have entry 0);</li>
 * <li>a grain directory marker and the grain directory, a footer marker and the footer (the header
 * with the real gdOffset), an end-of-stream marker.</li>
 * </ol>
 * (qemu-img writes its grain directory near the start instead and no footer; both layouts are valid
 * and {@link StreamOptimizedVmdkReader} reads both.) The spec names RFC 1951 for the grain data,
 * but VMware's tools and QEMU write and expect zlib streams (RFC 1950), and so does Kiln.
 * <p>
 * Grains are deflated on all cores and written in LBA order; at most a fixed number are in flight,
 * so memory stays well under 64 MiB whatever the disk size (the grain directory takes 4 bytes per
 * 32 MiB). The output depends only on the input, the options and the file name recorded in the
 * descriptor; the descriptor's CID is derived from the content, not drawn at random.
 */
public final class StreamOptimizedVmdkWriter {

	/** Sectors per grain: 64 KiB grains. */
	static final int GRAIN_SIZE = 128;
	static final int NUM_GTES_PER_GT = 512;
	static final int DESCRIPTOR_OFFSET = 1;
	static final int DESCRIPTOR_SIZE = 20;
	/** The first grain starts on a grain boundary after the descriptor, as in VMware's and QEMU's files. */
	static final int OVERHEAD = 128;
	/** The CID of a disk without parent, and the CID VMware keeps for a disk being created. */
	static final int CID_NOPARENT = 0xffffffff;
	static final int CID_EMPTY = 0xfffffffe;
	/** {@code ddb.toolsVersion} meaning that the guest manages its tools (open-vm-tools). */
	static final String TOOLS_VERSION_GUEST_MANAGED = "2147483647"; //$NON-NLS-1$

	/** The virtual controller the disk is attached to, as {@code ddb.adapterType} names it. */
	public enum AdapterType {
		/** IDE. */
		IDE("ide"), //$NON-NLS-1$
		/** BusLogic SCSI. */
		BUSLOGIC("buslogic"), //$NON-NLS-1$
		/** LSI Logic SCSI, the default of VMware's 64-bit Linux guests. */
		LSILOGIC("lsilogic"), //$NON-NLS-1$
		/** For older ESX hosts when the adapter is not known. */
		LEGACY_ESX("legacyESX"); //$NON-NLS-1$

		private final String ddbValue;

		AdapterType(String ddbValue) {
			this.ddbValue = ddbValue;
		}

		/** The value of {@code ddb.adapterType}. */
		public String ddbValue() {
			return ddbValue;
		}
	}

	/**
	 * What the embedded descriptor says about the virtual machine.
	 *
	 * @param adapterType      the disk's controller ({@code ddb.adapterType} and the geometry)
	 * @param virtualHwVersion the VMware virtual hardware version ({@code ddb.virtualHWVersion})
	 */
	public record Options(AdapterType adapterType, int virtualHwVersion) {

		/** LSI Logic, hardware version 14 (ESXi 6.7 and later, Workstation 14 and later). */
		public static final Options DEFAULT = new Options(AdapterType.LSILOGIC, 14);

		/** Checks the options. */
		public Options {
			Objects.requireNonNull(adapterType);
			if (virtualHwVersion < 4) {
				throw new IllegalArgumentException("virtual hardware versions start at 4: " + virtualHwVersion); //$NON-NLS-1$
			}
		}
	}

	private final Options options;
	private final int threads;
	private final GrainCache cache;

	/** A writer that compresses on all processors. */
	public StreamOptimizedVmdkWriter(Options options) {
		this(options, Runtime.getRuntime().availableProcessors());
	}

	/** A writer that compresses on {@code threads} threads; the output does not depend on it. */
	public StreamOptimizedVmdkWriter(Options options, int threads) {
		this(options, threads, null);
	}

	/**
	 * A writer that takes the grains {@code cache} has from the previous VMDK instead of deflating them
	 * again, and leaves the grains of this one in it when the write succeeds. The output is the same
	 * with or without the cache.
	 */
	public StreamOptimizedVmdkWriter(Options options, int threads, GrainCache cache) {
		this.options = Objects.requireNonNull(options);
		this.threads = OrderedDeflater.requireThreads(threads);
		this.cache = cache;
	}

	/**
	 * Writes {@code raw} as the streamOptimized VMDK {@code target}, replacing it only once complete.
	 * Reports the bytes of the disk done to {@code progress}.
	 *
	 * @throws CancellationException if {@code progress} was cancelled; {@code target} is then untouched
	 */
	public void write(Path raw, Path target, Progress progress) throws IOException {
		write(DiskImage.of(raw), target, progress);
	}

	/** Writes {@code disk} as the streamOptimized VMDK {@code target}, as {@link #write(Path, Path, Progress)} does a raw file. */
	public void write(DiskImage disk, Path target, Progress progress) throws IOException {
		String fileName = target.getFileName().toString();
		if (fileName.chars().anyMatch(c -> c == '"' || c < ' ')) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.StreamOptimizedVmdkWriter_badFileName, fileName));
		}
		try (RawDiskReader reader = RawDiskReader.open(disk); AtomicOutput out = AtomicOutput.create(target)) {
			new Extent(reader, out).write(progress);
			out.commit();
		}
		if (cache != null) {
			cache.commit();
		}
	}

	/** One extent being written. */
	private final class Extent {
		private final RawDiskReader disk;
		private final AtomicOutput out;
		private final long capacity;
		private final int[] gd;
		private final int[] gt = new int[NUM_GTES_PER_GT];
		private final ByteBuffer gtBuffer = ByteBuffer.allocate(NUM_GTES_PER_GT * Integer.BYTES)
				.order(ByteOrder.LITTLE_ENDIAN);
		/** Fingerprint of the content, for the CID: grain numbers and checksums in LBA order. */
		private final CRC32C content = new CRC32C();
		private final ByteBuffer contentEntry = ByteBuffer.allocate(Long.BYTES + Integer.BYTES);
		private int tablesDone;
		private long position = (long) OVERHEAD * SECTOR_SIZE;

		Extent(RawDiskReader disk, AtomicOutput out) throws IOException {
			this.disk = disk;
			this.out = out;
			this.capacity = Alignment.divideRoundingUp(disk.size(), SECTOR_SIZE);
			long grains = Alignment.divideRoundingUp(capacity, GRAIN_SIZE);
			long tables = Alignment.divideRoundingUp(grains, NUM_GTES_PER_GT);
			// grain table entries are 32-bit sector numbers: 2 TiB files at most, hence disks of less
			if (tables > Integer.MAX_VALUE / Integer.BYTES || capacity > 0xFFFFFFFFL) {
				throw new IOException(ImageText.bind(ImageText.StreamOptimizedVmdkWriter_tooLarge, disk.name(), disk.size()));
			}
			this.gd = new int[(int) tables];
		}

		void write(Progress progress) throws IOException {
			int grainBytes = GRAIN_SIZE * SECTOR_SIZE;
			try (OrderedDeflater deflater = new OrderedDeflater(threads, true, GRAIN_MARKER_SIZE, this::writeGrain, cache)) {
				disk.forEachChunk(RawDiskReader.CHUNK_SIZE, SECTOR_SIZE, (offset, chunk) -> {
					if (progress.isCancelled()) {
						throw new CancellationException(ImageText.StreamOptimizedVmdkWriter_cancelled);
					}
					for (int from = 0; from < chunk.limit(); from += grainBytes) {
						// the last grain may be partial: compress the disk's bytes only, as VMware does
						int to = Math.min(from + grainBytes, chunk.limit());
						if (!RawDiskReader.isZero(chunk, from, to)) {
							deflater.submit((offset + from) / grainBytes, chunk, from, to);
						}
					}
					progress.worked(chunk.limit());
				});
				deflater.finish();
			}
			while (tablesDone < gd.length) {
				writeGrainTable();
			}
			long gdSector = writeMetadata(MARKER_GD, intsLittleEndian(gd));
			SparseExtentHeader header = header();
			writeMetadata(MARKER_FOOTER, header.withGdOffset(gdSector).encode());
			out.write(SparseExtentHeader.metadataMarker(0, MARKER_EOS), position);
			out.write(header.encode(), 0);
			out.write(descriptor(), (long) DESCRIPTOR_OFFSET * SECTOR_SIZE);
		}

		private void writeGrain(OrderedDeflater.Block block) throws IOException {
			while (block.index() / NUM_GTES_PER_GT > tablesDone) {
				writeGrainTable();
			}
			byte[] data = block.data();
			int length = GRAIN_MARKER_SIZE + block.length();
			int padded = (int) Alignment.roundUp(length, SECTOR_SIZE);
			if (padded > data.length) {
				data = Arrays.copyOf(data, padded);
			}
			ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN).putLong(0, block.index() * GRAIN_SIZE)
					.putInt(Long.BYTES, block.length());
			Arrays.fill(data, length, padded, (byte) 0);
			gt[(int) (block.index() % NUM_GTES_PER_GT)] = sector(position);
			out.write(ByteBuffer.wrap(data, 0, padded), position);
			position += padded;
			if (cache != null) {
				cache.record(block.sha256(), data, GRAIN_MARKER_SIZE, block.length());
			}
			contentEntry.clear().putLong(block.index()).putInt(block.checksum());
			content.update(contentEntry.flip());
		}

		private void writeGrainTable() throws IOException {
			gtBuffer.clear();
			for (int entry : gt) {
				gtBuffer.putInt(entry);
			}
			gd[tablesDone++] = (int) writeMetadata(MARKER_GT, gtBuffer.flip());
			Arrays.fill(gt, 0);
		}

		/** Writes a metadata marker and its block at the current position; returns the block's sector. */
		private long writeMetadata(int type, ByteBuffer metadata) throws IOException {
			long sectors = Alignment.divideRoundingUp(metadata.remaining(), SECTOR_SIZE);
			out.write(SparseExtentHeader.metadataMarker(sectors, type), position);
			long sector = sector(position) + 1;
			out.write(metadata, sector * SECTOR_SIZE);
			position = (sector + sectors) * SECTOR_SIZE;
			return sector;
		}

		private int sector(long offset) throws IOException {
			long sector = offset / SECTOR_SIZE;
			if (sector > 0xFFFFFFFFL) {
				throw new IOException(ImageText.bind(ImageText.StreamOptimizedVmdkWriter_passes2TiB, disk.name()));
			}
			return (int) sector;
		}

		private SparseExtentHeader header() {
			return new SparseExtentHeader(SPARSE_VERSION_INCOMPAT_FLAGS,
					SPARSEFLAG_VALID_NEWLINE_DETECTOR | SPARSEFLAG_COMPRESSED | SPARSEFLAG_EMBEDDED_LBA, capacity,
					GRAIN_SIZE, DESCRIPTOR_OFFSET, DESCRIPTOR_SIZE, NUM_GTES_PER_GT, 0, GD_AT_END, OVERHEAD,
					SPARSE_COMPRESSALGORITHM_DEFLATE);
		}

		private ByteBuffer descriptor() {
			int cid = (int) content.getValue() ^ (int) capacity;
			if (cid == CID_NOPARENT || cid == CID_EMPTY) {
				cid = 0;
			}
			boolean ide = options.adapterType() == AdapterType.IDE;
			int heads = ide ? 16 : 255;
			int sectors = 63;
			long cylinders = Math.min(Alignment.divideRoundingUp(capacity, heads * sectors), ide ? 16383 : 65535);
			String text = "# Disk DescriptorFile\n" //$NON-NLS-1$
					+ "version=1\n" //$NON-NLS-1$
					+ "encoding=\"UTF-8\"\n" //$NON-NLS-1$
					+ "CID=" + String.format("%08x", cid) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "parentCID=" + String.format("%08x", CID_NOPARENT) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "createType=\"streamOptimized\"\n" //$NON-NLS-1$
					+ "\n" //$NON-NLS-1$
					+ "# Extent description\n" //$NON-NLS-1$
					+ "RW " + capacity + " SPARSE \"" + out.fileName() + "\"\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "\n" //$NON-NLS-1$
					+ "# The Disk Data Base\n" //$NON-NLS-1$
					+ "#DDB\n" //$NON-NLS-1$
					+ "\n" //$NON-NLS-1$
					+ "ddb.adapterType = \"" + options.adapterType().ddbValue() + "\"\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "ddb.geometry.cylinders = \"" + cylinders + "\"\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "ddb.geometry.heads = \"" + heads + "\"\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "ddb.geometry.sectors = \"" + sectors + "\"\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "ddb.toolsVersion = \"" + TOOLS_VERSION_GUEST_MANAGED + "\"\n" //$NON-NLS-1$ //$NON-NLS-2$
					+ "ddb.virtualHWVersion = \"" + options.virtualHwVersion() + "\"\n"; //$NON-NLS-1$ //$NON-NLS-2$
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			if (bytes.length > DESCRIPTOR_SIZE * SECTOR_SIZE) {
				throw new IllegalArgumentException(ImageText.bind(ImageText.StreamOptimizedVmdkWriter_descriptorTooLong, DESCRIPTOR_SIZE,
						out.fileName()));
			}
			return ByteBuffer.wrap(bytes);
		}
	}

	private static ByteBuffer intsLittleEndian(int[] values) {
		ByteBuffer buffer = ByteBuffer.allocate(values.length * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		for (int value : values) {
			buffer.putInt(value);
		}
		return buffer.flip();
	}
}
