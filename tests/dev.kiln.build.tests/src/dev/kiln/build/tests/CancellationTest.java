package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.testsupport.ExampleProjects;

/** Cancelling a build while mmdebstrap runs stops it and its children promptly and leaves nothing behind. */
class CancellationTest {

	@TempDir
	Path folder;

	@Test
	void cancellingDuringTheBaseSystemStopsEverythingWithinFiveSeconds() throws Exception {
		AtomicBoolean cancelled = new AtomicBoolean();
		Progress progress = new Progress() {
			@Override
			public void worked(long units) {
			}

			@Override
			public boolean isCancelled() {
				return cancelled.get();
			}
		};
		Path cache = folder.resolve("fresh-cache"); // an empty cache: the base system must be built
		Path output = Files.createDirectories(folder.resolve("out"));
		CompletableFuture<Throwable> build = CompletableFuture.supplyAsync(() -> {
			try {
				new ApplianceBuild(new ImageEngine(cache)).build(ExampleProjects.hello(), output, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, progress);
				return null;
			} catch (Throwable t) {
				return t;
			}
		});

		long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
		while (mmdebstrapProcesses().isEmpty()) {
			assertFalse(build.isDone(), "the build ended before mmdebstrap started: " + build.getNow(null));
			assertTrue(System.nanoTime() < deadline, "mmdebstrap did not start within 120 s");
			Thread.sleep(100);
		}
		Thread.sleep(3000); // let it get busy installing
		long start = System.nanoTime();
		cancelled.set(true);
		Throwable outcome = build.get(30, TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - start) / 1e9;

		assertInstanceOf(BuildCancelledException.class, outcome);
		assertTrue(seconds <= 5.0, "stopped after " + seconds + " s");
		Thread.sleep(500);
		assertEquals(List.of(), mmdebstrapProcesses(), "no process of the build is left");
		assertEquals(0, Builds.fileCount(output), "no output");
		assertFalse(Files.readString(Path.of("/proc/self/mounts")).contains("mmdebstrap"), "no mount is left");
	}

	private static List<String> mmdebstrapProcesses() {
		return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
				.map(p -> p.info().commandLine().orElse(""))
				.filter(c -> c.contains("mmdebstrap") || c.contains("dpkg") || c.contains("apt-get")).toList();
	}
}
