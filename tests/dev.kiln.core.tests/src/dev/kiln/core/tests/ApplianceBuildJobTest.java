package dev.kiln.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.BuildInputs;
import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.image.BuildReport;
import dev.kiln.image.Sha256;
import dev.kiln.testsupport.ExampleProjects;

/**
 * The workbench's build of an appliance project: real images of examples/hello-appliance (imported as
 * a copy) in the project's derived build/ folder, cancellation, and a manifest with errors.
 */
class ApplianceBuildJobTest extends WorkspaceTestCase {

	private static final long BUILD_LIMIT_MILLIS = 20 * 60 * 1000L;

	@TempDir
	Path folder;

	private IProject importCopyOfHello() throws Exception {
		return new ExistingProjectImporter(workspace).importFrom(ExampleProjects.copyOfHello(folder), null).get(0);
	}

	private static ApplianceBuildJob job(IProject project) {
		return new ApplianceBuildJob(project, Path.of(System.getProperty("kiln.test.cache")));
	}

	private static IStatus runToEnd(ApplianceBuildJob job) throws InterruptedException {
		job.schedule();
		assertTrue(job.join(BUILD_LIMIT_MILLIS, null), "the build ended within " + BUILD_LIMIT_MILLIS / 60000 + " minutes");
		return job.getResult();
	}

	private static List<String> files(IProject project) throws IOException {
		Path output = project.getLocation().toPath().resolve(ApplianceBuildJob.OUTPUT_FOLDER);
		if (!Files.isDirectory(output)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(output)) {
			return list.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@Test
	void theImagesLandInTheDerivedBuildFolderWithTheirSha256() throws Exception {
		IProject project = importCopyOfHello();
		ApplianceBuildJob job = job(project);

		IStatus status = runToEnd(job);

		assertTrue(status.isOK(), status.toString());
		BuildReport report = job.report();
		assertNotNull(report);
		assertEquals(List.of(BuildInputs.FILE, "hello-appliance-1.0.0.archive", "hello-appliance-1.0.0.ova", "hello-appliance-1.0.0.packages", "hello-appliance-1.0.0.qcow2", "hello-appliance-1.0.0.raw", "hello-appliance-1.0.0.sha256"),
				files(project));
		IFolder build = project.getFolder(ApplianceBuildJob.OUTPUT_FOLDER);
		assertTrue(build.exists() && build.isDerived(), "build/ is in the workspace and derived");
		for (BuildReport.Artifact artifact : report.artifacts()) {
			assertTrue(build.getFile(artifact.file().getFileName().toString()).exists(), artifact + " is in the workspace");
			assertEquals(Sha256.of(artifact.file()), artifact.sha256(), artifact.toString());
		}
	}

	@Test
	void cancellingWhileTheDiskIsWrittenEndsCancelledAndLeavesNoImage() throws Exception {
		IProject project = importCopyOfHello();
		ApplianceBuildJob job = job(project);
		List<String> phases = Collections.synchronizedList(new ArrayList<>());
		IProgressMonitor cancelAtDisk = new NullProgressMonitor() {
			@Override
			public void subTask(String name) {
				phases.add(name);
				if (name.startsWith("Disk")) {
					job.cancel();
				}
			}
		};
		// headless, jobs get their monitors from no provider; this one gives the build job ours
		Job.getJobManager().setProgressProvider(new ProgressProvider() {
			@Override
			public IProgressMonitor createMonitor(Job anyJob) {
				return anyJob == job ? cancelAtDisk : null;
			}
		});
		IStatus status;
		try {
			status = runToEnd(job);
		} finally {
			Job.getJobManager().setProgressProvider(null);
		}

		assertEquals(IStatus.CANCEL, status.getSeverity(), status + " after phases " + phases);
		assertTrue(phases.contains("Disk"), "the build reached the disk: " + phases);
		assertEquals(List.of(), files(project), "no file is left in build/");
	}

	@Test
	void aBuildCancelledAsItStartsEndsCancelledWithoutAnInternalError() throws Exception {
		IProject project = importCopyOfHello();
		ApplianceBuildJob job = job(project);
		// cancelled as soon as the job begins its task, before it waits for the project's build rule
		IProgressMonitor cancelAtStart = new NullProgressMonitor() {
			@Override
			public void beginTask(String name, int totalWork) {
				setCanceled(true);
			}
		};
		Job.getJobManager().setProgressProvider(new ProgressProvider() {
			@Override
			public IProgressMonitor createMonitor(Job anyJob) {
				return anyJob == job ? cancelAtStart : null;
			}
		});
		IStatus status;
		try {
			status = runToEnd(job);
		} finally {
			Job.getJobManager().setProgressProvider(null);
		}

		assertEquals(IStatus.CANCEL, status.getSeverity(), status.toString());
		assertEquals(List.of(), files(project), "nothing was built");
	}

	@Test
	void aManifestWithErrorsIsNotBuiltAndTheResultNamesTheLine() throws Exception {
		IProject project = importCopyOfHello();
		Path manifest = project.getLocation().toPath().resolve("appliance.xml");
		Files.writeString(manifest, Files.readString(manifest).replace("memoryMb=\"512\"", "memoryMb=\"16\""));

		IStatus status = runToEnd(job(project));

		assertEquals(IStatus.ERROR, status.getSeverity(), status.toString());
		assertTrue(status.getMessage().contains("/hello-appliance/appliance.xml:21:") && status.getMessage().contains("KILN-M026"),
				status.getMessage());
		assertEquals(List.of(), files(project));
	}
}
