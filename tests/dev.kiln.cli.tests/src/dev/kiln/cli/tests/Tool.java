package dev.kiln.cli.tests;

import java.nio.file.Path;

import dev.kiln.testsupport.ExternalTool;

/**
 * The plain tools that make the tests' inputs (openssl, sha1sum, qemu-img, skopeo), run by
 * {@link ExternalTool}. Kept for PublishCommandTest and VerifyCommandTest until they call
 * {@link ExternalTool} themselves.
 */
final class Tool {

	private Tool() {
	}

	/** Runs {@code command} in {@code directory} and returns its standard output; fails the test unless it exits 0 in time. */
	static String run(Path directory, String... command) {
		return ExternalTool.command(command).in(directory).output();
	}

	/** The digest in the first field of a {@code sha1sum}/{@code sha256sum} line. */
	static String sum(Path directory, String tool, String file) {
		return run(directory, tool, file).split(" ")[0];
	}
}
