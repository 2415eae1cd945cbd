package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.BuildInputs;
import dev.kiln.build.PackageList;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.testsupport.ExampleProjects;

/** Reproducible and incremental builds, and builds that must fail early and cleanly. */
class EngineBehaviourTest {

	@TempDir
	Path folder;

	private BuildReport build(Path project, Path output) throws ImageBuildException {
		return build(project, output, Progress.NONE);
	}

	private BuildReport build(Path project, Path output, Progress progress) throws ImageBuildException {
		return build(Builds.engine(), project, output, progress);
	}

	private static BuildReport build(ImageEngine engine, Path project, Path output, Progress progress) throws ImageBuildException {
		return new ApplianceBuild(engine).build(project, output, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, progress);
	}

	/**
	 * An engine with a cache of its own in {@code name} that shares the test run's base systems, package
	 * indexes and packages but has no grains or root file systems of other builds. The grain cache keeps one
	 * generation per appliance, and the other test modules build the same example at the same time: with the
	 * shared cache their VMDK can come between a build and its rebuild.
	 */
	private ImageEngine engineWithOwnCache(String name) throws IOException {
		Path cache = Files.createDirectories(folder.resolve(name));
		Path shared = Path.of(System.getProperty("kiln.test.cache")).toAbsolutePath();
		for (BuildCache.Kind kind : List.of(BuildCache.Kind.BASE_SYSTEM, BuildCache.Kind.ARCHIVE_INDEX, BuildCache.Kind.PACKAGES)) {
			Files.createDirectories(shared.resolve(kind.folder()));
			Files.createSymbolicLink(cache.resolve(kind.folder()), shared.resolve(kind.folder()));
		}
		return new ImageEngine(cache);
	}

	@Test
	void twoBuildsOfTheSameProjectGiveTheSameBytes() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		BuildReport first = build(project, folder.resolve("one"));
		assertEquals(ApplianceBuild.Freshness.UP_TO_DATE, ApplianceBuild.freshness(project, folder.resolve("one")));
		assertEquals(first.packages().stream().sorted(java.util.Comparator.comparing(BuildReport.InstalledPackage::name)).toList(),
				PackageList.read(folder.resolve("one"), "hello-appliance", "1.0.0"), "the package list next to the images is the report's");
		assertTrue(first.packages().stream().anyMatch(p -> p.name().equals("busybox")));
		BuildReport second = build(project, folder.resolve("two"));
		assertEquals(BuildInputs.recorded(folder.resolve("one")), BuildInputs.recorded(folder.resolve("two")));
		long mismatch = Files.mismatch(first.artifact(OutputFormat.RAW).file(), second.artifact(OutputFormat.RAW).file());
		assertEquals(-1L, mismatch, "the raw disks differ first at byte " + mismatch + " (sector " + mismatch / 512 + ")");
		assertEquals(first.artifact(OutputFormat.RAW).sha256(), second.artifact(OutputFormat.RAW).sha256());
		assertEquals(first.artifact(OutputFormat.QCOW2).sha256(), second.artifact(OutputFormat.QCOW2).sha256());
		assertEquals(first.artifact(OutputFormat.OVA).sha256(), second.artifact(OutputFormat.OVA).sha256());
	}

	@Test
	void changingAnApplicationFileReusesTheCachedBase() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ImageEngine engine = engineWithOwnCache("cache");
		BuildReport before = build(engine, project, folder.resolve("before"), Progress.NONE);
		assertEquals(ApplianceBuild.Freshness.UP_TO_DATE, ApplianceBuild.freshness(project, folder.resolve("before")));
		Files.writeString(project.resolve("app/www/index.html"), "<h1>Hello again</h1>\n");
		assertEquals(ApplianceBuild.Freshness.STALE, ApplianceBuild.freshness(project, folder.resolve("before")));
		List<String> log = new CopyOnWriteArrayList<>();
		long start = System.nanoTime();
		BuildReport after = build(engine, project, folder.resolve("after"), Progress.logging(log::add));
		System.out.printf("app-only rebuild: %.1f s, steps %s%n", (System.nanoTime() - start) / 1e9, after.timings());

		assertTrue(after.baseFromCache(), "the base system came from the cache");
		assertEquals(ApplianceBuild.Freshness.UP_TO_DATE, ApplianceBuild.freshness(project, folder.resolve("after")));
		assertEquals(before.baseKey(), after.baseKey());
		assertNotEquals(before.artifact(OutputFormat.RAW).sha256(), after.artifact(OutputFormat.RAW).sha256());
		assertNotEquals(before.artifact(OutputFormat.OVA).sha256(), after.artifact(OutputFormat.OVA).sha256());
		// the OVA's VMDK takes the grains the change did not touch from the grain cache
		assertTrue(reusedGrainShare(log) >= 50, log.toString());
	}

	@Test
	void anAppOnlyRebuildGivesTheBytesOfACleanBuild() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ImageEngine engine = engineWithOwnCache("cache");
		build(engine, project, folder.resolve("before"), Progress.NONE);
		Files.writeString(project.resolve("app/www/index.html"), "<h1>Hello, rebuilt</h1>\n");
		List<String> incrementalLog = new CopyOnWriteArrayList<>();
		BuildReport incremental = build(engine, project, folder.resolve("incremental"), Progress.logging(incrementalLog::add));

		// the same base, but no cached file system, grains or anything else of an earlier build
		List<String> cleanLog = new CopyOnWriteArrayList<>();
		BuildReport clean = build(engineWithOwnCache("clean-cache"), project, folder.resolve("clean"), Progress.logging(cleanLog::add));
		System.out.printf("app-only rebuild %s, clean build %s%n", incremental.timings(), clean.timings());

		assertTrue(reusedGrainShare(incrementalLog) >= 90, "the rebuild took most grains from its cache: " + incrementalLog);
		assertEquals(0.0, reusedGrainShare(cleanLog), "the clean build had no grain to reuse: " + cleanLog);
		assertEquals(clean.artifacts().size(), incremental.artifacts().size());
		for (BuildReport.Artifact artifact : clean.artifacts()) {
			assertEquals(artifact.sha256(), incremental.artifact(artifact.format()).sha256(), artifact.format() + " of the rebuild and the clean build");
		}
	}

	/** The share of the VMDK's grains taken from the grain cache, in percent, as the build logged it. */
	private static double reusedGrainShare(List<String> log) {
		String grains = log.stream().filter(line -> line.startsWith("VMDK: ")).findFirst().orElseThrow(() -> new AssertionError(log.toString()));
		Matcher share = Pattern.compile("\\((\\d+\\.\\d) %\\)").matcher(grains);
		assertTrue(share.find(), grains);
		return Double.parseDouble(share.group(1));
	}

	@Test
	void anUnknownPackageIsNamedAndNothingIsWritten() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "<package name=\"busybox\"/>", "<package name=\"busybox\"/>\n    <package name=\"no-such-package-kiln\"/>");
		Path output = Files.createDirectories(folder.resolve("out"));
		ImageBuildException e = assertThrows(ImageBuildException.class, () -> build(project, output));
		assertTrue(e.getMessage().contains("no-such-package-kiln"), e.getMessage());
		assertEquals(0, Builds.fileCount(output), "no file in the output folder");
	}

	@Test
	void anUnreachableMirrorIsAClearErrorAndNothingIsWritten() throws Exception {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		String mirror = "http://127.0.0.1:" + closedPort + "/debian";
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "<os suite=\"trixie\" architecture=\"amd64\">",
				"<os suite=\"trixie\" architecture=\"amd64\" mirror=\"" + mirror + "\">");
		Path output = Files.createDirectories(folder.resolve("out"));
		ImageBuildException e = assertThrows(ImageBuildException.class, () -> build(project, output));
		assertTrue(e.getMessage().contains("unreachable") && e.getMessage().contains("127.0.0.1:" + closedPort), e.getMessage());
		assertEquals(0, Builds.fileCount(output), "no file in the output folder");
	}

	@Test
	void contentLargerThanTheDiskIsAnErrorGivingTheNeededSize() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		try (RandomAccessFile big = new RandomAccessFile(project.resolve("app/www/big.bin").toFile(), "rw")) {
			big.setLength(1L << 30); // sparse: costs no disk, but counts in full in the image
		}
		ExampleProjects.editManifest(project, "sizeMb=\"2048\"", "sizeMb=\"1024\"");
		Path output = Files.createDirectories(folder.resolve("out"));
		ImageBuildException e = assertThrows(ImageBuildException.class, () -> build(project, output));
		assertTrue(e.getMessage().contains("too small") && e.getMessage().matches("(?s).*needs about \\d+ MiB.*"), e.getMessage());
		assertEquals(0, Builds.fileCount(output), "no file in the output folder");
	}
}
