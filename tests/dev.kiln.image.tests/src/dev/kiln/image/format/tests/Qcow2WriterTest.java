package dev.kiln.image.format.tests;

import static dev.kiln.image.format.tests.RawDisks.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kiln.image.Progress;
import dev.kiln.image.format.Qcow2Writer;
import dev.kiln.image.format.Qcow2Writer.Options;
import dev.kiln.testsupport.QemuImg;

/** Kiln's qcow2 images, judged by qemu-img. */
class Qcow2WriterTest {

	private final QemuImg qemuImg = QemuImg.find();

	@TempDir
	Path dir;

	@Test
	void imageIsQcow2Version3IdenticalToTheRawDisk() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 96L * MIB);
		Path image = dir.resolve("disk.qcow2");

		new Qcow2Writer(Options.DEFAULT).write(raw, image, Progress.NONE);

		String info = qemuImg.info(image);
		assertTrue(info.contains("\"format\": \"qcow2\""), info);
		assertTrue(info.contains("\"compat\": \"1.1\""), info); // what qemu-img calls version 3
		assertTrue(info.contains("\"virtual-size\": " + 96L * MIB), info);
		assertTrue(info.contains("\"refcount-bits\": 16"), info);
		qemuImg.assertChecks(image);
		qemuImg.assertIdentical(raw, image);
	}

	@Test
	void compressedImageIsIdenticalToTheRawDiskAndSmaller() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 96L * MIB);
		Path plain = dir.resolve("plain.qcow2");
		Path compressed = dir.resolve("compressed.qcow2");

		new Qcow2Writer(Options.DEFAULT).write(raw, plain, Progress.NONE);
		new Qcow2Writer(Options.COMPRESSED).write(raw, compressed, Progress.NONE);

		qemuImg.assertChecks(compressed);
		qemuImg.assertIdentical(raw, compressed);
		assertTrue(Files.size(compressed) < Files.size(plain) * 3 / 4,
				() -> "compressed " + size(compressed) + " vs plain " + size(plain));
	}

	@Test
	void zeroClustersAreLeftUnallocated() throws IOException {
		Path raw = RawDisks.empty(dir.resolve("empty.raw"), 256L * MIB);
		Path image = dir.resolve("empty.qcow2");

		new Qcow2Writer(Options.DEFAULT).write(raw, image, Progress.NONE);

		qemuImg.assertChecks(image);
		qemuImg.assertIdentical(raw, image);
		// header, refcount block, L1 table, refcount table
		assertEquals(4 * 64 * 1024, Files.size(image));
	}

	@ParameterizedTest(name = "compressed={0}")
	@ValueSource(booleans = { false, true })
	void smallClustersCrossL2TablesAndRefcountBlocks(boolean compressed) throws IOException {
		// 512-byte clusters: an L2 table maps 32 KiB, a refcount block counts 128 KiB of the image
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 40L * MIB + 512);
		Path image = dir.resolve("small-clusters.qcow2");

		new Qcow2Writer(new Options(compressed, 9)).write(raw, image, Progress.NONE);

		assertTrue(qemuImg.info(image).contains("\"cluster-size\": 512"));
		qemuImg.assertChecks(image);
		qemuImg.assertIdentical(raw, image);
	}

	@ParameterizedTest(name = "compressed={0}")
	@ValueSource(booleans = { false, true })
	void sameDiskGivesTheSameBytesWhateverTheThreads(boolean compressed) throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB);
		Path first = dir.resolve("first.qcow2");
		Path second = dir.resolve("second.qcow2");

		new Qcow2Writer(new Options(compressed, 16), 1).write(raw, first, Progress.NONE);
		new Qcow2Writer(new Options(compressed, 16), 3).write(raw, second, Progress.NONE);

		assertEquals(DiskContents.sha256(first), DiskContents.sha256(second));
	}

	@Test
	void cancelledWriteLeavesNoFileWithTheFinalName() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB);
		Path image = dir.resolve("disk.qcow2");
		CancellingProgress progress = new CancellingProgress(8L * MIB);

		assertThrows(CancellationException.class,
				() -> new Qcow2Writer(Options.COMPRESSED).write(raw, image, progress));

		assertFalse(Files.exists(image));
		assertEquals(List.of(raw), files());
		assertTrue(progress.done() < 64L * MIB, "stopped early");
	}

	@Test
	void cancelledWriteKeepsThePreviousImage() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB);
		Path image = dir.resolve("disk.qcow2");
		new Qcow2Writer(Options.DEFAULT).write(raw, image, Progress.NONE);
		String before = DiskContents.sha256(image);

		assertThrows(CancellationException.class,
				() -> new Qcow2Writer(Options.COMPRESSED).write(raw, image, new CancellingProgress(MIB)));

		assertEquals(before, DiskContents.sha256(image));
		assertEquals(List.of(image, raw), files());
	}

	@Test
	void failedWriteLeavesNoFile() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB);
		Path image = dir.resolve("disk.qcow2");
		Progress failing = new Progress() {
			@Override
			public void worked(long units) {
				throw new IllegalStateException("the progress consumer failed");
			}

			@Override
			public boolean isCancelled() {
				return false;
			}
		};

		assertThrows(IllegalStateException.class, () -> new Qcow2Writer(Options.DEFAULT).write(raw, image, failing));

		assertEquals(List.of(raw), files());
	}

	private List<Path> files() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.sorted().toList();
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return -1;
		}
	}
}
