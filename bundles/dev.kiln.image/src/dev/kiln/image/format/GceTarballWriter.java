package dev.kiln.image.format;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CancellationException;

import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

import dev.kiln.image.Progress;
import dev.kiln.image.internal.ImageText;

/**
 * Writes a disk as the archive Google Compute Engine imports an image from: a gzip'd tar whose one member is the
 * raw disk named {@code disk.raw} (Compute Engine's "Import a custom image" documentation). The disk's size must be
 * a whole number of GiB, as Compute Engine's disks are.
 * <p>
 * The tar is POSIX (a PAX header carries sizes of 8 GiB and more); its one member has owner 0:0, mode 0644 and the
 * build's time; the gzip header has that time and no file name. The same disk and time always give the same bytes.
 */
public final class GceTarballWriter {

	/** The member's name Compute Engine looks for. */
	public static final String MEMBER = "disk.raw"; //$NON-NLS-1$
	static final long GIB = 1L << 30;

	private GceTarballWriter() {
	}

	/**
	 * Writes {@code disk} into the archive {@code target}, replacing it only once complete.
	 *
	 * @param modified the member's and the gzip header's time (the build's SOURCE_DATE_EPOCH)
	 * @throws IllegalArgumentException if the disk's size is not a whole number of GiB
	 * @throws CancellationException    if {@code progress} was cancelled; {@code target} is then untouched
	 */
	public static void write(DiskImage disk, Instant modified, Path target, Progress progress) throws IOException {
		if (disk.size() % GIB != 0) {
			throw new IllegalArgumentException("a Compute Engine disk's size must be a whole number of GiB: " + disk.size()); //$NON-NLS-1$
		}
		try (RawDiskReader reader = RawDiskReader.open(disk); AtomicOutput out = AtomicOutput.create(target)) {
			// closing the stream leaves the output open, for its commit
			try (TarArchiveOutputStream tar = ReproducibleTarGz.open(out.asOutputStream(), modified)) {
				ReproducibleTarGz.putEntry(tar, MEMBER, disk.size(), modified);
				WritableByteChannel member = Channels.newChannel(tar);
				long size = disk.size();
				reader.forEachChunk(RawDiskReader.CHUNK_SIZE, RawDiskReader.SECTOR_SIZE, (offset, chunk) -> {
					if (progress.isCancelled()) {
						throw new CancellationException(ImageText.RawDiskWriter_cancelled);
					}
					ByteBuffer data = chunk.slice(0, (int) Math.min(chunk.limit(), size - offset));
					int length = data.remaining();
					while (data.hasRemaining()) {
						member.write(data);
					}
					progress.worked(length);
				});
				tar.closeArchiveEntry();
				tar.finish();
			}
			out.commit();
		}
	}
}
