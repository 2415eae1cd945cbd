package dev.kiln.image.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.kiln.image.cache.BuildCache;

/**
 * Where mmdebstrap makes its chroot ({@code TMPDIR}): a folder of its own in the machine's shared-memory
 * file system when that has room. dpkg syncs every file it unpacks to disk and mmdebstrap removes the
 * chroot after packing it; in memory both cost next to nothing, and the tarball is the same. Without room
 * (or without {@code /dev/shm}) mmdebstrap uses its default, {@code /tmp}.
 */
final class ChrootFolder {

	private static final Path SHARED_MEMORY = Path.of("/dev/shm"); //$NON-NLS-1$
	private static final String PREFIX = "kiln-chroot-"; //$NON-NLS-1$
	/** A base system's chroot takes up to about 1.5 GiB; leave room for the machine's other users. */
	static final long NEEDED_BYTES = 3L << 30;
	/** A folder of a build that was killed (its JVM with it) before it removed it. */
	private static final Duration ABANDONED_AFTER = Duration.ofHours(12);

	private ChrootFolder() {
	}

	/** A new folder in memory for one chroot, or {@code null} when there is no room for one. */
	static Path inMemory() {
		try {
			if (!Files.isDirectory(SHARED_MEMORY)) {
				return null;
			}
			removeAbandoned();
			FileStore store = Files.getFileStore(SHARED_MEMORY);
			if (!"tmpfs".equals(store.type()) || store.getUsableSpace() < NEEDED_BYTES || !executable(SHARED_MEMORY)) { //$NON-NLS-1$
				return null;
			}
			// 0755: in unshare mode the chroot's processes run as other users and must reach it
			return Files.createTempDirectory(SHARED_MEMORY, PREFIX,
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))); //$NON-NLS-1$
		} catch (IOException | UnsupportedOperationException e) {
			return null;
		}
	}

	/**
	 * Whether programs may run from the file system mounted at {@code mountPoint}: the chroot's do (a
	 * container's {@code /dev/shm} is often {@code noexec}). The last mount there is the one in effect.
	 */
	static boolean executable(Path mountPoint) throws IOException {
		return executable(mountPoint, Files.readAllLines(Path.of("/proc/self/mountinfo"))); //$NON-NLS-1$
	}

	/** {@link #executable(Path)} from the lines of a {@code mountinfo} file. */
	static boolean executable(Path mountPoint, List<String> mountinfo) {
		boolean executable = false;
		for (String line : mountinfo) {
			// id parent major:minor root mount-point options [optional fields] - type source super-options
			String[] fields = line.split(" "); //$NON-NLS-1$
			if (fields.length > 5 && fields[4].equals(mountPoint.toString())) {
				executable = !List.of(fields[5].split(",")).contains("noexec"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return executable;
	}

	/** Removes the folder and what a stopped mmdebstrap left in it; what cannot be removed stays. */
	static void delete(Path folder) {
		// files of a rootless build's user namespace, or of a stopped mmdebstrap still removing its own, may stay: the
		// next build's clean-up of abandoned folders, or the system at the next boot, clears the folder
		BuildCache.deleteTreeQuietly(folder);
	}

	private static void removeAbandoned() throws IOException {
		Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
		try (DirectoryStream<Path> folders = Files.newDirectoryStream(SHARED_MEMORY, PREFIX + "*")) { //$NON-NLS-1$
			for (Path folder : folders) {
				if (Files.getLastModifiedTime(folder).toInstant().isBefore(cutoff)) {
					delete(folder);
				}
			}
		}
	}
}
