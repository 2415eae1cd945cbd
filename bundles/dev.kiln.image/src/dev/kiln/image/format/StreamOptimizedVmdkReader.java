package dev.kiln.image.format;

import static dev.kiln.image.format.SparseExtentHeader.CAPACITY_FIELD;
import static dev.kiln.image.format.SparseExtentHeader.COMPRESS_ALGORITHM_FIELD;
import static dev.kiln.image.format.SparseExtentHeader.DESCRIPTOR_OFFSET_FIELD;
import static dev.kiln.image.format.SparseExtentHeader.FLAGS_FIELD;
import static dev.kiln.image.format.SparseExtentHeader.GD_AT_END;
import static dev.kiln.image.format.SparseExtentHeader.GD_OFFSET_FIELD;
import static dev.kiln.image.format.SparseExtentHeader.GRAIN_MARKER_SIZE;
import static dev.kiln.image.format.SparseExtentHeader.GRAIN_SIZE_FIELD;
import static dev.kiln.image.format.SparseExtentHeader.MARKER_EOS;
import static dev.kiln.image.format.SparseExtentHeader.MARKER_FOOTER;
import static dev.kiln.image.format.SparseExtentHeader.NEWLINE_FIELD;
import static dev.kiln.image.format.SparseExtentHeader.NUM_GTES_PER_GT_FIELD;
import static dev.kiln.image.format.SparseExtentHeader.SECTOR_SIZE;
import static dev.kiln.image.format.SparseExtentHeader.SPARSEFLAG_COMPRESSED;
import static dev.kiln.image.format.SparseExtentHeader.SPARSEFLAG_EMBEDDED_LBA;
import static dev.kiln.image.format.SparseExtentHeader.SPARSEFLAG_INCOMPAT_FLAGS;
import static dev.kiln.image.format.SparseExtentHeader.SPARSEFLAG_MAGIC_GTE;
import static dev.kiln.image.format.SparseExtentHeader.SPARSEFLAG_VALID_NEWLINE_DETECTOR;
import static dev.kiln.image.format.SparseExtentHeader.SPARSE_COMPRESSALGORITHM_DEFLATE;
import static dev.kiln.image.format.SparseExtentHeader.SPARSE_MAGICNUMBER;
import static dev.kiln.image.format.SparseExtentHeader.SPARSE_VERSION_INCOMPAT_FLAGS;
import static dev.kiln.image.format.SparseExtentHeader.VERSION_FIELD;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CancellationException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import dev.kiln.image.Progress;
import dev.kiln.image.format.DiskFormatException.Kind;
import dev.kiln.image.internal.ImageText;

/**
 * Reads a streamOptimized VMDK: checks its structure on {@link #open} and streams the virtual disk's
 * contents with {@link #copyTo}, checking every grain on the way.
 * <p>
 * Format: VMware "Virtual Disk Format 5.0", sections "Hosted Sparse Extent Header" and
 * "Stream-Optimized Compressed". Both layouts in use are read: VMware's (and Kiln's), whose header
 * says {@code GD_AT_END} and whose footer, in the second-to-last sector, gives the grain directory;
 * and QEMU's, whose header gives the grain directory near the start and which has no footer.
 * Every problem is a {@link DiskFormatException} naming the file, the offset and what is wrong.
 * Memory: the grain directory (4 bytes per grain table) and one grain table at a time.
 */
public final class StreamOptimizedVmdkReader implements Closeable {

	/** Grains larger than 1 MiB are not a VMDK any tool writes. */
	private static final long MAX_GRAIN_SIZE = 2048;
	private static final int MAX_GTES_PER_GT = 4096;
	private static final int MAX_DESCRIPTOR_BYTES = 1 << 20;

	private final Path file;
	private final FileChannel channel;
	private final long fileSize;
	private final SparseExtentHeader header;
	private final boolean footer;
	private final int[] gd;
	private final long gdPosition;
	private final String descriptor;

	private StreamOptimizedVmdkReader(Path file, FileChannel channel) throws IOException {
		this.file = file;
		this.channel = channel;
		this.fileSize = channel.size();
		if (fileSize < SECTOR_SIZE) {
			throw problem(0, Kind.TRUNCATED,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_shortFile, fileSize));
		}
		SparseExtentHeader first = readHeader(0);
		this.footer = first.gdOffset() == GD_AT_END;
		this.header = footer ? readFooter() : first;
		long headerAt = footer ? fileSize - 2L * SECTOR_SIZE : 0;
		checkStreamOptimized(header, headerAt);

		long grains = Alignment.divideRoundingUp(header.capacity(), header.grainSize());
		long tables = Alignment.divideRoundingUp(grains, header.numGTEsPerGT());
		this.gdPosition = header.gdOffset() * SECTOR_SIZE;
		if (header.gdOffset() <= 0 || header.gdOffset() > fileSize / SECTOR_SIZE
				|| gdPosition + tables * Integer.BYTES > fileSize) {
			throw problem(headerAt + GD_OFFSET_FIELD, Kind.POINTER_PAST_EOF,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_directoryPastEnd,
					Long.toUnsignedString(header.gdOffset()), tables, fileSize));
		}
		this.gd = new int[(int) tables];
		ByteBuffer directory = read(gdPosition, gd.length * Integer.BYTES);
		long gtBytes = (long) header.numGTEsPerGT() * Integer.BYTES;
		for (int i = 0; i < gd.length; i++) {
			gd[i] = directory.getInt();
			long gtPosition = Integer.toUnsignedLong(gd[i]) * SECTOR_SIZE;
			if (gd[i] != 0 && gtPosition + gtBytes > fileSize) {
				throw problem(gdPosition + (long) i * Integer.BYTES, Kind.POINTER_PAST_EOF,
						ImageText.bind(ImageText.StreamOptimizedVmdkReader_tablePastEnd, i,
						Integer.toUnsignedString(gd[i]), fileSize));
			}
		}
		this.descriptor = readDescriptor(headerAt);
	}

	/**
	 * Opens {@code file} and checks its header, footer, grain directory and the place of every grain
	 * table.
	 *
	 * @throws DiskFormatException if the file is not a well-formed streamOptimized VMDK
	 */
	public static StreamOptimizedVmdkReader open(Path file) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		try {
			return new StreamOptimizedVmdkReader(file, channel);
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/** The size of the virtual disk in bytes. */
	public long capacity() {
		return header.capacity() * SECTOR_SIZE;
	}

	/** The embedded descriptor, empty if the file has none. */
	public String descriptor() {
		return descriptor;
	}

	/**
	 * The bytes of the virtual disk that are stored (grains present in the grain tables), what OVF calls
	 * a disk's populated size. Reads the grain tables, not the grains.
	 */
	public long allocatedBytes() throws IOException {
		long grainBytes = header.grainSize() * SECTOR_SIZE;
		long grains = 0;
		for (int table : gd) {
			if (table == 0) {
				continue;
			}
			ByteBuffer gt = read(Integer.toUnsignedLong(table) * SECTOR_SIZE, header.numGTEsPerGT() * Integer.BYTES);
			for (int entry = 0; entry < header.numGTEsPerGT(); entry++) {
				int sector = gt.getInt(entry * Integer.BYTES);
				if (sector != 0 && !(sector == 1 && (header.flags() & SPARSEFLAG_MAGIC_GTE) != 0)) {
					grains++;
				}
			}
		}
		return Math.min(grains * grainBytes, capacity());
	}

	/** Whether the file has VMware's layout: grain directory at the end, found through a footer. */
	public boolean hasFooter() {
		return footer;
	}

	/**
	 * Writes the virtual disk's {@link #capacity()} bytes to {@code out}, checking each grain's marker
	 * and data, and reports the bytes done to {@code progress}.
	 *
	 * @throws DiskFormatException   if a grain table or grain is damaged
	 * @throws CancellationException if {@code progress} was cancelled
	 */
	public void copyTo(OutputStream out, Progress progress) throws IOException {
		int grainBytes = (int) (header.grainSize() * SECTOR_SIZE);
		byte[] grain = new byte[grainBytes];
		byte[] zeros = new byte[grainBytes];
		long capacity = capacity();
		long grainNumber = 0;
		Inflater inflater = new Inflater();
		try {
			for (int table = 0; table < gd.length; table++) {
				if (progress.isCancelled()) {
					throw new CancellationException(ImageText.bind(ImageText.StreamOptimizedVmdkReader_cancelled, file));
				}
				long gtPosition = Integer.toUnsignedLong(gd[table]) * SECTOR_SIZE;
				ByteBuffer gt = gd[table] == 0 ? null : read(gtPosition, header.numGTEsPerGT() * Integer.BYTES);
				long tableBytes = 0;
				for (int entry = 0; entry < header.numGTEsPerGT() && grainNumber * grainBytes < capacity; entry++) {
					int length = (int) Math.min(grainBytes, capacity - grainNumber * grainBytes);
					int sector = gt == null ? 0 : gt.getInt(entry * Integer.BYTES);
					boolean zero = sector == 0 || (sector == 1 && (header.flags() & SPARSEFLAG_MAGIC_GTE) != 0);
					if (zero) {
						out.write(zeros, 0, length);
					} else {
						readGrain(grainNumber, Integer.toUnsignedLong(sector) * SECTOR_SIZE,
								gtPosition + (long) entry * Integer.BYTES, grain, length, inflater);
						out.write(grain, 0, length);
					}
					tableBytes += length;
					grainNumber++;
				}
				progress.worked(tableBytes);
			}
		} finally {
			inflater.end();
		}
	}

	private void readGrain(long grainNumber, long position, long entryPosition, byte[] grain, int length,
			Inflater inflater) throws IOException {
		if (position + GRAIN_MARKER_SIZE > fileSize) {
			throw problem(entryPosition, Kind.POINTER_PAST_EOF,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_entryPastEnd, grainNumber, position));
		}
		ByteBuffer marker = read(position, GRAIN_MARKER_SIZE);
		long lba = marker.getLong();
		int size = marker.getInt();
		if (lba != grainNumber * header.grainSize()) {
			throw problem(position, Kind.LBA_MISMATCH, ImageText.bind(ImageText.StreamOptimizedVmdkReader_lbaMismatch, lba, grainNumber,
					grainNumber * header.grainSize()));
		}
		long compressedSize = Integer.toUnsignedLong(size);
		if (compressedSize == 0 || compressedSize > 2L * grain.length + SECTOR_SIZE) {
			throw problem(position + Long.BYTES, Kind.CORRUPT_DATA,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_impossibleSize, grainNumber, compressedSize));
		}
		if (position + GRAIN_MARKER_SIZE + compressedSize > fileSize) {
			throw problem(position, Kind.TRUNCATED, ImageText.bind(ImageText.StreamOptimizedVmdkReader_endsInsideGrain, grainNumber,
					compressedSize, position + GRAIN_MARKER_SIZE));
		}
		ByteBuffer compressed = read(position + GRAIN_MARKER_SIZE, (int) compressedSize);
		inflater.reset();
		inflater.setInput(compressed);
		int produced;
		try {
			produced = inflater.inflate(grain);
			if (!inflater.finished() && produced == grain.length && inflater.inflate(new byte[1]) > 0) {
				produced++;
			}
		} catch (DataFormatException e) {
			throw problem(position + GRAIN_MARKER_SIZE, Kind.CORRUPT_DATA,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_doesNotInflate, grainNumber, e.getMessage()));
		}
		if (!inflater.finished() || produced < length || produced > grain.length) {
			throw problem(position + GRAIN_MARKER_SIZE, Kind.CORRUPT_DATA, inflater.finished()
					? ImageText.bind(ImageText.StreamOptimizedVmdkReader_inflatesTo, grainNumber, produced, length)
					: ImageText.bind(ImageText.StreamOptimizedVmdkReader_inflatesUnfinished, grainNumber, length));
		}
	}

	private SparseExtentHeader readHeader(long position) throws IOException {
		ByteBuffer sector = read(position, SECTOR_SIZE);
		int magic = sector.order(ByteOrder.LITTLE_ENDIAN).getInt(0);
		if (magic != SPARSE_MAGICNUMBER) {
			throw problem(position, Kind.BAD_MAGIC, ImageText.bind(ImageText.StreamOptimizedVmdkReader_badMagic,
					String.format("%08x", SPARSE_MAGICNUMBER), String.format("%08x", magic))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		SparseExtentHeader header = SparseExtentHeader.decode(sector);
		if ((header.flags() & SPARSEFLAG_VALID_NEWLINE_DETECTOR) != 0 && !SparseExtentHeader.newlinesIntact(sector)) {
			throw problem(position + NEWLINE_FIELD, Kind.CORRUPT_DATA,
					ImageText.StreamOptimizedVmdkReader_newlinesAltered);
		}
		return header;
	}

	private SparseExtentHeader readFooter() throws IOException {
		long eosAt = fileSize - SECTOR_SIZE;
		if (fileSize % SECTOR_SIZE != 0 || fileSize < 4L * SECTOR_SIZE || !isMarker(eosAt, MARKER_EOS)
				|| read(eosAt, Long.BYTES).getLong() != 0) {
			throw problem(Math.max(0, eosAt), Kind.TRUNCATED,
					ImageText.StreamOptimizedVmdkReader_noEndOfStream);
		}
		long footerMarkerAt = fileSize - 3L * SECTOR_SIZE;
		if (!isMarker(footerMarkerAt, MARKER_FOOTER)) {
			throw problem(footerMarkerAt, Kind.TRUNCATED, ImageText.StreamOptimizedVmdkReader_noFooter);
		}
		SparseExtentHeader footer = readHeader(fileSize - 2L * SECTOR_SIZE);
		if (footer.gdOffset() == GD_AT_END) {
			throw problem(fileSize - 2L * SECTOR_SIZE + GD_OFFSET_FIELD, Kind.CORRUPT_DATA,
					ImageText.StreamOptimizedVmdkReader_footerWithoutDirectory);
		}
		return footer;
	}

	/** Whether a metadata marker of {@code type} is at {@code position}. */
	private boolean isMarker(long position, int type) throws IOException {
		ByteBuffer marker = read(position + Long.BYTES, 2 * Integer.BYTES);
		return marker.getInt() == 0 && marker.getInt() == type;
	}

	private void checkStreamOptimized(SparseExtentHeader header, long at) throws DiskFormatException {
		if (header.version() < 1 || header.version() > SPARSE_VERSION_INCOMPAT_FLAGS) {
			throw problem(at + VERSION_FIELD, Kind.UNSUPPORTED,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_unknownVersion, header.version()));
		}
		int known = SPARSEFLAG_COMPRESSED | SPARSEFLAG_EMBEDDED_LBA;
		int unknown = header.flags() & SPARSEFLAG_INCOMPAT_FLAGS & ~known;
		if (unknown != 0) {
			throw problem(at + FLAGS_FIELD, Kind.UNSUPPORTED,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_unknownFlags, String.format("%08x", unknown))); //$NON-NLS-1$
		}
		if ((header.flags() & known) != known) {
			throw problem(at + FLAGS_FIELD, Kind.UNSUPPORTED, ImageText.bind(ImageText.StreamOptimizedVmdkReader_notStreamOptimized,
					String.format("%08x", header.flags()))); //$NON-NLS-1$
		}
		if (header.compressAlgorithm() != SPARSE_COMPRESSALGORITHM_DEFLATE) {
			throw problem(at + COMPRESS_ALGORITHM_FIELD, Kind.UNSUPPORTED,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_unknownCompression, header.compressAlgorithm()));
		}
		long grainSize = header.grainSize();
		if (grainSize < 1 || grainSize > MAX_GRAIN_SIZE || Long.bitCount(grainSize) != 1) {
			throw problem(at + GRAIN_SIZE_FIELD, Kind.UNSUPPORTED,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_badGrainSize, grainSize, MAX_GRAIN_SIZE));
		}
		int entries = header.numGTEsPerGT();
		if (entries < 1 || entries > MAX_GTES_PER_GT || Integer.bitCount(entries) != 1) {
			throw problem(at + NUM_GTES_PER_GT_FIELD, Kind.UNSUPPORTED,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_badTableSize, entries,
					MAX_GTES_PER_GT));
		}
		if (header.capacity() < 0 || header.capacity() > Long.MAX_VALUE / SECTOR_SIZE) {
			throw problem(at + CAPACITY_FIELD, Kind.UNSUPPORTED, ImageText.bind(ImageText.StreamOptimizedVmdkReader_badCapacity,
					Long.toUnsignedString(header.capacity())));
		}
	}

	private String readDescriptor(long headerAt) throws IOException {
		long offset = header.descriptorOffset() * SECTOR_SIZE;
		long size = header.descriptorSize() * SECTOR_SIZE;
		if (header.descriptorOffset() == 0 || size == 0) {
			return ""; //$NON-NLS-1$
		}
		if (header.descriptorOffset() < 0 || size < 0 || size > MAX_DESCRIPTOR_BYTES || offset + size > fileSize) {
			throw problem(headerAt + DESCRIPTOR_OFFSET_FIELD, Kind.POINTER_PAST_EOF,
					ImageText.bind(ImageText.StreamOptimizedVmdkReader_descriptorPastEnd, size, offset));
		}
		ByteBuffer bytes = read(offset, (int) size);
		int end = 0;
		while (end < bytes.limit() && bytes.get(end) != 0) {
			end++;
		}
		return StandardCharsets.UTF_8.decode(bytes.limit(end)).toString();
	}

	private ByteBuffer read(long position, int length) throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				throw problem(position + buffer.position(), Kind.TRUNCATED,
						ImageText.bind(ImageText.StreamOptimizedVmdkReader_endsInsideStructure, length, position));
			}
		}
		return buffer.flip();
	}

	private DiskFormatException problem(long offset, Kind kind, String what) {
		return new DiskFormatException(file, offset, kind, what);
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
