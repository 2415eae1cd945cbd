package dev.kiln.launch.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * QEMU's process as the Platform's console reads it: the same process, whose output (the serial console) goes
 * through a {@link TerminalControlFilter}; everything else is the process's own.
 */
final class ConsoleProcess extends Process {

	private final Process process;
	private final InputStream output;

	ConsoleProcess(Process process) {
		this.process = process;
		this.output = new TerminalControlFilter(process.getInputStream());
	}

	@Override
	public OutputStream getOutputStream() {
		return process.getOutputStream();
	}

	@Override
	public InputStream getInputStream() {
		return output;
	}

	@Override
	public InputStream getErrorStream() {
		return process.getErrorStream();
	}

	@Override
	public int waitFor() throws InterruptedException {
		return process.waitFor();
	}

	@Override
	public boolean waitFor(long timeout, TimeUnit unit) throws InterruptedException {
		return process.waitFor(timeout, unit);
	}

	@Override
	public int exitValue() {
		return process.exitValue();
	}

	@Override
	public void destroy() {
		process.destroy();
	}

	@Override
	public Process destroyForcibly() {
		process.destroyForcibly();
		return this;
	}

	@Override
	public boolean supportsNormalTermination() {
		return process.supportsNormalTermination();
	}

	@Override
	public boolean isAlive() {
		return process.isAlive();
	}

	@Override
	public long pid() {
		return process.pid();
	}

	@Override
	public CompletableFuture<Process> onExit() {
		return process.onExit().thenApply(ended -> this);
	}

	@Override
	public ProcessHandle toHandle() {
		return process.toHandle();
	}

	@Override
	public ProcessHandle.Info info() {
		return process.info();
	}

	@Override
	public Stream<ProcessHandle> children() {
		return process.children();
	}

	@Override
	public Stream<ProcessHandle> descendants() {
		return process.descendants();
	}
}
