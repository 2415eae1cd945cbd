package dev.kiln.image.format;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A raw disk image, read in large chunks, with a fast test for all-zero blocks so that the format
 * writers skip zero clusters and grains without storing or compressing them.
 * <p>
 * Java offers no {@code SEEK_DATA}/{@code SEEK_HOLE}, so holes of a sparse file are read like data:
 * the kernel fills them with zeros from no disk I/O, and {@link #isZero} tests a block with a
 * vectorized comparison. The reader is safe for concurrent positional reads.
 */
public final class RawDiskReader implements Closeable {

	/** The size of a read that keeps system calls few and buffers small: 1 MiB. */
	public static final int CHUNK_SIZE = 1 << 20;

	/** What a block is compared with; read-only and never changed. */
	private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(CHUNK_SIZE).asReadOnlyBuffer();

	private final Path file;
	private final FileChannel channel;
	private final long size;

	private RawDiskReader(Path file, FileChannel channel, long size) {
		this.file = file;
		this.channel = channel;
		this.size = size;
	}

	/** Opens a raw disk image for reading. */
	public static RawDiskReader open(Path file) throws IOException {
		FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
		try {
			return new RawDiskReader(file, channel, channel.size());
		} catch (IOException | RuntimeException e) {
			channel.close();
			throw e;
		}
	}

	/** The image file. */
	public Path file() {
		return file;
	}

	/** The size of the image file in bytes (the virtual disk's size). */
	public long size() {
		return size;
	}

	/**
	 * Fills {@code buffer} from its position to its limit with the disk's bytes from {@code offset} on,
	 * zeros past the end of the file, then flips it so that it is ready to be read.
	 */
	public void read(long offset, ByteBuffer buffer) throws IOException {
		long position = offset;
		while (buffer.hasRemaining()) {
			int n = position < size ? channel.read(buffer, position) : -1;
			if (n < 0) {
				while (buffer.hasRemaining()) {
					int length = Math.min(buffer.remaining(), ZEROS.capacity());
					buffer.put(ZEROS.slice(0, length));
				}
				break;
			}
			position += n;
		}
		buffer.flip();
	}

	/** Whether bytes {@code from} (inclusive) to {@code to} (exclusive) of {@code buffer} are all zero. */
	public static boolean isZero(ByteBuffer buffer, int from, int to) {
		for (int start = from; start < to; start += ZEROS.capacity()) {
			int length = Math.min(to - start, ZEROS.capacity());
			if (buffer.slice(start, length).mismatch(ZEROS.slice(0, length)) >= 0) {
				return false;
			}
		}
		return true;
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
