package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.PackageList;
import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.core.MaintenanceCheckJob;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.SecurityPocket;
import dev.kiln.testsupport.workspace.TestWorkspace;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.BotTree;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * The maintenance watch in the workbench, against a trixie-security pocket on 127.0.0.1 signed by a test key (the
 * suite and its updates come from the machine's mirror): a project built while the pocket is empty gets a marker once
 * the pocket publishes a busybox security fix and the Maintenance view checks again; the marker's quick fix builds the
 * project again, the check after the build removes the marker, and the view shows the build up to date. Two builds
 * (each base system made once per test run, shared with the build and CLI tests' cache).
 */
class MaintenanceViewTest extends WorkbenchTestCase {

	/** A build that makes its base system with mmdebstrap: minutes on a busy 2-core machine. */
	private static final Duration BUILD_LIMIT = Duration.ofMinutes(20);
	/** A check: the pockets' InRelease files, their indexes (cached by the build), one changelog. */
	private static final Duration CHECK_LIMIT = Duration.ofMinutes(5);

	@TempDir
	Path folder;
	private SecurityPocket pocket;

	@AfterEach
	void stopThePocketAndDeleteTheProject() throws CoreException {
		if (pocket != null) {
			pocket.close();
		}
		// the Quick Fix dialog opened the manifest in an editor: close it before its project goes (this runs before
		// the base class's reset), or the next test finds a broken editor on a deleted file
		bot.closeAllEditors();
		TestWorkspace.deleteAllProjects();
	}

	@Test
	void aSecurityFixPublishedAfterTheBuildMarksTheProjectAndRebuildWithUpdatesTakesIt() throws Exception {
		pocket = SecurityPocket.start(Files.createDirectories(folder.resolve("pocket")));
		IProject project = new ExistingProjectImporter(TestWorkspace.workspace())
				.importFrom(pocket.helloProject(Files.createDirectories(folder.resolve("workspace"))), null).get(0);
		bot.waitForBuild(JOBS_TIMEOUT);

		ApplianceBuildJob build = new ApplianceBuildJob(project);
		build.schedule();
		awaitBuildAndCheck();
		assertTrue(build.getResult().getSeverity() <= IStatus.WARNING, build.getResult().toString());
		assertEquals(List.of(), markers(project), "the build has the pocket's packages");

		DebPackage update = pocket.publishUpdate();
		MaintenanceViewTester view = MaintenanceViewTester.open(bot);
		view.checkNow();
		awaitBuildAndCheck();

		List<IMarker> markers = markers(project);
		assertEquals(1, markers.size(), messages(markers).toString());
		IMarker marker = markers.get(0);
		String message = marker.getAttribute(IMarker.MESSAGE, "");
		assertTrue(message.startsWith("busybox " + BusyboxSecurityUpdate.original().version() + " in the last build has a security fix: ")
				&& message.contains("in trixie-security") && message.contains(BusyboxSecurityUpdate.CVES.get(0)), message);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("appliance.xml", marker.getResource().getName());
		assertEquals(osLine(project), marker.getAttribute(IMarker.LINE_NUMBER, 0), "on the line of <os>");
		bot.waitUntil(Conditions.valueIs("the state of the last build in the Maintenance view", () -> view.state(project),
				Optional.of(UIText.bind(UIText.MaintenanceView_securityFixes, 1))));
		assertEquals(Optional.of(String.join(", ", BusyboxSecurityUpdate.CVES)), view.cves(project));
		view.screenshot(DocsPictures.stateFile("maintenance-view-pending.png"));
		DocsPictures.file("maintenance-view.png").ifPresent(view::screenshot);

		quickFixInTheProblemsView(message, UIText.RebuildWithUpdates_label);
		awaitBuildAndCheck();

		assertEquals(List.of(), messages(markers(project)), "the rebuilt image has the fix");
		assertEquals(update.version(), busybox(project).version());
		bot.waitUntil(Conditions.valueIs("the state of the last build in the Maintenance view", () -> view.state(project),
				Optional.of(UIText.MaintenanceView_upToDate)));
		view.screenshot(DocsPictures.stateFile("maintenance-view-up-to-date.png"));
	}

	/** Problems view → the marker → Quick Fix → the resolution → Finish, as a user applies it. */
	private void quickFixInTheProblemsView(String message, String resolution) {
		bot.viewById(IPageLayout.ID_PROBLEM_VIEW).show();
		BotTree problems = bot.viewById(IPageLayout.ID_PROBLEM_VIEW).bot().tree();
		bot.waitUntil(Conditions.that("the marker in the Problems view",
				() -> problems.expandNode("Errors (1 item)").getNodes().contains(message)));
		problems.expandNode("Errors (1 item)").getNode(message).select();
		problems.contextMenu("Quick Fix").click();
		BotShell quickFix = bot.shell("Quick Fix");
		quickFix.bot().table().select(resolution);
		quickFix.bot().button("Finish").click();
		bot.waitUntil(Conditions.shellCloses(quickFix));
	}

	/** Waits for the builds, then for the maintenance checks (a build schedules one as it ends). */
	private void awaitBuildAndCheck() {
		bot.waitUntil(Conditions.that("the appliance builds to end", () -> Job.getJobManager().find(ApplianceBuildJob.FAMILY).length == 0),
				BUILD_LIMIT);
		bot.waitUntil(Conditions.that("the maintenance checks to end", () -> Job.getJobManager().find(MaintenanceCheckJob.FAMILY).length == 0),
				CHECK_LIMIT);
	}

	private static List<IMarker> markers(IProject project) throws CoreException {
		return Arrays.asList(project.findMarkers(MaintenanceCheckJob.MARKER, true, IResource.DEPTH_INFINITE));
	}

	private static List<String> messages(List<IMarker> markers) {
		return markers.stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).toList();
	}

	private static InstalledPackage busybox(IProject project) throws Exception {
		return PackageList.read(project.getLocation().toPath().resolve("build"), "hello-appliance", "1.0.0").stream()
				.filter(p -> p.name().equals(BusyboxSecurityUpdate.PACKAGE)).findFirst().orElseThrow();
	}

	/** The line of the manifest's {@code <os>} element. */
	private static int osLine(IProject project) throws Exception {
		List<String> lines = Files.readAllLines(project.getLocation().toPath().resolve("appliance.xml"));
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains("<os ")) {
				return i + 1;
			}
		}
		throw new AssertionError("no <os> in the manifest");
	}
}
