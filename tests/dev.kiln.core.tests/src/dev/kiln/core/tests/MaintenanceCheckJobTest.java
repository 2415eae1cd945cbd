package dev.kiln.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.core.MaintenanceCheckJob;
import dev.kiln.core.MaintenanceStatus;
import dev.kiln.testsupport.ExampleProjects;

/**
 * The maintenance check of a project where it needs no archive: a version that was never built gets no marker and
 * says so; an archive that cannot be read keeps the markers of the last check and says why, in the status and the
 * error log, not in an error result (which would open a dialog).
 */
class MaintenanceCheckJobTest extends WorkspaceTestCase {

	private static final long CHECK_LIMIT_MILLIS = 120_000;
	private static final String OS = "<os suite=\"trixie\" architecture=\"amd64\">";

	@TempDir
	Path folder;

	private IStatus check(IProject project) throws InterruptedException {
		MaintenanceCheckJob job = new MaintenanceCheckJob(project, folder.resolve("cache"));
		job.schedule();
		assertTrue(job.join(CHECK_LIMIT_MILLIS, null), "the check ended within " + CHECK_LIMIT_MILLIS / 1000 + " s");
		return job.getResult();
	}

	private IProject importFrom(Path copy) throws CoreException {
		return new ExistingProjectImporter(workspace).importFrom(copy, null).get(0);
	}

	private static List<IMarker> markers(IProject project) throws CoreException {
		return Arrays.asList(project.findMarkers(MaintenanceCheckJob.MARKER, true, IResource.DEPTH_INFINITE));
	}

	/** A local port nobody listens on. */
	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void aVersionThatWasNeverBuiltGetsNoMarkerAndItsStatusSaysSo() throws Exception {
		IProject project = importFrom(ExampleProjects.copyOfHello(folder));

		IStatus result = check(project);

		assertTrue(result.isOK(), result.toString());
		assertEquals(List.of(), markers(project));
		MaintenanceStatus status = MaintenanceCheckJob.status(project).orElseThrow();
		assertEquals(MaintenanceStatus.State.NOT_BUILT, status.state());
		assertEquals(List.of("hello-appliance", "1.0.0"), List.of(status.appliance(), status.version()));
		assertEquals("Version 1.0.0 was not built: no package list in /hello-appliance/build.", status.note());
	}

	@Test
	void anArchiveThatCannotBeReadKeepsTheMarkersAndTheStatusNamesIt() throws Exception {
		Path copy = ExampleProjects.copyOfHello(folder);
		String archive = "http://127.0.0.1:" + closedPort() + "/debian";
		ExampleProjects.editManifest(copy, OS, OS.replace(">", " mirror=\"" + archive + "\" securityMirror=\"" + archive + "-security\">"));
		Files.createDirectories(copy.resolve("build"));
		Files.writeString(copy.resolve("build/hello-appliance-1.0.0.packages"), "busybox\t1:1.37.0-6+b9\tamd64\ttrixie\n");
		IProject project = importFrom(copy);
		IMarker earlier = project.getFile("appliance.xml").createMarker(MaintenanceCheckJob.MARKER);
		earlier.setAttribute(IMarker.MESSAGE, "busybox 1:1.37.0-6+b9 in the last build has a security fix: a check ago");

		IStatus result = check(project);

		assertTrue(result.isOK(), result.toString());
		assertEquals(List.of(earlier), markers(project), "the last check's markers stay");
		MaintenanceStatus status = MaintenanceCheckJob.status(project).orElseThrow();
		assertEquals(MaintenanceStatus.State.FAILED, status.state());
		assertTrue(status.note().startsWith("The maintenance check of hello-appliance did not run: ") && status.note().contains(archive),
				status.note());
	}
}
