package dev.kiln.image.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;

/**
 * Runs the external tools of the pipeline (mmdebstrap, mkfs, mtools, …): output goes to the progress
 * log, cancellation stops the process and all its children within a few seconds, and a failure
 * reports the tool, its exit code and the last lines it printed.
 */
public final class ToolRunner {

	private static final int TAIL_LINES = 25;
	private static final long POLL_MILLIS = 100;
	private static final long TERMINATE_GRACE_MILLIS = 2_000;

	private final Progress progress;

	public ToolRunner(Progress progress) {
		this.progress = progress;
	}

	/**
	 * Runs {@code command} and waits for it.
	 *
	 * @param what  what the step does, for messages ("building the base system")
	 */
	public void run(String what, List<String> command, Path workingDirectory, Map<String, String> environment)
			throws ImageBuildException {
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (workingDirectory != null) {
			builder.directory(workingDirectory.toFile());
		}
		builder.environment().putAll(environment);
		Process process;
		try {
			process = builder.start();
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ToolRunner_cannotStart, command.get(0), what, e.getMessage()), e);
		}
		Deque<String> tail = new ArrayDeque<>();
		Thread reader = Thread.ofPlatform().daemon().name("kiln-tool-output").start(() -> { //$NON-NLS-1$
			try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line; (line = lines.readLine()) != null;) {
					progress.log(line);
					synchronized (tail) {
						tail.addLast(line);
						if (tail.size() > TAIL_LINES) {
							tail.removeFirst();
						}
					}
				}
			} catch (IOException e) {
				// the process ended or was killed; its exit code tells the rest
			}
		});
		try {
			while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
				if (progress.isCancelled()) {
					stop(process);
					throw new BuildCancelledException();
				}
			}
			reader.join(TERMINATE_GRACE_MILLIS);
		} catch (InterruptedException e) {
			stop(process);
			Thread.currentThread().interrupt();
			throw new BuildCancelledException();
		}
		if (process.exitValue() != 0) {
			String output;
			synchronized (tail) {
				output = String.join("\n", tail); //$NON-NLS-1$
			}
			throw new ImageBuildException(output.isBlank()
					? ImageText.bind(ImageText.ToolRunner_failed, what, command.get(0), process.exitValue())
					: ImageText.bind(ImageText.ToolRunner_failedWithOutput, what, command.get(0), process.exitValue(), output));
		}
	}

	/** Ends the process and its descendants: politely first, then by force. */
	static void stop(Process process) {
		List<ProcessHandle> family = process.descendants().toList();
		family.forEach(ProcessHandle::destroy);
		process.destroy();
		try {
			if (!process.waitFor(TERMINATE_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		for (ProcessHandle child : family) {
			if (child.isAlive()) {
				child.destroyForcibly();
			}
		}
		process.descendants().forEach(ProcessHandle::destroyForcibly);
	}
}
