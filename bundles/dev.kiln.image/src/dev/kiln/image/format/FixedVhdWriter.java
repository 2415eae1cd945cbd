package dev.kiln.image.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import dev.kiln.image.Progress;

/**
 * Writes a disk as a fixed VHD: the raw disk followed by a 512-byte footer, what Azure takes (fixed type, a
 * virtual size of whole MiB) and Hyper-V imports.
 * <p>
 * Format: Microsoft's "Virtual Hard Disk Image Format Specification" (version 1.0, 2006), "Hard Disk Footer
 * Format" and "CHS Calculation". Fields are big-endian; the checksum is the one's complement of the byte sum
 * of the footer without it. The geometry is the specification's CHS for the size, which is less than the
 * size for most sizes; readers that size the disk by its geometry (Virtual PC, and QEMU for most creators)
 * would then cut off the disk's end, where the GPT's backup header lives. The creator application is
 * therefore {@code qem2}, the value QEMU's {@code vpc} driver (block/vpc.c) reads as "the size is the footer's
 * current size", as Hyper-V, Azure and VirtualBox always do; it is also what {@code qemu-img convert -O vpc -o
 * subformat=fixed,force_size} writes, the conversion Azure's documentation gives for Linux images.
 * <p>
 * The output depends only on the disk and the {@link Footer}: the same disk always gives the same bytes.
 */
public final class FixedVhdWriter {

	/** The footer's size, also what a fixed VHD adds to the disk. */
	public static final int FOOTER_SIZE = 512;
	static final byte[] COOKIE = "conectix".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	/** Bit 1, "reserved", is always set. */
	static final int FEATURES = 0x00000002;
	static final int FILE_FORMAT_VERSION = 0x00010000;
	/** A fixed disk has no dynamic header. */
	static final long NO_DATA_OFFSET = -1L;
	static final byte[] CREATOR_APPLICATION = "qem2".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	/** Kiln 0.1, as major.minor in two 16-bit halves. */
	static final int CREATOR_VERSION = 0x00000001;
	/** "Wi2k": the host OS value every current tool writes. */
	static final byte[] CREATOR_HOST_OS = "Wi2k".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
	static final int DISK_TYPE_FIXED = 2;
	/** The time stamp counts seconds from 2000-01-01 00:00:00 UTC. */
	static final Instant VHD_EPOCH = Instant.parse("2000-01-01T00:00:00Z"); //$NON-NLS-1$
	static final long MIB = 1L << 20;

	/**
	 * What the footer says besides the size.
	 *
	 * @param created  the footer's time stamp (the build's SOURCE_DATE_EPOCH, for reproducible bytes)
	 * @param uniqueId the disk's identifier
	 */
	public record Footer(Instant created, UUID uniqueId) {
	}

	private FixedVhdWriter() {
	}

	/**
	 * Writes {@code disk} with its footer to {@code target}, sparse where the disk has zeros, replacing it only
	 * once complete; returns the SHA-256 of the file in lower-case hex.
	 *
	 * @throws IllegalArgumentException if the disk's size is not a whole number of MiB (Azure refuses it)
	 * @throws CancellationException    if {@code progress} was cancelled; {@code target} is then untouched
	 */
	public static String write(DiskImage disk, Footer footer, Path target, Progress progress) throws IOException {
		if (disk.size() % MIB != 0) {
			throw new IllegalArgumentException("a VHD's size must be a whole number of MiB: " + disk.size()); //$NON-NLS-1$
		}
		List<DiskImage.Piece> pieces = new ArrayList<>(disk.pieces());
		pieces.add(new DiskImage.Piece(disk.size(), FOOTER_SIZE, null, 0, footer(disk.size(), footer)));
		return RawDiskWriter.write(new DiskImage(disk.name(), disk.size() + FOOTER_SIZE, pieces), target, progress);
	}

	/** The footer of a fixed disk of {@code size} bytes. */
	static byte[] footer(long size, Footer footer) {
		ByteBuffer b = ByteBuffer.allocate(FOOTER_SIZE);
		b.put(COOKIE);
		b.putInt(FEATURES);
		b.putInt(FILE_FORMAT_VERSION);
		b.putLong(NO_DATA_OFFSET);
		b.putInt((int) (footer.created().getEpochSecond() - VHD_EPOCH.getEpochSecond()));
		b.put(CREATOR_APPLICATION);
		b.putInt(CREATOR_VERSION);
		b.put(CREATOR_HOST_OS);
		b.putLong(size); // original size
		b.putLong(size); // current size
		b.putInt(geometry(size / 512));
		b.putInt(DISK_TYPE_FIXED);
		int checksumAt = b.position();
		b.putInt(0);
		b.putLong(footer.uniqueId().getMostSignificantBits());
		b.putLong(footer.uniqueId().getLeastSignificantBits());
		// saved state 0 and the reserved bytes stay zero
		byte[] bytes = b.array();
		int sum = 0;
		for (byte x : bytes) {
			sum += x & 0xff;
		}
		b.putInt(checksumAt, ~sum);
		return bytes;
	}

	/**
	 * The specification's CHS geometry of a disk of {@code totalSectors}: cylinders in the high 16 bits, then
	 * heads, then sectors per track.
	 */
	static int geometry(long totalSectors) {
		long sectors = Math.min(totalSectors, 65535L * 16 * 255);
		int sectorsPerTrack;
		int heads;
		long cylinderTimesHeads;
		if (sectors >= 65535L * 16 * 63) {
			sectorsPerTrack = 255;
			heads = 16;
			cylinderTimesHeads = sectors / sectorsPerTrack;
		} else {
			sectorsPerTrack = 17;
			cylinderTimesHeads = sectors / sectorsPerTrack;
			heads = (int) ((cylinderTimesHeads + 1023) / 1024);
			if (heads < 4) {
				heads = 4;
			}
			if (cylinderTimesHeads >= heads * 1024L || heads > 16) {
				sectorsPerTrack = 31;
				heads = 16;
				cylinderTimesHeads = sectors / sectorsPerTrack;
			}
			if (cylinderTimesHeads >= heads * 1024L) {
				sectorsPerTrack = 63;
				heads = 16;
				cylinderTimesHeads = sectors / sectorsPerTrack;
			}
		}
		long cylinders = cylinderTimesHeads / heads;
		return (int) (cylinders << 16 | heads << 8 | sectorsPerTrack);
	}
}
