package dev.kiln.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * What a command talks to: standard output (results, stable for parsing), standard error (progress and
 * messages), the environment, and the working directory that relative paths are resolved against.
 */
public record Console(PrintStream out, PrintStream err, Map<String, String> environment, Path workingDirectory) {

	public Console {
		environment = Map.copyOf(environment);
	}

	/** The path a command-line argument names, resolved against the working directory. */
	Path path(String argument) {
		return workingDirectory.resolve(argument).normalize();
	}

	/** An environment variable, or {@code null} when it is unset or blank. */
	String variable(String name) {
		String value = environment.get(name);
		return value == null || value.isBlank() ? null : value.trim();
	}
}
