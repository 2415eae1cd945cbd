package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the plain tools that make the tests' inputs (tar, sha1sum, openssl, qemu-img), each bounded in time. */
final class Tool {

	private static final long LIMIT_SECONDS = 120;

	private Tool() {
	}

	/** Runs {@code command} in {@code directory} and returns its standard output; fails the test unless it exits 0 in time. */
	static String run(Path directory, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		boolean ended = process.waitFor(LIMIT_SECONDS, TimeUnit.SECONDS);
		if (!ended) {
			process.destroyForcibly().waitFor();
		}
		assertTrue(ended, List.of(command) + " ended within " + LIMIT_SECONDS + " s");
		assertEquals(0, process.exitValue(), () -> List.of(command) + " failed");
		return new String(output, StandardCharsets.UTF_8);
	}

	/** The digest in the first field of a {@code sha1sum}/{@code sha256sum} line. */
	static String sum(Path directory, String tool, String file) throws IOException, InterruptedException {
		return run(directory, tool, file).split(" ")[0];
	}
}
