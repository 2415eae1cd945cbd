package dev.kiln.image.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.kiln.image.internal.ImageText;

/**
 * A raw disk image, read in large chunks, with a fast test for all-zero blocks so that the format
 * writers skip zero clusters and grains without storing or compressing them.
 * <p>
 * Java offers no {@code SEEK_DATA}/{@code SEEK_HOLE}, so holes of a sparse file are read like data:
 * the kernel fills them with zeros from no disk I/O, and {@link #isZero} tests a block with a
 * vectorized comparison. {@link #forEachChunk} reads the next chunk while the caller works on the
 * current one, so that reading the disk overlaps writing the image.
 */
public final class RawDiskReader implements Closeable {

	static final int SECTOR_SIZE = 512;

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

	/** Receives a disk's chunks in order. */
	@FunctionalInterface
	public interface ChunkConsumer {
		/**
		 * Takes the disk's bytes from {@code offset} on, held by {@code chunk} from 0 to its limit. The
		 * buffer is reused once the call returns.
		 */
		void accept(long offset, ByteBuffer chunk) throws IOException;
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
	 * Reads the disk front to back in chunks of {@code chunkSize} bytes, reading each next chunk on a
	 * helper thread while {@code consumer} takes the current one. The disk is taken to end at its size
	 * rounded up to a sector; the last chunk is rounded up to {@code alignment} bytes (a divisor of
	 * {@code chunkSize}) with zeros.
	 */
	public void forEachChunk(int chunkSize, int alignment, ChunkConsumer consumer) throws IOException {
		if (alignment <= 0 || chunkSize % alignment != 0) {
			throw new IllegalArgumentException("chunks of " + chunkSize + " bytes cannot be aligned to " + alignment); //$NON-NLS-1$ //$NON-NLS-2$
		}
		long end = Alignment.roundUp(size, SECTOR_SIZE);
		ByteBuffer[] buffers = { ByteBuffer.allocateDirect(chunkSize), ByteBuffer.allocateDirect(chunkSize) };
		ExecutorService readAhead = Executors.newSingleThreadExecutor(task -> {
			Thread thread = new Thread(task, "kiln-read-ahead"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		try {
			Future<ByteBuffer> next = readAhead.submit(() -> readChunk(0, end, alignment, buffers[0]));
			for (long offset = 0, index = 0; offset < end; offset += chunkSize, index++) {
				ByteBuffer chunk = await(next);
				long following = offset + chunkSize;
				if (following < end) {
					ByteBuffer spare = buffers[(int) (index + 1) % 2];
					next = readAhead.submit(() -> readChunk(following, end, alignment, spare));
				}
				consumer.accept(offset, chunk);
			}
		} finally {
			readAhead.shutdownNow();
		}
	}

	private ByteBuffer readChunk(long offset, long end, int alignment, ByteBuffer buffer) throws IOException {
		long length = Math.min(buffer.capacity(), Math.max(0, end - offset));
		buffer.clear().limit((int) Alignment.roundUp(length, alignment));
		read(offset, buffer);
		return buffer;
	}

	private static ByteBuffer await(Future<ByteBuffer> chunk) throws IOException {
		try {
			return chunk.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new InterruptedIOException(ImageText.RawDiskReader_interrupted);
		} catch (ExecutionException e) {
			if (e.getCause() instanceof IOException io) {
				throw io;
			}
			throw new IllegalStateException(ImageText.RawDiskReader_failed, e.getCause());
		}
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
