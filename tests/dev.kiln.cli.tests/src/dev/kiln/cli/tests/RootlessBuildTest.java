package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import dev.kiln.image.Sha256;
import dev.kiln.testsupport.ExternalTool;

/**
 * A build without root: {@code kiln build} run by an unprivileged user on a cache of its own makes the base
 * system with mmdebstrap's user-namespace mode and the root file system in a user namespace, and gets the
 * bytes of the build as root. When the tests run as root (CI) the user is {@value #USER}, created here
 * with subordinate id ranges as useradd gives them; otherwise it is the user running the tests.
 */
class RootlessBuildTest {

	private static final String USER = "kilnbuilder";
	private static final Duration LIMIT = Duration.ofMinutes(20);

	@Test
	void anUnprivilegedUserBuildsTheSameBytesAsRoot() throws Exception {
		String expected = Qcow2OnlyExample.expectedSha256();
		boolean root = isRoot();
		// not a @TempDir: the user must be able to reach it
		Path folder = Files.createTempDirectory("kiln-rootless-", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
		try {
			Qcow2OnlyExample.project(folder);
			Path cache = Qcow2OnlyExample.emptyCacheWithTheSharedIndexes(folder.resolve("cache"));
			Path tmp = Files.createDirectories(folder.resolve("tmp"));
			List<String> prefix = List.of();
			if (root) {
				createUser();
				run("chown", "-R", USER + ":", folder.toString());
				prefix = List.of("runuser", "-u", USER, "--");
			}

			KilnProcess.Result result;
			try (KilnProcess.Running build = KilnProcess.startAs(prefix, folder, Map.of("TMPDIR", tmp.toString()), "build", "hello-appliance",
					"--output", "out", "--cache", cache.toString())) {
				result = build.await(LIMIT);
			}

			assertEquals(0, result.exitCode(), result.toString());
			assertTrue(result.err().contains("; base system built"), "the user made the base system\n" + result);
			assertEquals(expected, Sha256.of(folder.resolve("out").resolve(Qcow2OnlyExample.QCOW2)), result.toString());
		} finally {
			delete(folder);
		}
	}

	private static boolean isRoot() throws IOException {
		return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
	}

	/** The unprivileged user, with subordinate uid and gid ranges for its user namespaces. */
	private static void createUser() throws IOException {
		if (ExternalTool.command("id", "-u", USER).run().exitCode() != 0) {
			run("useradd", "--create-home", "--shell", "/bin/bash", USER);
		}
		for (String file : List.of("/etc/subuid", "/etc/subgid")) {
			if (Files.readAllLines(Path.of(file)).stream().noneMatch(line -> line.startsWith(USER + ":"))) {
				run("usermod", "--add-subuids", "100000-165535", "--add-subgids", "100000-165535", USER);
			}
		}
	}

	private static void run(String... command) {
		ExternalTool.Result result = ExternalTool.command(command).run();
		assertEquals(0, result.exitCode(), result.toString());
	}

	private static void delete(Path folder) throws IOException {
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
