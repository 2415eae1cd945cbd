package dev.kiln.image.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;

/**
 * Puts partitions into a raw disk: GPT and MBR, then each partition image copied at its offset, with
 * all-zero blocks skipped so that the raw disk stays sparse. Partitions follow each other on 1 MiB
 * boundaries from sector {@value #FIRST_LBA}; an unused part keeps its GPT entry empty and takes no space.
 */
public final class DiskAssembler {

	private static final int BLOCK = 1 << 16;
	/** Partitions start on 1 MiB boundaries. */
	public static final long ALIGNMENT_SECTORS = 2048;
	/** Where the first partition starts. */
	public static final long FIRST_LBA = ALIGNMENT_SECTORS;

	/** A partition to place: its image file, GPT type and id, attributes and name. */
	public record Part(Path image, UUID type, UUID id, long attributes, String name) {

		/** A GPT entry left empty, so that the entries after it keep their numbers. */
		public static final Part UNUSED = new Part(null, GptDisk.TYPE_UNUSED, GptDisk.TYPE_UNUSED, 0, ""); //$NON-NLS-1$

		public boolean isUnused() {
			return image == null;
		}
	}

	private DiskAssembler() {
	}

	/** Writes a disk of {@code sizeMb} MiB to {@code disk} with the parts one after the other from sector {@value #FIRST_LBA}. */
	public static void write(Path disk, long sizeMb, UUID diskId, List<Part> parts, byte[] mbrBootCode, Progress progress)
			throws ImageBuildException {
		long sectors = (sizeMb << 20) / GptDisk.SECTOR;
		try (FileChannel out = FileChannel.open(disk, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
				StandardOpenOption.WRITE, StandardOpenOption.READ)) {
			out.truncate(0);
			out.write(ByteBuffer.allocate(1), (sizeMb << 20) - 1);
			long first = FIRST_LBA;
			List<GptDisk.Partition> partitions = new ArrayList<>();
			for (Part part : parts) {
				if (part.isUnused()) {
					partitions.add(GptDisk.Partition.UNUSED);
					continue;
				}
				long partSectors = Files.size(part.image()) / GptDisk.SECTOR;
				long last = first + partSectors - 1;
				if (last > GptDisk.lastUsableLba(sectors)) {
					throw new ImageBuildException(ImageText.bind(ImageText.DiskAssembler_doesNotFit, part.name(), sizeMb));
				}
				partitions.add(new GptDisk.Partition(first, last, part.type(), part.id(), part.attributes(), part.name()));
				copySparse(part.image(), out, first * GptDisk.SECTOR, progress);
				first = (last + ALIGNMENT_SECTORS) / ALIGNMENT_SECTORS * ALIGNMENT_SECTORS;
			}
			GptDisk.write(out, sectors, diskId, partitions, mbrBootCode);
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.DiskAssembler_cannotWrite, disk, e.getMessage()), e);
		}
	}

	private static void copySparse(Path image, FileChannel out, long offset, Progress progress) throws IOException, BuildCancelledException {
		byte[] block = new byte[BLOCK];
		ByteBuffer buffer = ByteBuffer.wrap(block);
		try (FileChannel in = FileChannel.open(image, StandardOpenOption.READ)) {
			long position = 0;
			for (int n; (n = in.read(buffer.clear(), position)) > 0; position += n) {
				if (progress.isCancelled()) {
					throw new BuildCancelledException();
				}
				if (Arrays.mismatch(block, 0, n, ZEROS, 0, n) >= 0) {
					out.write(ByteBuffer.wrap(block, 0, n), offset + position);
				}
				progress.worked(n);
			}
		}
	}

	private static final byte[] ZEROS = new byte[BLOCK];
}
