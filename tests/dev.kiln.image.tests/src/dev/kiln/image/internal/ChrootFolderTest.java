package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** mmdebstrap's chroot goes only where programs may run. */
class ChrootFolderTest {

	private static final Path SHM = Path.of("/dev/shm");
	/** /proc/self/mountinfo in a Docker container: its /dev/shm is noexec. */
	private static final String DOCKER_SHM = "1263 1257 0:96 / /dev/shm rw,nosuid,nodev,noexec,relatime master:1 - tmpfs shm rw,size=65536k";
	private static final String HOST_SHM = "25 24 0:23 / /dev/shm rw,relatime - tmpfs tmpfs rw,size=24683584k";
	private static final String ROOT = "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw";

	@Test
	void aFileSystemMountedNoexecIsNotExecutable() {
		assertFalse(ChrootFolder.executable(SHM, List.of(ROOT, DOCKER_SHM)));
		assertTrue(ChrootFolder.executable(SHM, List.of(ROOT, HOST_SHM)));
	}

	@Test
	void theLastMountOnAPathIsTheOneInEffect() {
		assertTrue(ChrootFolder.executable(SHM, List.of(DOCKER_SHM, HOST_SHM)));
		assertFalse(ChrootFolder.executable(SHM, List.of(HOST_SHM, DOCKER_SHM)));
	}

	@Test
	void aPathWithNoMountIsNotExecutable() {
		assertFalse(ChrootFolder.executable(SHM, List.of(ROOT)));
	}
}
