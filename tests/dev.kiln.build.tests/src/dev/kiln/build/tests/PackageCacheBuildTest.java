package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
 * The package cache on real builds: the base systems of the build tests' shared cache filled it; a second base
 * system of the same packages, made again in a cache of its own that has those packages, takes every package
 * from them (apt downloads nothing) and is the same tarball, byte for byte.
 */
class PackageCacheBuildTest {

	private static final Pattern OFFERED = Pattern.compile("^Package cache: (\\d+) packages \\(.*\\) for mmdebstrap");
	private static final Pattern REMOVED = Pattern.compile("^Package cache: .* for mmdebstrap, (\\d+) no longer in the archive");
	private static final Pattern ADDED = Pattern.compile("^Package cache: (\\d+) packages \\(.*\\) added");

	@TempDir
	Path folder;

	@Test
	void aSecondBaseSystemTakesItsPackagesFromTheCacheAndIsTheSame() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		// the example's base system in the shared cache (made by an earlier test, or now and then reused by later
		// ones): its packages went into the shared package cache (but those a build of other pockets, such as the
		// maintenance tests' security pocket, pruned since)
		Path shared = Path.of(System.getProperty("kiln.test.cache"));
		BuildReport first = new ApplianceBuild(Builds.engine()).build(project, folder.resolve("one"), ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH,
				Progress.NONE);
		// read now: the shared cache is pruned to its size after other tests' builds, which may take this entry
		Path sharedEntry = baseEntryOf(shared, first);
		Properties sharedBase = metadata(sharedEntry);

		// a cache of this test's own with the shared cache's packages (hard links), no base system
		Path cache = folder.resolve("cache");
		Set<String> linked = new HashSet<>();
		int cached = linkDebs(shared.resolve(BuildCache.Kind.PACKAGES.folder()), cache.resolve(BuildCache.Kind.PACKAGES.folder()), linked);
		assertTrue(cached > 100, "the shared base systems' packages are in the shared package cache: " + cached);
		// what apt has to download: the base system's packages that are not among them, by apt's file names
		long missing = first.packages().stream()
				.filter(p -> !linked.contains(p.name() + "_" + p.version().replace(":", "%3a") + "_" + p.architecture() + ".deb")).count();
		assertTrue(missing < 10, "most of the example's packages are cached: " + missing + " are not");
		List<String> warm = new CopyOnWriteArrayList<>();
		BuildReport second = build(project, folder.resolve("two"), cache, warm);
		assertFalse(second.baseFromCache());
		// (a package of the maintenance tests' own security pocket is in no index of this build: removed)
		assertEquals(cached, count(warm, OFFERED) + count(warm, REMOVED), "every cached package was offered\n" + String.join("\n", warm));
		assertEquals(missing, count(warm, ADDED), "apt downloaded only what the cache lacked\n" + String.join("\n", warm));
		Path entry = baseEntry(cache);
		Properties warmBase = metadata(entry);
		assertEquals(sharedEntry.getFileName(), entry.getFileName(), "the same base system, by its key");
		assertEquals(sharedBase.getProperty("sha256"), warmBase.getProperty("sha256"), "the base tarball is the same with a warm package cache");
		assertEquals(sharedBase.getProperty("size"), warmBase.getProperty("size"));
		assertEquals(first.artifacts().get(0).sha256(), second.artifacts().get(0).sha256(), "the images are the same too");

		BuildCache.Entry packages = new BuildCache(cache).entries().stream().filter(e -> e.kind() == BuildCache.Kind.PACKAGES).findFirst()
				.orElseThrow();
		int kept = count(warm, OFFERED) + count(warm, ADDED);
		assertTrue(packages.summary().startsWith(kept + " packages of trixie/amd64 "), packages.summary());
		assertTrue(packages.bytes() > 50L << 20, "the .debs count in the cache's size: " + packages.bytes());
	}

	/**
	 * Hard-links the .debs of every package cache entry under {@code from} into the same places under {@code to};
	 * adds their file names to {@code names}.
	 */
	private static int linkDebs(Path from, Path to, Set<String> names) throws IOException {
		int linked = 0;
		try (Stream<Path> files = Files.walk(from)) {
			for (Path deb : files.filter(f -> f.getFileName().toString().endsWith(".deb") && f.getParent().getFileName().toString().equals("debs"))
					.toList()) {
				Path copy = to.resolve(from.relativize(deb));
				Files.createDirectories(copy.getParent());
				Files.createLink(copy, deb);
				names.add(deb.getFileName().toString());
				linked++;
			}
		}
		return linked;
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

	/** The base system entry a build took from a cache (named by its key). */
	private static Path baseEntryOf(Path cache, BuildReport build) {
		return cache.resolve(BuildCache.Kind.BASE_SYSTEM.folder()).resolve(build.baseKey());
	}

	/** The one base system entry of a cache. */
	private static Path baseEntry(Path cache) throws IOException {
		try (var entries = Files.list(cache.resolve(BuildCache.Kind.BASE_SYSTEM.folder()))) {
			return entries.filter(Files::isDirectory).findFirst().orElseThrow();
		}
	}

	private static Properties metadata(Path entry) throws IOException {
		Properties metadata = new Properties();
		try (InputStream in = Files.newInputStream(entry.resolve("base.properties"))) {
			metadata.load(in);
		}
		return metadata;
	}
}
