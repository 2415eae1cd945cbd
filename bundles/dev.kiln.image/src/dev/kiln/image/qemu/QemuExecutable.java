package dev.kiln.image.qemu;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code qemu-system-x86_64}: at a path the user chose, or on the {@code PATH}.
 */
public final class QemuExecutable {

	private QemuExecutable() {
	}

	/**
	 * The executable at {@code configured} when that is not blank (and nothing if it is no executable
	 * file), else the first {@value QemuMachine#EXECUTABLE} on {@code searchPath} (a PATH value).
	 */
	public static Optional<Path> find(String configured, String searchPath) {
		if (configured != null && !configured.isBlank()) {
			return executable(Path.of(configured.trim()));
		}
		if (searchPath == null) {
			return Optional.empty();
		}
		for (String folder : searchPath.split(File.pathSeparator)) {
			if (!folder.isBlank()) {
				Optional<Path> found = executable(Path.of(folder, QemuMachine.EXECUTABLE));
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** {@link #find(String, String)} on this process's PATH. */
	public static Optional<Path> find(String configured) {
		return find(configured, System.getenv("PATH")); //$NON-NLS-1$
	}

	private static Optional<Path> executable(Path file) {
		return Files.isRegularFile(file) && Files.isExecutable(file) ? Optional.of(file.toAbsolutePath()) : Optional.empty();
	}
}
