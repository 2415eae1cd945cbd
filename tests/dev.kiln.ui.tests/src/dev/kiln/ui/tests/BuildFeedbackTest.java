package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.eclipse.ui.console.IConsoleView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild.Freshness;
import dev.kiln.build.BuiltImages;
import dev.kiln.build.ChecksumFile;
import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.workspace.TestWorkspace;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.build.BuildConsole;
import dev.kiln.ui.internal.build.ImagesViewTester;
import dev.kiln.ui.testsupport.BotMultiPageEditor;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.Screenshots;
import dev.kiln.ui.testsupport.UIThreadRunnable;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * What a user sees of a build started from the manifest editor: the project's Kiln build console with the steps and
 * their times, a notification when it ends (what was built, or why not), and the Appliance Images view listing the
 * images with their sums, current until the manifest changes.
 */
class BuildFeedbackTest extends WorkbenchTestCase {

	/** The example's build: its base system comes from the cache the build tests filled; a minute or two. */
	private static final Duration BUILD_LIMIT = Duration.ofMinutes(15);
	private static final Pattern STEP = Pattern.compile("^\\[\\d\\d:\\d\\d\\] (.+)$", Pattern.MULTILINE);

	@TempDir
	Path folder;

	@AfterEach
	void deleteTheProject() throws CoreException {
		Job.getJobManager().cancel(ApplianceBuildJob.FAMILY);
		bot.closeAllEditors();
		TestWorkspace.deleteAllProjects();
	}

	@Test
	void aBuildShowsItsStepsInTheConsoleEndsWithANoticeAndItsImagesAreListedUntilTheManifestChanges() throws Exception {
		IProject project = UiTestProjects.importCopyOfHello(folder);
		bot.waitForBuild(JOBS_TIMEOUT);
		buildFromTheEditor(project);

		BotShell notice = bot.shell(UIText.bind(UIText.BuildNotification_builtTitle, project.getName()));
		picture("build-finished.png");
		String message = String.join("\n", notice.bot().labelTexts());
		assertTrue(message.contains("3 image(s) (raw, qcow2, ova)"), message);
		for (String link : List.of(UIText.BuildNotification_run, UIText.BuildNotification_publish, UIText.BuildNotification_showConsole)) {
			notice.bot().hyperlink(link);
		}
		notice.bot().hyperlink(UIText.BuildNotification_showInFolder).click();
		bot.waitUntil(Conditions.that("the Project Explorer to show an image of build/", () -> {
			Object selected = UIThreadRunnable.syncExec(() -> ((IStructuredSelection) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
					.getActivePage().findView(IPageLayout.ID_PROJECT_EXPLORER).getSite().getSelectionProvider().getSelection()).getFirstElement());
			return selected instanceof IFile file && file.getParent().getName().equals("build") && file.getName().startsWith("hello-appliance-1.0.0.");
		}));

		BuildConsole console = BuildConsole.of(project);
		String log = consoleText(console, "Built 3 image(s)");
		List<String> steps = STEP.matcher(log).results().map(m -> m.group(1)).toList();
		assertTrue(steps.size() >= 3, log);
		assertTrue(log.contains(UIText.BuildConsole_steps), log);
		for (String step : steps) {
			assertTrue(Pattern.compile("^  \\d[^\\n]* s +" + Pattern.quote(step) + "$", Pattern.MULTILINE).matcher(log).find(),
					"the summary gives the time of step '" + step + "':\n" + log);
		}
		Map<String, String> sums = ChecksumFile.read(project.getLocation().toPath().resolve("build"), "hello-appliance", "1.0.0");
		sums.forEach((file, sum) -> assertTrue(log.contains(file) && log.contains(sum), file + " with its sum in\n" + log));
		assertTrue(UIThreadRunnable.syncExec(() -> ((IConsoleView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.findView(IConsoleConstants.ID_CONSOLE_VIEW)).getConsole() == console), "the Console view shows the build console");

		ImagesViewTester images = ImagesViewTester.open(bot);
		BuiltImages listed = images.awaitProject(project, Freshness.UP_TO_DATE);
		assertEquals(List.of("raw", "qcow2", "ova").stream().sorted().toList(), listed.images().stream().map(BuiltImages.Image::format).sorted().toList());
		for (BuiltImages.Image image : listed.images()) {
			assertEquals(sums.get(image.file().getFileName().toString()), image.sha256(), image.toString());
			assertEquals(Files.size(image.file()), image.size(), image.toString());
		}
		assertTrue(images.cellTexts().contains(UIText.ImagesView_current), images.cellTexts().toString());
		picture("appliance-images-view.png");

		ExampleProjects.editManifest(project.getLocation().toPath(), "<summary>A tiny HTTP service", "<summary>A small HTTP service");
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		images.awaitProject(project, Freshness.STALE);
		assertTrue(images.cellTexts().contains(UIText.ImagesView_stale), images.cellTexts().toString());
	}

	@Test
	void aBuildThatFailsEndsWithAnErrorNoticeThatSaysWhy() throws Exception {
		Path copy = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(copy, "<package name=\"busybox\"/>", "<package name=\"busybox\"/>\n    <package name=\"kiln-no-such-package\"/>");
		IProject project = new ExistingProjectImporter(TestWorkspace.workspace()).importFrom(copy, null).get(0);
		bot.waitForBuild(JOBS_TIMEOUT);
		buildFromTheEditor(project);

		BotShell notice = bot.shell(UIText.bind(UIText.BuildNotification_failedTitle, project.getName()));
		// not for docs/: the cause names the machine's Debian mirror
		Screenshots.captureDisplay(DocsPictures.stateFile("build-failed.png"));
		String message = String.join("\n", notice.bot().labelTexts());
		assertTrue(message.contains("kiln-no-such-package") && message.contains("appliance.xml"), message);
		notice.bot().hyperlink(UIText.BuildNotification_showConsole).click();
		String log = consoleText(BuildConsole.of(project), "kiln-no-such-package");
		assertTrue(log.contains(UIText.BuildConsole_failed.substring(0, UIText.BuildConsole_failed.indexOf("{0}"))), log);
		assertEquals(Freshness.MISSING, BuiltImages.of(project.getLocation().toPath()).freshness(), "no image");

		// the located problem is a link to the manifest's line
		BuildConsole console = BuildConsole.of(project);
		bot.closeAllEditors();
		bot.waitUntil(Conditions.that("the problem's location to become a link", () -> UIThreadRunnable.syncExec(() -> console.getHyperlinks().length) > 0));
		UIThreadRunnable.syncExec(() -> console.getHyperlinks()[0].linkActivated());
		bot.waitUntil(Conditions.that("appliance.xml to open", () -> UIThreadRunnable.syncExec(() -> {
			var editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			return editor != null && editor.getEditorInput().getName().equals("appliance.xml");
		})));
	}

	/** The whole screen (the notice is a shell of its own) into target/pictures, and into docs/images when asked. */
	private static void picture(String name) {
		Screenshots.captureDisplay(DocsPictures.stateFile(name));
		DocsPictures.file(name).ifPresent(Screenshots::captureDisplay);
	}

	/** Opens appliance.xml and follows the Overview's Build link, then waits for the build to end. */
	private void buildFromTheEditor(IProject project) {
		// the window fills the screen, as a user's does: the notice opens in its corner (and in the pictures)
		UIThreadRunnable.syncExec(() -> {
			var shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			shell.setBounds(shell.getDisplay().getBounds());
		});
		ManifestEditors.open(project.getFile("appliance.xml"));
		BotMultiPageEditor editor = bot.multipageEditorByTitle("appliance.xml");
		editor.activatePage(UIText.OverviewPage_title);
		editor.bot().hyperlink(UIText.OverviewPage_build).click();
		bot.waitUntil(Conditions.that("the build to start", () -> Job.getJobManager().find(ApplianceBuildJob.FAMILY).length > 0), JOBS_TIMEOUT);
		bot.waitUntil(Conditions.that("the build to end", () -> Job.getJobManager().find(ApplianceBuildJob.FAMILY).length == 0), BUILD_LIMIT);
	}

	/** The console's text once it holds {@code expected} (its document fills after the writes). */
	private String consoleText(BuildConsole console, String expected) {
		bot.waitUntil(Conditions.that("the build console to say '" + expected + "'",
				() -> UIThreadRunnable.syncExec(() -> console.getDocument().get()).contains(expected)));
		return UIThreadRunnable.syncExec(() -> console.getDocument().get());
	}
}
