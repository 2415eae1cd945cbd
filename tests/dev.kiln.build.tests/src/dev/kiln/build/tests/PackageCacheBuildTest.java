package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.testsupport.ExampleProjects;

/**
 * The package cache on real builds: the first base system fills it, a second one of the same packages takes
 * every package from it (apt downloads nothing) and is the same tarball, byte for byte.
 */
class PackageCacheBuildTest {

	private static final Pattern OFFERED = Pattern.compile("^Package cache: (\\d+) packages \\(.*\\) for mmdebstrap");
	private static final Pattern ADDED = Pattern.compile("^Package cache: (\\d+) packages \\(.*\\) added");

	@TempDir
	Path folder;

	@Test
	void aSecondBaseSystemTakesItsPackagesFromTheCacheAndIsTheSame() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		Path cache = folder.resolve("cache");
		List<String> cold = new CopyOnWriteArrayList<>();
		BuildReport first = build(project, folder.resolve("one"), cache, cold);
		assertFalse(first.baseFromCache());
		assertEquals(0, count(cold, OFFERED), "an empty package cache offers nothing");
		int downloaded = count(cold, ADDED);
		assertTrue(downloaded > 100, "the base system's packages went into the cache: " + downloaded);
		Properties coldBase = metadata(cache);

		// a second base system: same packages, made again, from the package cache
		BuildCache.deleteTree(cache.resolve(BuildCache.Kind.BASE_SYSTEM.folder()));
		List<String> warm = new CopyOnWriteArrayList<>();
		BuildReport second = build(project, folder.resolve("two"), cache, warm);
		assertFalse(second.baseFromCache());
		assertEquals(downloaded, count(warm, OFFERED), "every cached package was offered\n" + String.join("\n", warm));
		assertEquals(0, count(warm, ADDED), "apt downloaded nothing\n" + String.join("\n", warm));
		Properties warmBase = metadata(cache);
		assertEquals(coldBase.getProperty("sha256"), warmBase.getProperty("sha256"), "the base tarball is the same with a warm package cache");
		assertEquals(coldBase.getProperty("size"), warmBase.getProperty("size"));

		BuildCache.Entry packages = new BuildCache(cache).entries().stream().filter(e -> e.kind() == BuildCache.Kind.PACKAGES).findFirst()
				.orElseThrow();
		assertTrue(packages.summary().startsWith(downloaded + " packages of trixie/amd64 "), packages.summary());
		assertTrue(packages.bytes() > 50L << 20, "the .debs count in the cache's size: " + packages.bytes());
	}

	@Test
	void onAnEmptyCacheAMissingPackageStopsTheBaseSystemWhileItIsMade() throws Exception {
		// with no .debs to check, mmdebstrap starts before the package index is read; the check stops it
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "<package name=\"busybox\"/>", "<package name=\"busybox\"/>\n    <package name=\"no-such-package-kiln\"/>");
		Path cache = folder.resolve("cache");
		Path output = Files.createDirectories(folder.resolve("out"));
		List<String> log = new CopyOnWriteArrayList<>();
		ImageBuildException e = assertThrows(ImageBuildException.class, () -> build(project, output, cache, log));
		assertTrue(e.getMessage().contains("Package 'no-such-package-kiln' is not in Debian trixie"), e.getMessage());
		assertEquals(0, Builds.fileCount(output), "no file in the output folder");
		try (var entries = Files.list(cache.resolve(BuildCache.Kind.BASE_SYSTEM.folder()))) {
			assertEquals(List.of(), entries.filter(Files::isDirectory).toList(), "no base system is left");
		}
	}

	private static BuildReport build(Path project, Path output, Path cache, List<String> log) throws Exception {
		return new ApplianceBuild(new ImageEngine(cache)).build(project, output, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH,
				Progress.logging(log::add));
	}

	/** The number in the log's line that matches, 0 when none does. */
	private static int count(List<String> log, Pattern pattern) {
		for (String line : log) {
			Matcher m = pattern.matcher(line);
			if (m.find()) {
				return Integer.parseInt(m.group(1));
			}
		}
		return 0;
	}

	private static Properties metadata(Path cache) throws IOException {
		try (var entries = Files.list(cache.resolve(BuildCache.Kind.BASE_SYSTEM.folder()))) {
			Path entry = entries.filter(Files::isDirectory).findFirst().orElseThrow();
			Properties metadata = new Properties();
			try (InputStream in = Files.newInputStream(entry.resolve("base.properties"))) {
				metadata.load(in);
			}
			return metadata;
		}
	}
}
