package dev.kiln.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A command line tool that a test runs to make its inputs or to judge Kiln's outputs (tar, openssl,
 * skopeo, qemu-img, releng/kiln), bounded in time. Standard input is closed; standard output and error
 * go to files, so a tool that keeps its pipes open cannot hang the test. A tool that cannot start or does
 * not end within its limit fails the test (after its process tree is killed) with its command and what it
 * printed; {@link #output()} also fails on a non-zero exit.
 */
public final class ExternalTool {

	/** The limit unless {@link #limit(Duration)} sets another. */
	public static final Duration DEFAULT_LIMIT = Duration.ofMinutes(2);

	private final List<String> command;
	private Path directory;
	private final Map<String, String> environment = new LinkedHashMap<>();
	private Duration limit = DEFAULT_LIMIT;

	private ExternalTool(List<String> command) {
		if (command.isEmpty()) {
			throw new IllegalArgumentException("no command");
		}
		this.command = List.copyOf(command);
	}

	/** The tool and its arguments. */
	public static ExternalTool command(String... command) {
		return new ExternalTool(List.of(command));
	}

	/** The tool and its arguments. */
	public static ExternalTool command(List<String> command) {
		return new ExternalTool(command);
	}

	/** Runs it in {@code folder} instead of the test's working directory. */
	public ExternalTool in(Path folder) {
		this.directory = folder;
		return this;
	}

	/** Adds {@code variables} to the environment it inherits. */
	public ExternalTool environment(Map<String, String> variables) {
		environment.putAll(variables);
		return this;
	}

	/** How long it may take. */
	public ExternalTool limit(Duration newLimit) {
		this.limit = newLimit;
		return this;
	}

	/** Starts it in the background, for tests that watch or signal it; {@link Running#await()} ends it. */
	public Running start() {
		Path out = null;
		Path err = null;
		try {
			out = Files.createTempFile("kiln-tool-out", ".txt");
			err = Files.createTempFile("kiln-tool-err", ".txt");
			ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
					.redirectInput(ProcessBuilder.Redirect.PIPE);
			if (directory != null) {
				builder.directory(directory.toFile());
			}
			builder.environment().putAll(environment);
			Process process = builder.start();
			process.getOutputStream().close(); // no prompt may wait for input
			return new Running(this, process, out, err);
		} catch (IOException e) {
			deleteQuietly(out);
			deleteQuietly(err);
			throw new AssertionError("cannot run " + this + ": is " + command.get(0)
					+ " installed? (releng/machine-setup.sh test installs what the tests need)", e);
		}
	}

	/** Runs it to its end and returns what it printed and its exit code, whatever that is. */
	public Result run() {
		try (Running running = start()) {
			return running.await();
		}
	}

	/** Runs it and returns its standard output; fails the test, with both outputs, unless it exits with 0. */
	public String output() {
		Result result = run();
		if (result.exitCode() != 0) {
			throw new AssertionError(result.toString());
		}
		return result.out();
	}

	@Override
	public String toString() {
		return String.join(" ", command);
	}

	/** A started tool. */
	public static final class Running implements AutoCloseable {

		private final ExternalTool tool;
		private final Process process;
		private final Path out;
		private final Path err;

		private Running(ExternalTool tool, Process process, Path out, Path err) {
			this.tool = tool;
			this.process = process;
			this.out = out;
			this.err = err;
		}

		/** Its process, to signal it or to see whether it is alive. */
		public Process process() {
			return process;
		}

		/** What it wrote to standard output so far. */
		public String out() {
			return read(out);
		}

		/** What it wrote to standard error so far. */
		public String err() {
			return read(err);
		}

		/** Waits for its end within the tool's limit. */
		public Result await() {
			return await(tool.limit);
		}

		/** Waits for its end; fails the test, after killing its process tree, when it takes longer than {@code limit}. */
		public Result await(Duration limit) {
			if (!waitFor(limit)) {
				kill();
				throw new AssertionError(tool + " did not end within " + limit.toSeconds() + " s and was killed\n--- stdout\n" + out()
						+ "--- stderr\n" + err());
			}
			return new Result(tool.command, process.exitValue(), out(), err());
		}

		/** Asks it to end (SIGTERM) and waits up to {@code limit} for its end, then kills its process tree; returns its exit code. */
		public int stop(Duration limit) {
			process.destroy();
			if (!waitFor(limit)) {
				kill();
			}
			return process.exitValue();
		}

		/** Kills it if it still runs and deletes what it printed. */
		@Override
		public void close() {
			if (process.isAlive()) {
				kill();
			}
			deleteQuietly(out);
			deleteQuietly(err);
		}

		private boolean waitFor(Duration limit) {
			try {
				return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				kill();
				throw new AssertionError("interrupted waiting for " + tool, e);
			}
		}

		private void kill() {
			process.descendants().forEach(ProcessHandle::destroyForcibly);
			process.destroyForcibly();
			try {
				process.waitFor(10, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}

		private static String read(Path file) {
			try {
				return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}

	/** What a tool printed and its exit code. */
	public record Result(List<String> command, int exitCode, String out, String err) {

		/** Standard output, line by line. */
		public List<String> outLines() {
			return out.lines().toList();
		}

		@Override
		public String toString() {
			return String.join(" ", command) + ": exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private static void deleteQuietly(Path file) {
		if (file == null) {
			return;
		}
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// a temporary file left behind
		}
	}
}
