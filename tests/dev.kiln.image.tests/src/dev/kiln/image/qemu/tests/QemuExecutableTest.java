package dev.kiln.image.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.qemu.QemuExecutable;

/** The emulator at the configured path, else the first on the PATH. */
class QemuExecutableTest {

	@TempDir
	Path folder;

	private Path executable(String folderName) throws Exception {
		Path dir = Files.createDirectories(folder.resolve(folderName));
		Path file = Files.writeString(dir.resolve("qemu-system-x86_64"), "#!/bin/sh\n");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

	@Test
	void theConfiguredPathWins() throws Exception {
		Path configured = executable("configured");
		Path onPath = executable("bin");

		assertEquals(Optional.of(configured), QemuExecutable.find(configured.toString(), onPath.getParent().toString()));
	}

	@Test
	void aConfiguredPathThatDoesNotExistFindsNothingEvenWithOneOnThePath() throws Exception {
		Path onPath = executable("bin");

		assertEquals(Optional.empty(), QemuExecutable.find("/nonexistent/qemu-system-x86_64", onPath.getParent().toString()));
	}

	@Test
	void withoutAConfiguredPathTheFirstOnThePathIsTaken() throws Exception {
		Path first = executable("first");
		executable("second");
		String path = folder.resolve("empty") + File.pathSeparator + first.getParent() + File.pathSeparator + folder.resolve("second");

		assertEquals(Optional.of(first), QemuExecutable.find(" ", path));
	}

	@Test
	void aFileThatIsNotExecutableIsNotQemu() throws Exception {
		Path file = executable("bin");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

		assertEquals(Optional.empty(), QemuExecutable.find(null, file.getParent().toString()));
	}
}
