package dev.kiln.build.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** qemu-img, the independent judge of the images Kiln writes. */
final class QemuImg {

	private QemuImg() {
	}

	/** Runs {@code qemu-img <arguments>} and returns its output; a non-zero exit fails the test with the output. */
	static String run(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("qemu-img"));
		command.addAll(List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish within 300 s");
		}
		if (process.exitValue() != 0) {
			throw new AssertionError(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + output);
		}
		return output;
	}
}
