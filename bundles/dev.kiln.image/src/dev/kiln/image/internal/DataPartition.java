package dev.kiln.image.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;

/**
 * The data partition of an appliance with updates (ADR 026): an empty ext4 file system labelled
 * {@value DiskLayout#DATA_NAME}, made reproducibly (fixed UUID and hash seed, the epoch as its time). It is shipped
 * empty: at each boot kiln-keep moves a kept path there the first time it is kept, starting from the running
 * version's contents, so a later version that keeps more paths gets them the same way.
 */
public final class DataPartition {

	private final ToolRunner tools;

	public DataPartition(Progress progress) {
		this.tools = new ToolRunner(progress);
	}

	/** Writes the data partition of {@code sizeMb} to {@code image}. */
	public void make(Path image, long sizeMb, UUID uuid, long epoch, Path work) throws ImageBuildException {
		try {
			Files.deleteIfExists(image);
			try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) { //$NON-NLS-1$
				file.setLength(sizeMb << 20);
			}
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.DataPartition_cannotMake, image, e.getMessage()), e);
		}
		tools.run(ImageText.DataPartition_making, List.of("mkfs.ext4", "-q", "-F", "-L", DiskLayout.DATA_NAME, "-U", uuid.toString(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				"-E", "hash_seed=" + uuid + ",root_owner=0:0", image.toAbsolutePath().toString()), work, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Map.of("E2FSPROGS_FAKE_TIME", Long.toString(epoch), "LC_ALL", "C.UTF-8")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
