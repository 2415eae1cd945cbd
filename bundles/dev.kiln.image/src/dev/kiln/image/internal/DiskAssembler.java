package dev.kiln.image.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CancellationException;

import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.format.DiskImage;
import dev.kiln.image.format.RawDiskWriter;

/**
 * Puts partitions into a disk: GPT and MBR, then each partition image at its offset. The disk is a
 * {@link DiskImage}, the tables and the images side by side, which the format writers read directly: a
 * raw disk file is written only when one is asked for. Partitions follow each other on 1 MiB
 * boundaries from sector {@value #FIRST_LBA}; an unused part keeps its GPT entry empty and takes no space.
 */
public final class DiskAssembler {

	/** Partitions start on 1 MiB boundaries. */
	public static final long ALIGNMENT_SECTORS = 2048;
	/** Where the first partition starts. */
	public static final long FIRST_LBA = ALIGNMENT_SECTORS;

	/**
	 * A partition to place: its image file, GPT type and id, attributes and name; or, without an image, a partition of
	 * {@code emptyBytes} zeros (which the formats leave sparse).
	 */
	public record Part(Path image, UUID type, UUID id, long attributes, String name, long emptyBytes) {

		/** A GPT entry left empty, so that the entries after it keep their numbers. */
		public static final Part UNUSED = new Part(null, GptDisk.TYPE_UNUSED, GptDisk.TYPE_UNUSED, 0, "", 0); //$NON-NLS-1$

		/** A partition with the contents of {@code image}. */
		public Part(Path image, UUID type, UUID id, long attributes, String name) {
			this(image, type, id, attributes, name, 0);
		}

		/** A partition of {@code bytes} zeros. */
		public static Part empty(long bytes, UUID type, UUID id, String name) {
			return new Part(null, type, id, 0, name, bytes);
		}

		public boolean isUnused() {
			return image == null && emptyBytes == 0;
		}
	}

	private DiskAssembler() {
	}

	/**
	 * The disk of {@code sizeMb} MiB with the parts one after the other from sector {@value #FIRST_LBA}; its
	 * partition images are read when a format is written, so they must stay until then.
	 *
	 * @param name  the disk's name in messages
	 */
	public static DiskImage assemble(String name, long sizeMb, UUID diskId, List<Part> parts, byte[] mbrBootCode)
			throws ImageBuildException {
		long sectors = (sizeMb << 20) / GptDisk.SECTOR;
		long first = FIRST_LBA;
		List<GptDisk.Partition> partitions = new ArrayList<>();
		List<DiskImage.Piece> pieces = new ArrayList<>();
		for (Part part : parts) {
			if (part.isUnused()) {
				partitions.add(GptDisk.Partition.UNUSED);
				continue;
			}
			long bytes;
			try {
				bytes = part.image() == null ? part.emptyBytes() : Files.size(part.image());
			} catch (IOException e) {
				throw new ImageBuildException(ImageText.bind(ImageText.DiskAssembler_cannotWrite, name, e.getMessage()), e);
			}
			long partSectors = bytes / GptDisk.SECTOR;
			long last = first + partSectors - 1;
			if (last > GptDisk.lastUsableLba(sectors)) {
				throw new ImageBuildException(ImageText.bind(ImageText.DiskAssembler_doesNotFit, part.name(), sizeMb));
			}
			partitions.add(new GptDisk.Partition(first, last, part.type(), part.id(), part.attributes(), part.name()));
			if (part.image() != null) {
				pieces.add(new DiskImage.Piece(first * GptDisk.SECTOR, partSectors * GptDisk.SECTOR, part.image(), 0, null));
			}
			first = (last + ALIGNMENT_SECTORS) / ALIGNMENT_SECTORS * ALIGNMENT_SECTORS;
		}
		GptDisk.Tables tables = GptDisk.tables(sectors, diskId, partitions, mbrBootCode);
		pieces.add(new DiskImage.Piece(0, tables.primary().length, null, 0, tables.primary()));
		pieces.add(new DiskImage.Piece((sectors << 9) - tables.backup().length, tables.backup().length, null, 0, tables.backup()));
		return new DiskImage(name, sizeMb << 20, pieces);
	}

	/** Writes the disk {@link #assemble} makes to the raw file {@code disk}. */
	public static void write(Path disk, long sizeMb, UUID diskId, List<Part> parts, byte[] mbrBootCode, Progress progress)
			throws ImageBuildException {
		DiskImage image = assemble(disk.toString(), sizeMb, diskId, parts, mbrBootCode);
		try {
			RawDiskWriter.write(image, disk, progress);
		} catch (CancellationException e) {
			throw new BuildCancelledException();
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.DiskAssembler_cannotWrite, disk, e.getMessage()), e);
		}
	}
}
