package dev.kiln.cli.tests;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.ExternalTool;

/**
 * Runs the real {@code releng/kiln} script, as a CI job would, against the product that this reactor
 * built ({@code kiln.product}), with the JDK of the tests; bounded in time like every
 * {@link ExternalTool}.
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
		return ExampleProjects.repository();
	}

	static Path cache() {
		return Path.of(System.getProperty("kiln.test.cache")).toAbsolutePath();
	}

	/** A kiln process running in the background, for tests that watch its progress or signal it. */
	static final class Running implements AutoCloseable {

		private final ExternalTool.Running running;

		private Running(ExternalTool.Running running) {
			this.running = running;
		}

		/** The process of releng/kiln. */
		Process process() {
			return running.process();
		}

		/** What it wrote to standard output so far. */
		String out() {
			return running.out();
		}

		/** What it wrote to standard error so far. */
		String err() {
			return running.err();
		}

		/** Waits for the end; fails the test (after killing the process) when it takes longer than {@code limit}. */
		Result await(Duration limit) {
			ExternalTool.Result result = running.await(limit);
			return new Result(result.exitCode(), result.out(), result.err());
		}

		/** Stops it as Ctrl-C's cousin does (SIGTERM), killing it when it has not ended within {@code limit}; returns its exit code. */
		int stop(Duration limit) {
			return running.stop(limit);
		}

		@Override
		public void close() {
			running.close();
		}
	}

	/** Starts {@code kiln arguments…} in {@code workingDirectory} with standard input closed. */
	static Running start(Path workingDirectory, Map<String, String> environment, String... arguments) {
		return startAs(List.of(), workingDirectory, environment, arguments);
	}

	/**
	 * Starts {@code kiln arguments…} through {@code prefix} (e.g. {@code runuser -u USER --}), which gets
	 * the variables as {@code env NAME=VALUE…} arguments, as a command such as runuser may reset them.
	 */
	static Running startAs(List<String> prefix, Path workingDirectory, Map<String, String> environment, String... arguments) {
		Map<String, String> variables = new HashMap<>();
		variables.put("KILN_HOME", System.getProperty("kiln.product"));
		variables.put("KILN_JAVA_HOME", System.getProperty("java.home"));
		variables.putAll(environment);
		List<String> command = new ArrayList<>(prefix);
		if (!prefix.isEmpty()) {
			command.add("env");
			variables.forEach((name, value) -> command.add(name + "=" + value));
		}
		command.add(repository().resolve("releng/kiln").toString());
		command.addAll(List.of(arguments));
		return new Running(ExternalTool.command(command).in(workingDirectory).environment(variables).start());
	}

	/** Runs {@code kiln arguments…} in {@code workingDirectory}; fails the test when it takes longer than {@code limit}. */
	static Result run(Path workingDirectory, Map<String, String> environment, Duration limit, String... arguments) {
		try (Running running = start(workingDirectory, environment, arguments)) {
			return running.await(limit);
		}
	}

	/** Runs {@code kiln command arguments…} in {@code workingDirectory}. */
	static Result runCommand(Path workingDirectory, Map<String, String> environment, Duration limit, String command, String[] arguments) {
		String[] all = new String[arguments.length + 1];
		all[0] = command;
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		return run(workingDirectory, environment, limit, all);
	}

	/**
	 * The environment of a CI job that publishes to a {@link LocalRegistry}: its user and password, and the build's
	 * fixed SOURCE_DATE_EPOCH.
	 */
	static Map<String, String> registryEnvironment() {
		return Map.of("KILN_REGISTRY_USER", LocalRegistry.USER, "KILN_REGISTRY_PASSWORD", LocalRegistry.PASSWORD, "SOURCE_DATE_EPOCH", "1704067200");
	}

	/** Runs a quick command (help, validate) in the repository. */
	static Result run(String... arguments) {
		return run(repository(), Map.of(), Duration.ofMinutes(2), arguments);
	}
}
