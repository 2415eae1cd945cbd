package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the independent judges of the tests (skopeo, qemu-img) and fails the test when one fails. */
final class ExternalTool {

	private ExternalTool() {
	}

	/** Runs {@code command} (at most 120 s) and returns its output; asserts that it exits with 0. */
	static String run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		boolean finished = process.waitFor(120, TimeUnit.SECONDS);
		if (!finished) {
			process.destroyForcibly();
		}
		assertTrue(finished, command[0] + " finishes");
		assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + output);
		return output;
	}
}
