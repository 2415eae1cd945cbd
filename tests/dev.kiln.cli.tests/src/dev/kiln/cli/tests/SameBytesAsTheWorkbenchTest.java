package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ChecksumFile;
import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.image.BuildReport;
import dev.kiln.image.Sha256;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.workspace.TestWorkspace;

/**
 * The promise to vendors: {@code kiln build} in CI gives the same bytes as the workbench. Builds
 * examples/hello-appliance with the documented command (the real releng/kiln and the product of this
 * reactor) and an imported copy of it with the workbench's build job, and compares every image's SHA-256.
 */
class SameBytesAsTheWorkbenchTest {

	private static final Duration BUILD_LIMIT = Duration.ofMinutes(20);

	@TempDir
	Path folder;

	@BeforeEach
	@AfterEach
	void emptyWorkspaceWithoutAutoBuild() throws Exception {
		TestWorkspace.emptyWithoutAutoBuild();
	}

	@Test
	void theCommandLineAndTheWorkbenchBuildTheSameImages() throws Exception {
		ApplianceBuildJob workbench = new ApplianceBuildJob(importCopyOfHello(), KilnProcess.cache());
		long start = System.nanoTime();
		workbench.schedule();
		assertTrue(workbench.join(BUILD_LIMIT.toMillis(), null), "the workbench build ended within " + BUILD_LIMIT);
		IStatus status = workbench.getResult();
		assertTrue(status.isOK(), status.toString());
		double workbenchSeconds = (System.nanoTime() - start) / 1e9;

		Path output = folder.resolve("cli-output");
		start = System.nanoTime();
		KilnProcess.Result cli = KilnProcess.run(KilnProcess.repository(), Map.of(), BUILD_LIMIT, "build", "examples/hello-appliance",
				"--output", output.toString(), "--cache", KilnProcess.cache().toString());
		double cliSeconds = (System.nanoTime() - start) / 1e9;
		assertEquals(0, cli.exitCode(), cli.toString());

		Map<String, String> byWorkbench = new TreeMap<>();
		for (BuildReport.Artifact artifact : workbench.report().artifacts()) {
			byWorkbench.put(artifact.file().getFileName().toString(), artifact.sha256());
		}
		Map<String, String> byCli = new TreeMap<>();
		for (String line : cli.outLines()) {
			String[] fields = line.split(" ", 5); // artifact <format> <size> <sha256> <path>
			assertEquals("artifact", fields[0], line);
			Path file = Path.of(fields[4]);
			assertEquals(Files.size(file), Long.parseLong(fields[2]), line);
			assertEquals(Sha256.of(file), fields[3], "the printed SHA-256 is the file's: " + line);
			byCli.put(file.getFileName().toString(), fields[3]);
		}
		System.out.printf("hello-appliance: workbench build %.1f s, kiln build %.1f s, images %s%n", Double.valueOf(workbenchSeconds),
				Double.valueOf(cliSeconds), byCli);

		assertFalse(byCli.isEmpty(), cli.toString());
		assertEquals(byWorkbench, byCli, "the same images with the same SHA-256");
		String sums = ChecksumFile.name("hello-appliance", "1.0.0");
		assertArrayEquals(Files.readAllBytes(workbench.report().artifacts().get(0).file().resolveSibling(sums)),
				Files.readAllBytes(output.resolve(sums)), "the same " + sums);
	}

	private IProject importCopyOfHello() throws Exception {
		Path copy = ExampleProjects.copyOfHello(Files.createDirectories(folder.resolve("workspace-copy")));
		return new ExistingProjectImporter(TestWorkspace.workspace()).importFrom(copy, null).get(0);
	}
}
