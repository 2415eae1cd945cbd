package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Sha256;

/**
 * Two CI jobs on one runner: two {@code kiln build} processes started together on one empty cache. One
 * makes the base system, the other waits for it (and says so) and reuses it; both succeed with the bytes
 * of a build alone.
 */
class ConcurrentBuildsTest {

	private static final Duration LIMIT = Duration.ofMinutes(20);

	@TempDir
	Path folder;

	@Test
	void twoBuildsStartedTogetherOnAnEmptyCacheBothSucceedWithTheSameBytesAsABuildAlone() throws Exception {
		String expected = Qcow2OnlyExample.expectedSha256();
		Qcow2OnlyExample.project(folder);
		Path cache = Qcow2OnlyExample.emptyCacheWithTheSharedIndexes(folder.resolve("cache"));

		KilnProcess.Result first;
		KilnProcess.Result second;
		try (KilnProcess.Running one = build(cache, "out-1"); KilnProcess.Running two = build(cache, "out-2")) {
			first = one.await(LIMIT);
			second = two.await(LIMIT);
		}

		assertEquals(0, first.exitCode(), first.toString());
		assertEquals(0, second.exitCode(), second.toString());
		assertEquals(expected, Sha256.of(folder.resolve("out-1").resolve(Qcow2OnlyExample.QCOW2)));
		assertEquals(expected, Sha256.of(folder.resolve("out-2").resolve(Qcow2OnlyExample.QCOW2)));
		List<KilnProcess.Result> builtTheBase = List.of(first, second).stream().filter(r -> r.err().contains("; base system built")).toList();
		assertEquals(1, builtTheBase.size(), "one build made the base system\n" + first + "\n" + second);
		KilnProcess.Result reused = builtTheBase.get(0) == first ? second : first;
		assertTrue(reused.err().contains("Waiting for another build making the base system "), reused.toString());
		assertTrue(reused.err().contains("; base system from the cache"), reused.toString());
	}

	private KilnProcess.Running build(Path cache, String output) {
		return KilnProcess.start(folder, Map.of(), "build", "hello-appliance", "--output", output, "--cache", cache.toString());
	}
}
