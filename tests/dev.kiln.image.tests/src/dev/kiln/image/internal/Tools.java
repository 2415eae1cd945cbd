package dev.kiln.image.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command line tool that tests use as an independent judge, and returns what it printed. */
final class Tools {

	private Tools() {
	}

	static String run(String... command) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError(command[0] + " is needed by this test: install it (releng/machine-setup.sh test)", e);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish within 120 s");
		}
		if (process.exitValue() != 0) {
			throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output);
		}
		return output;
	}
}
