package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code releng/kiln} script, as a CI job would, against the product that this reactor
 * built ({@code kiln.product}), with the JDK of the tests.
 */
final class KilnProcess {

	/** What a run printed and returned; {@code err} is standard error. */
	record Result(int exitCode, String out, String err) {

		List<String> outLines() {
			return out.lines().toList();
		}

		@Override
		public String toString() {
			return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
		}
	}

	private KilnProcess() {
	}

	static Path repository() {
		return Path.of(System.getProperty("kiln.repository")).toAbsolutePath().normalize();
	}

	static Path cache() {
		return Path.of(System.getProperty("kiln.test.cache")).toAbsolutePath();
	}

	/** A kiln process running in the background, for tests that watch its progress or signal it. */
	static final class Running implements AutoCloseable {

		private final Process process;
		private final String[] arguments;
		private final Path out;
		private final Path err;

		private Running(Process process, String[] arguments, Path out, Path err) {
			this.process = process;
			this.arguments = arguments;
			this.out = out;
			this.err = err;
		}

		/** The process of releng/kiln. */
		Process process() {
			return process;
		}

		/** What it wrote to standard error so far. */
		String err() throws IOException {
			return Files.readString(err, StandardCharsets.UTF_8);
		}

		/** Waits for the end; fails the test (after killing the process) when it takes longer than {@code limit}. */
		Result await(Duration limit) throws IOException, InterruptedException {
			boolean ended = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
			if (!ended) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly().waitFor();
			}
			Result result = new Result(ended ? process.exitValue() : -1, Files.readString(out, StandardCharsets.UTF_8), err());
			assertTrue(ended, "kiln " + String.join(" ", arguments) + " ended within " + limit + "\n" + result);
			return result;
		}

		@Override
		public void close() throws IOException {
			if (process.isAlive()) {
				process.descendants().forEach(ProcessHandle::destroyForcibly);
				process.destroyForcibly();
			}
			Files.deleteIfExists(out);
			Files.deleteIfExists(err);
		}
	}

	/** Starts {@code kiln arguments…} in {@code workingDirectory} with standard input closed. */
	static Running start(Path workingDirectory, Map<String, String> environment, String... arguments) throws IOException {
		List<String> command = new ArrayList<>();
		command.add(repository().resolve("releng/kiln").toString());
		command.addAll(List.of(arguments));
		Path out = Files.createTempFile("kiln-out", ".txt");
		Path err = Files.createTempFile("kiln-err", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
		builder.environment().put("KILN_HOME", System.getProperty("kiln.product"));
		builder.environment().put("KILN_JAVA_HOME", System.getProperty("java.home"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		process.getOutputStream().close(); // no prompt may wait for input
		return new Running(process, arguments, out, err);
	}

	/** Runs {@code kiln arguments…} in {@code workingDirectory}; fails the test when it takes longer than {@code limit}. */
	static Result run(Path workingDirectory, Map<String, String> environment, Duration limit, String... arguments)
			throws IOException, InterruptedException {
		try (Running running = start(workingDirectory, environment, arguments)) {
			return running.await(limit);
		}
	}

	/** Runs {@code kiln command arguments…} in {@code workingDirectory}. */
	static Result runCommand(Path workingDirectory, Map<String, String> environment, Duration limit, String command, String[] arguments)
			throws IOException, InterruptedException {
		String[] all = new String[arguments.length + 1];
		all[0] = command;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return run(workingDirectory, environment, limit, all);
	}

	/** Runs a quick command (help, validate) in the repository. */
	static Result run(String... arguments) throws IOException, InterruptedException {
		return run(repository(), Map.of(), Duration.ofMinutes(2), arguments);
	}
}
