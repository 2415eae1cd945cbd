package dev.kiln.launch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import dev.kiln.launch.UpdateTestLaunch;

/**
 * An update test as the Platform's console and Debug view see a process: its output is the text the test gives its
 * console consumer (the guest's serial console and the test's own lines, terminal controls left out by a
 * {@link TerminalControlFilter}), it ends when the launch {@linkplain #end ends} it with an exit value of
 * {@link UpdateTestLaunch}, and destroying it asks the running test to stop ({@link #isCancelled()}).
 */
final class UpdateTestProcess extends Process {

	/** The end of the output, after the last text. */
	private static final byte[] END = new byte[0];

	private final BlockingQueue<byte[]> written = new LinkedBlockingQueue<>();
	private final InputStream output = new TerminalControlFilter(new Feed());
	private final CountDownLatch ended = new CountDownLatch(1);
	private volatile int exitValue;
	private volatile boolean cancelled;

	/** Appends {@code text} to the output; after the end it is dropped. */
	void write(String text) {
		if (ended.getCount() > 0 && !text.isEmpty()) {
			written.add(text.getBytes(StandardCharsets.UTF_8));
		}
	}

	/** Ends the process with {@code value}; the output ends after what was written. Only the first end counts. */
	synchronized void end(int value) {
		if (ended.getCount() > 0) {
			exitValue = value;
			written.add(END);
			ended.countDown();
		}
	}

	/** Whether the user terminated the process: the test stops at its next look. */
	boolean isCancelled() {
		return cancelled;
	}

	@Override
	public OutputStream getOutputStream() {
		return OutputStream.nullOutputStream(); // the test's machine takes no input
	}

	@Override
	public InputStream getInputStream() {
		return output;
	}

	@Override
	public InputStream getErrorStream() {
		return InputStream.nullInputStream();
	}

	@Override
	public int waitFor() throws InterruptedException {
		ended.await();
		return exitValue;
	}

	@Override
	public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
		return ended.await(timeout, unit);
	}

	@Override
	public int exitValue() {
		if (ended.getCount() > 0) {
			throw new IllegalThreadStateException();
		}
		return exitValue;
	}

	@Override
	public boolean isAlive() {
		return ended.getCount() > 0;
	}

	/** Asks the test to stop; it stops QEMU and the launch ends the process. */
	@Override
	public void destroy() {
		cancelled = true;
	}

	/** Asks the test to stop and ends the process now, before the test has stopped QEMU. */
	@Override
	public Process destroyForcibly() {
		cancelled = true;
		end(UpdateTestLaunch.EXIT_NOT_RUN);
		return this;
	}

	@Override
	public boolean supportsNormalTermination() {
		return true;
	}

	@Override
	public Stream<ProcessHandle> children() {
		return Stream.empty(); // QEMU is the test's to stop
	}

	@Override
	public Stream<ProcessHandle> descendants() {
		return Stream.empty();
	}

	/** The written text, chunk by chunk, until the end. */
	private final class Feed extends InputStream {

		private byte[] chunk = new byte[0];
		private int at;
		private boolean done;

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			while (at >= chunk.length) {
				if (done) {
					return -1;
				}
				try {
					chunk = written.take();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
					throw new InterruptedIOException();
				}
				at = 0;
				done = chunk == END;
			}
			int count = Math.min(length, chunk.length - at);
			System.arraycopy(chunk, at, buffer, offset, count);
			at += count;
			return count;
		}

		@Override
		public int available() {
			return chunk.length - at;
		}
	}
}
