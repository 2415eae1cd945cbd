package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kiln cache lists what the cache holds and prunes it to a size, stale entries and least recently used first. */
class CacheCommandTest {

	@TempDir
	Path folder;

	/** A cache with the grains of two appliances (300 and 200 KiB, used 3 and 1 days ago) and an old-format base. */
	private Path cache() throws IOException {
		Path cache = folder.resolve("cache");
		entry(cache.resolve("grains/old-appliance"), "grains.pack", 300, 3);
		entry(cache.resolve("grains/new-appliance"), "grains.pack", 200, 1);
		Path base = entry(cache.resolve("base/trixie-amd64-0123456789abcdef"), "base.tar", 100, 2);
		Files.writeString(base.resolve("base.properties"), "format=kiln-base-0\nsuite=trixie\narchitecture=amd64\npackages=busybox\n");
		Files.setLastModifiedTime(base.resolve("base.properties"), Files.getLastModifiedTime(base.resolve("base.tar")));
		return cache;
	}

	private static Path entry(Path entry, String file, int kib, int daysAgo) throws IOException {
		Files.createDirectories(entry);
		Files.write(entry.resolve(file), new byte[kib * 1024]);
		Files.setLastModifiedTime(entry.resolve(file), FileTime.from(Instant.now().minus(Duration.ofDays(daysAgo))));
		return entry;
	}

	private KilnProcess.Result kiln(String... arguments) {
		return KilnProcess.run(folder, Map.of(), Duration.ofMinutes(2), arguments);
	}

	@Test
	void listShowsEachEntryLeastRecentlyUsedFirstAndTheTotal() throws Exception {
		Path cache = cache();

		KilnProcess.Result result = kiln("cache", "list", "--cache", cache.toString());

		assertEquals(0, result.exitCode(), result.toString());
		List<String> lines = result.outLines();
		assertEquals(5, lines.size(), result.toString());
		assertTrue(lines.get(0).matches("kind +size +last used +in use +entry"), lines.get(0));
		assertTrue(lines.get(1).matches("VMDK grains +300 KiB +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\dZ +no +old-appliance: .*"), lines.get(1));
		assertTrue(lines.get(2).matches("base system +100 KiB +.* no +trixie-amd64-0123456789abcdef: trixie/amd64, 1 requested packages, .*"
				+ "\\(stale: cache format kiln-base-0, .*\\)"), lines.get(2));
		assertTrue(lines.get(3).matches("VMDK grains +200 KiB +.* no +new-appliance: .*"), lines.get(3));
		assertEquals("total 600 KiB in 3 entries of " + cache + "; limit 4.0 GiB", lines.get(4));
	}

	@Test
	void pruneRemovesStaleEntriesThenTheLeastRecentlyUsedUntilTheCacheFits() throws Exception {
		Path cache = cache();

		KilnProcess.Result result = kiln("cache", "prune", "--cache", cache.toString(), "--max-size", "250K");

		assertEquals(0, result.exitCode(), result.toString());
		List<String> lines = result.outLines();
		assertEquals(2, lines.size(), result.toString());
		assertTrue(lines.get(0).matches("removed base trixie-amd64-0123456789abcdef \\d+ cache format kiln-base-0, this Kiln makes .*"),
				lines.get(0));
		assertTrue(lines.get(1).startsWith("removed grains old-appliance 307200 least recently used, to fit 250 KiB"), lines.get(1));
		assertTrue(Files.exists(cache.resolve("grains/new-appliance/grains.pack")));
		assertFalse(Files.exists(cache.resolve("grains/old-appliance")));
		assertTrue(result.err().startsWith("Freed 400 KiB; the cache holds 200 KiB in 1 entries, 0 of them in use"), result.toString());
	}

	@Test
	void aSizeThatIsNoneIsAUsageError() throws Exception {
		KilnProcess.Result result = kiln("cache", "prune", "--cache", folder.resolve("cache").toString(), "--max-size", "lots");

		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("'lots' is not a size"), result.toString());
	}
}
