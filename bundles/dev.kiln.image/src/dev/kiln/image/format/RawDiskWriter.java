package dev.kiln.image.format;

import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CancellationException;

import dev.kiln.image.Progress;
import dev.kiln.image.internal.ImageText;

/**
 * Writes a {@link DiskImage} as a raw disk file, sparse: blocks of zeros become holes. The SHA-256 of the
 * disk is taken in the same pass, so the file is never read back to be hashed.
 */
public final class RawDiskWriter {

	/** Zeros are left as holes in blocks of this size. */
	static final int BLOCK = 1 << 16;

	private RawDiskWriter() {
	}

	/**
	 * Writes {@code disk} to {@code target}, replacing it only once complete, and returns the SHA-256 of
	 * its bytes in lower-case hex. Reports the bytes of the disk done to {@code progress}.
	 *
	 * @throws CancellationException if {@code progress} was cancelled; {@code target} is then untouched
	 */
	public static String write(DiskImage disk, Path target, Progress progress) throws IOException {
		MessageDigest digest = sha256();
		long size = disk.size();
		try (RawDiskReader reader = RawDiskReader.open(disk); AtomicOutput out = AtomicOutput.create(target)) {
			reader.forEachChunk(RawDiskReader.CHUNK_SIZE, RawDiskReader.SECTOR_SIZE, (offset, chunk) -> {
				if (progress.isCancelled()) {
					throw new CancellationException(ImageText.RawDiskWriter_cancelled);
				}
				int end = (int) Math.min(chunk.limit(), size - offset);
				digest.update(chunk.slice(0, end));
				for (int from = 0; from < end; from += BLOCK) {
					int to = Math.min(from + BLOCK, end);
					if (RawDiskReader.isZero(chunk, from, to)) {
						out.skip(to - from);
					} else {
						out.write(chunk.slice(from, to - from), offset + from);
					}
				}
				progress.worked(end);
			});
			out.commit();
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e); //$NON-NLS-1$
		}
	}
}
