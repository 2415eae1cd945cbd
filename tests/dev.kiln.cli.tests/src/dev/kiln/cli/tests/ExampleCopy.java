package dev.kiln.cli.tests;

import java.io.IOException;
import java.nio.file.Path;

import dev.kiln.testsupport.ExampleProjects;

/**
 * A copy of examples/hello-appliance without its build output. Kept for PublishCommandTest until it calls
 * {@link ExampleProjects#copyOfHello(Path)} itself.
 */
final class ExampleCopy {

	private ExampleCopy() {
	}

	/** Copies the example into {@code folder}/hello-appliance. */
	static Path hello(Path folder) throws IOException {
		return ExampleProjects.copyOfHello(folder);
	}
}
