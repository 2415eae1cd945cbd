package dev.kiln.image.format.tests;

import static dev.kiln.image.format.tests.RawDisks.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.image.format.DiskImage;
import dev.kiln.image.format.GceTarballWriter;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.QemuImg;

/** Kiln's Compute Engine archives, unpacked by GNU tar and their disk judged by qemu-img. */
class GceTarballWriterTest {

	private static final Instant BUILT = Instant.parse("2025-01-01T00:00:00Z");

	private final QemuImg qemuImg = QemuImg.find();

	@TempDir
	Path dir;

	@Test
	void gnuTarListsOneMemberDiskRawThatIsTheRawDisk() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 1024L * MIB);
		Path archive = dir.resolve("image.tar.gz");

		GceTarballWriter.write(DiskImage.of(raw), BUILT, archive, Progress.NONE);

		String listing = ExternalTool.command(List.of("tar", "--numeric-owner", "-tvzf", archive.toString())).output();
		assertEquals(1, listing.lines().count(), listing);
		assertTrue(listing.matches("(?s)-rw-r--r-- 0/0 +1073741824 2025-01-01 00:00 disk\\.raw\\s*"), listing);
		Path unpacked = Files.createDirectories(dir.resolve("unpacked"));
		ExternalTool.command(List.of("tar", "-xzf", archive.toString(), "-C", unpacked.toString())).output();
		qemuImg.assertIdentical(raw, unpacked.resolve("disk.raw"));
		assertTrue(Files.size(archive) < 16 * MIB, "the zeros compress: " + Files.size(archive));
	}

	@Test
	void theSameDiskAndTimeGiveTheSameBytes() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 1024L * MIB);

		GceTarballWriter.write(DiskImage.of(raw), BUILT, dir.resolve("one.tar.gz"), Progress.NONE);
		GceTarballWriter.write(DiskImage.of(raw), BUILT, dir.resolve("two.tar.gz"), Progress.NONE);

		assertEquals(-1L, Files.mismatch(dir.resolve("one.tar.gz"), dir.resolve("two.tar.gz")));
	}

	@Test
	void aSizeThatIsNotWholeGibIsRefusedAndNothingIsWritten() throws IOException {
		Path raw = RawDisks.empty(dir.resolve("odd.raw"), 96L * MIB);
		Path archive = dir.resolve("odd.tar.gz");

		assertThrows(IllegalArgumentException.class, () -> GceTarballWriter.write(DiskImage.of(raw), BUILT, archive, Progress.NONE));
		assertTrue(Files.notExists(archive));
	}
}
