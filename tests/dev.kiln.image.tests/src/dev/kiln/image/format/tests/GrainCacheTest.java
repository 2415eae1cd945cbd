package dev.kiln.image.format.tests;

import static dev.kiln.image.format.tests.RawDisks.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.format.GrainCache;
import dev.kiln.image.format.StreamOptimizedVmdkWriter;
import dev.kiln.image.format.StreamOptimizedVmdkWriter.Options;
import dev.kiln.testsupport.QemuImg;

/** Content-addressed reuse of compressed grains: fewer grains deflated, the same VMDK bytes. */
class GrainCacheTest {

	@TempDir
	Path dir;

	/**
	 * The VMDK of a run: every one is named disk.vmdk, in a folder of its own, since the descriptor
	 * records the file's name.
	 */
	private Path vmdk(String run) throws IOException {
		return Files.createDirectories(dir.resolve(run)).resolve("disk.vmdk");
	}

	/** Writes {@code raw} as {@code vmdk} with the cache in {@code dir/cache}; returns {reused, deflated}. */
	private long[] write(Path raw, Path vmdk) throws IOException {
		try (GrainCache cache = GrainCache.open(dir.resolve("cache"))) {
			new StreamOptimizedVmdkWriter(Options.DEFAULT, 2, cache).write(raw, vmdk, Progress.NONE);
			return new long[] { cache.reusedGrains(), cache.compressedGrains() };
		}
	}

	private String uncached(Path raw, String name) throws IOException {
		Path vmdk = vmdk(name);
		new StreamOptimizedVmdkWriter(Options.DEFAULT, 2).write(raw, vmdk, Progress.NONE);
		return Sha256.of(vmdk);
	}

	@Test
	void aSecondWriteOfTheSameDiskReusesEveryGrainAndGivesTheSameBytes() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 40L * MIB);

		long[] first = write(raw, vmdk("first"));
		long[] second = write(raw, vmdk("second"));

		assertEquals(0, first[0]);
		assertTrue(first[1] > 20, "grains deflated: " + first[1]);
		assertEquals(first[1], second[0], "every grain reused");
		assertEquals(0, second[1]);
		String expected = uncached(raw, "plain");
		assertEquals(expected, Sha256.of(vmdk("first")));
		assertEquals(expected, Sha256.of(vmdk("second")));
		QemuImg.find().assertIdentical(raw, vmdk("second"));
	}

	@Test
	void aChangedGrainIsTheOnlyOneDeflatedAgain() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 40L * MIB);
		long[] first = write(raw, vmdk("first"));
		try (RandomAccessFile disk = new RandomAccessFile(raw.toFile(), "rw")) {
			disk.seek(5L * MIB + 100);
			disk.write("a one-file change".getBytes());
		}

		long[] second = write(raw, vmdk("second"));

		assertEquals(first[1] - 1, second[0]);
		assertEquals(1, second[1]);
		assertEquals(uncached(raw, "plain"), Sha256.of(vmdk("second")));
	}

	@Test
	void aDamagedCachedGrainIsNotTrusted() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 40L * MIB);
		write(raw, vmdk("first"));
		Path pack = dir.resolve("cache/grains.pack");
		try (RandomAccessFile file = new RandomAccessFile(pack.toFile(), "rw")) {
			file.seek(12 + 40); // inside the first cached grain, after the pack's header
			int b = file.read();
			file.seek(12 + 40);
			file.write(~b);
		}

		long[] second = write(raw, vmdk("second"));

		assertEquals(1, second[1], "the damaged grain is deflated again");
		assertEquals(uncached(raw, "plain"), Sha256.of(vmdk("second")));
	}

	@Test
	void aCacheInUseElsewhereIsBypassed() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 40L * MIB);
		try (GrainCache held = GrainCache.open(dir.resolve("cache")); GrainCache second = GrainCache.open(dir.resolve("cache"))) {
			assertTrue(held.isActive());
			assertFalse(second.isActive());
			new StreamOptimizedVmdkWriter(Options.DEFAULT, 2, second).write(raw, vmdk("disk"), Progress.NONE);
			assertEquals(0, second.reusedGrains());
		}
		assertEquals(uncached(raw, "plain"), Sha256.of(vmdk("disk")));
		assertFalse(Files.exists(dir.resolve("cache/grains.pack")), "the bypassed cache wrote nothing");
	}
}
