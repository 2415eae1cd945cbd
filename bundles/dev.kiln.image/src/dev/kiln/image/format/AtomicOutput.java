package dev.kiln.image.format;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * An output file written under a temporary name beside its target and renamed to the target only
 * by {@link #commit()}: a cancelled, failed or crashed write never leaves a file with the final name.
 * Closing without committing deletes the temporary file.
 * <p>
 * The format writers produce their files front to back with a few writes further back (headers and
 * tables filled in at the end), so writes at the end of the file are gathered in a buffer and
 * writes further back go straight to the file. Gaps are filled with zeros, or left as holes by
 * {@link #skip(long)}. Writers that only append
 * (the OVA writer) use it through {@link #asOutputStream()}.
 */
public final class AtomicOutput implements Closeable {

	private static final int BUFFER_SIZE = 1 << 20;
	/** Writes this large skip the buffer: copying them would cost more than the system call saved. */
	private static final int DIRECT_WRITE_SIZE = 128 << 10;

	private final Path target;
	private final Path temp;
	private final FileChannel channel;
	private final ByteBuffer buffer = ByteBuffer.allocateDirect(BUFFER_SIZE);
	/** Where the buffer's first byte goes in the file. */
	private long flushed;
	private boolean committed;

	private AtomicOutput(Path target, Path temp, FileChannel channel) {
		this.target = target;
		this.temp = temp;
		this.channel = channel;
	}

	/** Creates the temporary file for {@code target} in the target's directory. */
	public static AtomicOutput create(Path target) throws IOException {
		Path absolute = target.toAbsolutePath();
		String prefix = "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		while (true) {
			Path temp = absolute.resolveSibling(prefix + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part"); //$NON-NLS-1$
			try {
				return new AtomicOutput(absolute, temp, FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
						StandardOpenOption.WRITE));
			} catch (FileAlreadyExistsException e) {
				// another writer's file: draw another name
			}
		}
	}

	/** The target's file name, for formats that record their own file's name. */
	String fileName() {
		return target.getFileName().toString();
	}

	/** The size of the file written so far. */
	public long size() {
		return flushed + buffer.position();
	}

	/** Writes all of {@code data} at {@code position}; a gap between the end of the file and it reads as zeros. */
	public void write(ByteBuffer data, long position) throws IOException {
		long end = size();
		if (position < end) {
			if (position + data.remaining() > end) {
				throw new IllegalStateException("a write back in the file must not run past its end"); //$NON-NLS-1$
			}
			flush();
			writeFully(data, position);
			return;
		}
		for (long gap = position - end; gap > 0; gap--) {
			buffer.put((byte) 0);
			if (!buffer.hasRemaining()) {
				flush();
			}
		}
		if (data.remaining() >= DIRECT_WRITE_SIZE) {
			flush();
			long length = data.remaining();
			writeFully(data, flushed);
			flushed += length;
			return;
		}
		while (data.hasRemaining()) {
			int n = Math.min(data.remaining(), buffer.remaining());
			buffer.put(buffer.position(), data, data.position(), n);
			buffer.position(buffer.position() + n);
			data.position(data.position() + n);
			if (!buffer.hasRemaining()) {
				flush();
			}
		}
	}

	/** Appends {@code length} bytes that are never written: a hole of zeros that takes no space in a sparse file. */
	public void skip(long length) throws IOException {
		flush();
		flushed += length;
	}

	private void flush() throws IOException {
		long start = flushed;
		buffer.flip();
		flushed += buffer.remaining();
		writeFully(buffer, start);
		buffer.clear();
	}

	private void writeFully(ByteBuffer data, long position) throws IOException {
		long at = position;
		while (data.hasRemaining()) {
			at += channel.write(data, at);
		}
	}

	/** A stream that appends to the file; closing it does not close this output. */
	public OutputStream asOutputStream() {
		return new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				write(new byte[] { (byte) b }, 0, 1);
			}

			@Override
			public void write(byte[] bytes, int offset, int length) throws IOException {
				AtomicOutput.this.write(ByteBuffer.wrap(bytes, offset, length), size());
			}
		};
	}

	/** Flushes the file to the device and renames it to the target, replacing any file there. */
	public void commit() throws IOException {
		flush();
		if (channel.size() < flushed) {
			// the file ends in a hole: its last byte gives it its size
			writeFully(ByteBuffer.allocate(1), flushed - 1);
		}
		channel.force(true);
		channel.close();
		Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		committed = true;
	}

	@Override
	public void close() throws IOException {
		if (!committed) {
			try {
				channel.close();
			} finally {
				Files.deleteIfExists(temp);
			}
		}
	}
}
