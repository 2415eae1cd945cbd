package dev.kiln.image.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.kiln.image.internal.ImageText;

/**
 * A disk ({@link DiskImage}: a raw file, or partition tables and images side by side), read in large
 * chunks, with a fast test for all-zero blocks so that the format writers skip zero clusters and grains
 * without storing or compressing them.
 * <p>
 * Gaps between the disk's pieces are zeros that are never read. Java offers no {@code SEEK_DATA}/{@code SEEK_HOLE},
 * so holes of a sparse file are read like data: the kernel fills them with zeros from no disk I/O, and
 * {@link #isZero} tests a block with a vectorized comparison. {@link #forEachChunk} reads the next chunk while the caller works on the
 * current one, so that reading the disk overlaps writing the image.
 */
public final class RawDiskReader implements Closeable {

	static final int SECTOR_SIZE = 512;

	/** The size of a read that keeps system calls few and buffers small: 1 MiB. */
	public static final int CHUNK_SIZE = 1 << 20;

	/** What a block is compared with; read-only and never changed. */
	private static final ByteBuffer ZEROS = ByteBuffer.allocateDirect(CHUNK_SIZE).asReadOnlyBuffer();

	private final DiskImage disk;
	/** The open file of each piece of the disk (null for pieces of bytes); a file used twice is opened twice. */
	private final FileChannel[] channels;

	private RawDiskReader(DiskImage disk, FileChannel[] channels) {
		this.disk = disk;
		this.channels = channels;
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
		return open(DiskImage.of(file));
	}

	/** Opens the files of a disk for reading. */
	public static RawDiskReader open(DiskImage disk) throws IOException {
		List<DiskImage.Piece> pieces = disk.pieces();
		FileChannel[] channels = new FileChannel[pieces.size()];
		try {
			for (int i = 0; i < channels.length; i++) {
				Path file = pieces.get(i).file();
				if (file != null) {
					channels[i] = FileChannel.open(file, StandardOpenOption.READ);
				}
			}
			return new RawDiskReader(disk, channels);
		} catch (IOException | RuntimeException e) {
			closeAll(channels);
			throw e;
		}
	}

	/** The disk's name, for messages. */
	public String name() {
		return disk.name();
	}

	/** The size of the disk in bytes. */
	public long size() {
		return disk.size();
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
		long end = Alignment.roundUp(disk.size(), SECTOR_SIZE);
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
	 * zeros where no piece has bytes (and past the end of a piece's file), then flips it so that it is
	 * ready to be read.
	 */
	public void read(long offset, ByteBuffer buffer) throws IOException {
		List<DiskImage.Piece> pieces = disk.pieces();
		long position = offset;
		int i = 0;
		while (buffer.hasRemaining()) {
			while (i < pieces.size() && pieces.get(i).end() <= position) {
				i++;
			}
			DiskImage.Piece piece = i < pieces.size() ? pieces.get(i) : null;
			if (piece == null || piece.offset() > position) {
				// a gap: zeros up to the next piece
				long gap = piece == null ? Long.MAX_VALUE : piece.offset() - position;
				int length = (int) Math.min(buffer.remaining(), gap);
				putZeros(buffer, length);
				position += length;
				continue;
			}
			int length = (int) Math.min(buffer.remaining(), piece.end() - position);
			ByteBuffer part = buffer.slice(buffer.position(), length);
			if (piece.bytes() != null) {
				part.put(piece.bytes(), (int) (position - piece.offset()), length);
			} else {
				long at = piece.fileOffset() + position - piece.offset();
				while (part.hasRemaining()) {
					int n = channels[i].read(part, at);
					if (n < 0) {
						putZeros(part, part.remaining());
						break;
					}
					at += n;
				}
			}
			buffer.position(buffer.position() + length);
			position += length;
		}
		buffer.flip();
	}

	private static void putZeros(ByteBuffer buffer, int count) {
		for (int left = count; left > 0;) {
			int length = Math.min(left, ZEROS.capacity());
			buffer.put(ZEROS.slice(0, length));
			left -= length;
		}
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
		closeAll(channels);
	}

	private static void closeAll(FileChannel[] channels) throws IOException {
		IOException failure = null;
		for (FileChannel channel : channels) {
			try {
				if (channel != null) {
					channel.close();
				}
			} catch (IOException e) {
				failure = e;
			}
		}
		if (failure != null) {
			throw failure;
		}
	}
}
