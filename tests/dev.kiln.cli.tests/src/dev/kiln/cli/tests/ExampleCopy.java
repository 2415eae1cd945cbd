package dev.kiln.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of examples/hello-appliance without its build output, for tests that change or publish it. */
final class ExampleCopy {

	private ExampleCopy() {
	}

	/** Copies the example into {@code folder}/hello-appliance. */
	static Path hello(Path folder) throws IOException {
		Path hello = KilnProcess.repository().resolve("examples/hello-appliance");
		Path copy = folder.resolve("hello-appliance");
		try (Stream<Path> walk = Files.walk(hello)) {
			for (Path source : walk.filter(p -> !hello.relativize(p).startsWith("build")).toList()) {
				Files.copy(source, copy.resolve(hello.relativize(source).toString()));
			}
		}
		return copy;
	}
}
