package dev.kiln.image.format;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The header of a hosted sparse extent and the markers of a stream-optimized one, as VMware's
 * "Virtual Disk Format 5.0" technical note defines them (sections "Hosted Sparse Extent Header" and
 * "Stream-Optimized Compressed"). All numbers are little-endian; sizes and offsets are in sectors.
 * The footer of a stream-optimized extent is a second copy of this header.
 *
 * @param version           {@value #SPARSE_VERSION_INCOMPAT_FLAGS} for stream-optimized extents
 * @param flags             {@code SPARSEFLAG_*} bits
 * @param capacity          the virtual disk's size in sectors
 * @param grainSize         sectors per grain
 * @param descriptorOffset  sector of the embedded descriptor, 0 if none
 * @param descriptorSize    sectors of the embedded descriptor
 * @param numGTEsPerGT      entries per grain table
 * @param rgdOffset         sector of the redundant grain directory (used only with {@link #SPARSEFLAG_USE_REDUNDANT})
 * @param gdOffset          sector of the grain directory, or {@link #GD_AT_END}
 * @param overHead          sectors before the first grain
 * @param compressAlgorithm {@link #SPARSE_COMPRESSALGORITHM_DEFLATE} for stream-optimized extents
 */
record SparseExtentHeader(int version, int flags, long capacity, long grainSize, long descriptorOffset,
		long descriptorSize, int numGTEsPerGT, long rgdOffset, long gdOffset, long overHead, int compressAlgorithm) {

	static final int SECTOR_SIZE = 512;
	/** "KDMV" read as a little-endian number. */
	static final int SPARSE_MAGICNUMBER = 0x564d444b;
	static final int SPARSE_VERSION_INCOMPAT_FLAGS = 3;
	static final int SPARSEFLAG_VALID_NEWLINE_DETECTOR = 1 << 0;
	static final int SPARSEFLAG_USE_REDUNDANT = 1 << 1;
	/** A grain table entry of 1 means a grain of zeros. */
	static final int SPARSEFLAG_MAGIC_GTE = 1 << 2;
	static final int SPARSEFLAG_COMPRESSED = 1 << 16;
	static final int SPARSEFLAG_EMBEDDED_LBA = 1 << 17;
	/** Flags below bit 16 may be ignored by a reader that does not know them; flags above may not. */
	static final int SPARSEFLAG_INCOMPAT_FLAGS = 0xFFFF0000;
	static final int SPARSE_COMPRESSALGORITHM_DEFLATE = 1;
	/** gdOffset of the header when the grain directory is found through the footer. */
	static final long GD_AT_END = 0xFFFFFFFFFFFFFFFFL;
	static final byte SPARSE_SINGLE_END_LINE_CHAR = '\n';
	static final byte SPARSE_NON_END_LINE_CHAR = ' ';
	static final byte SPARSE_DOUBLE_END_LINE_CHAR1 = '\r';
	static final byte SPARSE_DOUBLE_END_LINE_CHAR2 = '\n';

	/** Marker types: the value of {@code type} in a marker whose {@code size} is 0. */
	static final int MARKER_EOS = 0;
	static final int MARKER_GT = 1;
	static final int MARKER_GD = 2;
	static final int MARKER_FOOTER = 3;
	/** A grain marker: lba (8 bytes) and size of the compressed data (4 bytes), data follows. */
	static final int GRAIN_MARKER_SIZE = 12;

	/** Byte offsets of the fields that readers report problems at. */
	static final int VERSION_FIELD = 4;
	static final int FLAGS_FIELD = 8;
	static final int CAPACITY_FIELD = 12;
	static final int GRAIN_SIZE_FIELD = 20;
	static final int DESCRIPTOR_OFFSET_FIELD = 28;
	static final int NUM_GTES_PER_GT_FIELD = 44;
	static final int GD_OFFSET_FIELD = 56;
	static final int NEWLINE_FIELD = 73;
	static final int COMPRESS_ALGORITHM_FIELD = 77;

	/** This header as a 512-byte sector. */
	ByteBuffer encode() {
		ByteBuffer sector = ByteBuffer.allocate(SECTOR_SIZE).order(ByteOrder.LITTLE_ENDIAN);
		sector.putInt(SPARSE_MAGICNUMBER);
		sector.putInt(version);
		sector.putInt(flags);
		sector.putLong(capacity);
		sector.putLong(grainSize);
		sector.putLong(descriptorOffset);
		sector.putLong(descriptorSize);
		sector.putInt(numGTEsPerGT);
		sector.putLong(rgdOffset);
		sector.putLong(gdOffset);
		sector.putLong(overHead);
		sector.put((byte) 0); // uncleanShutdown
		sector.put(SPARSE_SINGLE_END_LINE_CHAR);
		sector.put(SPARSE_NON_END_LINE_CHAR);
		sector.put(SPARSE_DOUBLE_END_LINE_CHAR1);
		sector.put(SPARSE_DOUBLE_END_LINE_CHAR2);
		sector.putShort((short) compressAlgorithm);
		return sector.clear();
	}

	/** Reads a header from the 512 bytes at the position of {@code sector}, without checking its magic number. */
	static SparseExtentHeader decode(ByteBuffer sector) {
		ByteBuffer b = sector.slice().order(ByteOrder.LITTLE_ENDIAN);
		return new SparseExtentHeader(b.getInt(4), b.getInt(8), b.getLong(12), b.getLong(20), b.getLong(28),
				b.getLong(36), b.getInt(44), b.getLong(48), b.getLong(56), b.getLong(64),
				Short.toUnsignedInt(b.getShort(COMPRESS_ALGORITHM_FIELD)));
	}

	/** Whether the end-of-line detection bytes of the header in {@code sector} are intact. */
	static boolean newlinesIntact(ByteBuffer sector) {
		ByteBuffer b = sector.slice();
		return b.get(NEWLINE_FIELD) == SPARSE_SINGLE_END_LINE_CHAR && b.get(NEWLINE_FIELD + 1) == SPARSE_NON_END_LINE_CHAR
				&& b.get(NEWLINE_FIELD + 2) == SPARSE_DOUBLE_END_LINE_CHAR1
				&& b.get(NEWLINE_FIELD + 3) == SPARSE_DOUBLE_END_LINE_CHAR2;
	}

	/** This header with another grain directory offset (the footer's copy of the header). */
	SparseExtentHeader withGdOffset(long offset) {
		return new SparseExtentHeader(version, flags, capacity, grainSize, descriptorOffset, descriptorSize,
				numGTEsPerGT, rgdOffset, offset, overHead, compressAlgorithm);
	}

	/** A metadata marker (end-of-stream, grain table, grain directory or footer) as a 512-byte sector. */
	static ByteBuffer metadataMarker(long numSectors, int type) {
		ByteBuffer sector = ByteBuffer.allocate(SECTOR_SIZE).order(ByteOrder.LITTLE_ENDIAN);
		sector.putLong(numSectors);
		sector.putInt(0); // size 0: not a grain
		sector.putInt(type);
		return sector.clear();
	}
}
