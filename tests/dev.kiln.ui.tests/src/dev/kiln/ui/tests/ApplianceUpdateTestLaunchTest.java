package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ProjectRelease;
import dev.kiln.build.UpdateTestRecord;
import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.core.internal.publish.MarketplaceStore;
import dev.kiln.core.internal.publish.PublishJob;
import dev.kiln.core.internal.publish.SavedMarketplace;
import dev.kiln.core.internal.publish.VendorIdentityStore;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.launch.UpdateTestLaunch;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.Release;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.testsupport.BotTree;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.Screenshots;
import dev.kiln.ui.testsupport.UIThreadRunnable;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * Run As → Appliance Update Test, as a vendor uses it, against Debian's docker-registry on 127.0.0.1 and QEMU/TCG: 1.0
 * of a copy of the example with updates is built and published (the Publish wizard's job), the version raised to 1.1
 * and a page changed; the test boots 1.0 from the registry, updates it to the 1.1 build and passes: the console says
 * so, the process exits 0, the notice tells the user, and the Publish wizard's review lists the tested update. A 1.2
 * whose service listens on another port than its ready check asks never becomes ready: the test fails visibly (console,
 * exit 1, an error dialog with the guest's reason) and records nothing.
 */
class ApplianceUpdateTestLaunchTest extends WorkbenchTestCase {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final String MARKETPLACE = "update test registry";
	private static final String REPOSITORY = "kiln-ui";
	/** Building the example with updates: the base system from the test cache, the rest several minutes on a busy machine. */
	private static final Duration BUILD_LIMIT = Duration.ofMinutes(20);
	private static final Duration PUBLISH_LIMIT = Duration.ofMinutes(5);
	/** A build when stale, then two boots and an install under TCG (5-8 minutes each on a loaded 2-core machine). */
	private static final Duration UPDATE_TEST_LIMIT = BUILD_LIMIT.plusMinutes(30);
	private static final Duration NOTICE_LIMIT = Duration.ofSeconds(30);

	private static LocalRegistry registry;

	private final ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();

	@TempDir
	Path folder;

	@BeforeAll
	static void startRegistry() throws IOException {
		registry = LocalRegistry.start();
	}

	@AfterAll
	static void stopRegistry() throws Exception {
		registry.close();
		new VendorIdentityStore().remove();
	}

	@AfterEach
	void removeLaunchesAndProjects() throws CoreException {
		UiTestProjects.deleteLaunchesAndProjects(bot, JOBS_TIMEOUT);
	}

	@Test
	void theUpdateFromThePublishedReleasePassesAndABrokenVersionFailsVisibly() throws Exception {
		VendorIdentity vendor = new VendorIdentityStore().create("Kiln UI update test", "Kiln Examples");
		SavedMarketplace marketplace = onlySavedMarketplace();
		IProject project = helloWithUpdates();
		build(project);
		publish(project, marketplace, vendor);

		// 1.1: a changed page
		Path root = project.getLocation().toPath();
		ExampleProjects.editManifest(root, "version=\"1.0.0\"", "version=\"1.1.0\"");
		Path page = root.resolve("app/www/index.html");
		Files.writeString(page, Files.readString(page).replace("</body>", "<p>Version 1.1</p></body>"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		IProcess passed = runAsUpdateTest(project);
		String console = consoleText(passed);
		assertEquals(UpdateTestLaunch.EXIT_PASSED, passed.getExitValue(), console);
		assertTrue(console.contains("KILN-UPDATE-TEST passed: updated hello-appliance from 1.0.0 (slot A) to 1.1.0 (slot B)"), console);
		assertTrue(console.contains("[kiln] Update test passed in "), console);
		bot.waitUntil(Conditions.that("the notice that the test passed", () -> bot.shellTitles().contains(UIText.UpdateTest_passedTitle)),
				NOTICE_LIMIT);
		Screenshots.captureDisplay(DocsPictures.stateFile("update-test-passed.png"));
		UpdateTestRecord record = UpdateTestRecord.of(ProjectOutputs.folder(root)).orElseThrow(() -> new AssertionError("no update test record"));
		assertEquals("1.0.0", record.from());
		PublishWizardTester review = PublishWizardTester.open(bot, project).target(MARKETPLACE, registry, REPOSITORY).toReview("Second release.")
				.reviewShows("\u2714 " + UIText.bind(UIText.ReviewPage_updateTested, "1.0.0", record.took().toSeconds()));
		Screenshots.captureShell(review.dialog(), DocsPictures.stateFile("update-test-review.png"));
		review.dialog().close();

		// 1.2: the service listens on 8081, the ready check asks 8080
		ExampleProjects.editManifest(root, "version=\"1.1.0\"", "version=\"1.2.0\"");
		Path unit = root.resolve("app/systemd/hello.service");
		Files.writeString(unit, Files.readString(unit).replace("-p 8080", "-p 8081"));
		project.refreshLocal(IResource.DEPTH_INFINITE, null);

		IProcess failed = runAsUpdateTest(project);
		String failure = consoleText(failed);
		assertEquals(UpdateTestLaunch.EXIT_FAILED, failed.getExitValue(), failure);
		assertTrue(failure.contains("[kiln] Update test FAILED: "), failure);
		assertTrue(failure.contains("1.2.0 is not ready: http://127.0.0.1:8080/ does not answer"), failure);
		bot.waitUntil(Conditions.that("the error dialog of the failed test", () -> bot.shellTitles().contains(UIText.UpdateTest_failedTitle)),
				NOTICE_LIMIT);
		String dialog = bot.shell(UIText.UpdateTest_failedTitle).texts();
		Screenshots.captureDisplay(DocsPictures.stateFile("update-test-failed.png"));
		Screenshots.captureShell(bot.shell(UIText.UpdateTest_failedTitle), DocsPictures.stateFile("update-test-failed-dialog.png"));
		assertTrue(dialog.contains("is not ready: http://127.0.0.1:8080/ does not answer"), dialog);
		bot.shell(UIText.UpdateTest_failedTitle).close();
		assertEquals(Optional.empty(), UpdateTestRecord.of(ProjectOutputs.folder(root)), "a failed test records nothing");
	}

	/**
	 * The marketplace of the local registry, saved with its password as the Publish wizard saves it, and the only one: the
	 * launch takes the first saved marketplace, and other tests of this workspace save theirs.
	 */
	private static SavedMarketplace onlySavedMarketplace() throws Exception {
		InstanceScope.INSTANCE.getNode("dev.kiln.core").remove("marketplaces");
		SavedMarketplace marketplace = new SavedMarketplace(MARKETPLACE, registry.url(), REPOSITORY, LocalRegistry.USER);
		new MarketplaceStore().save(marketplace, LocalRegistry.PASSWORD);
		return marketplace;
	}

	/** A copy of the example whose manifest offers updates, kept data and a ready check, imported. */
	private IProject helloWithUpdates() throws Exception {
		Path copy = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(copy, "</hardware>", "</hardware>\n  <updates check=\"never\" readyTimeout=\"30\">\n"
				+ "    <channel name=\"stable\"/>\n    <keep path=\"/var/lib/hello\"/>\n    <ready http=\"http://127.0.0.1:8080/\"/>\n  </updates>");
		IProject project = new ExistingProjectImporter(ResourcesPlugin.getWorkspace()).importFrom(copy, null).get(0);
		bot.waitForBuild(JOBS_TIMEOUT);
		return project;
	}

	/** Builds the project as Build Appliance Image does, signed by the vendor identity of the secure storage. */
	private static void build(IProject project) throws InterruptedException {
		ApplianceBuildJob job = new ApplianceBuildJob(project);
		job.schedule();
		assertTrue(job.join(BUILD_LIMIT.toMillis(), null), "the build of 1.0 ends within " + BUILD_LIMIT);
		assertTrue(job.getResult().isOK(), job.getResult().getMessage());
	}

	/** Publishes the qcow2 and the update bundle of the build, through the Publish wizard's job. */
	private static void publish(IProject project, SavedMarketplace marketplace, VendorIdentity vendor) throws InterruptedException {
		Path root = project.getLocation().toPath();
		Appliance appliance = new ManifestCheck().check(root.resolve(ManifestCheck.MANIFEST_FILE), root, "/hello-appliance/appliance.xml").appliance();
		Release release = ProjectRelease.release(appliance, root, ProjectRelease.images(appliance, ProjectOutputs.folder(root), List.of("qcow2")),
				"First release.", ApplianceBuild.sourceDateEpoch());
		PublishJob job = new PublishJob(marketplace, Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD), release,
				PublishOptions.defaults().withSigner(vendor), phase -> {
				});
		job.schedule();
		assertTrue(job.join(PUBLISH_LIMIT.toMillis(), null), "the publish of 1.0 ends within " + PUBLISH_LIMIT);
		assertEquals(IStatus.OK, job.getResult().getSeverity(), job.getResult().getMessage());
	}

	/** Project Explorer → the project → Run As → Appliance Update Test, and its process once it ended. */
	private IProcess runAsUpdateTest(IProject project) {
		List<ILaunch> before = List.of(launches.getLaunches());
		bot.closeAllShells();
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.viewById(PROJECT_EXPLORER).show();
		BotTree explorer = bot.viewById(PROJECT_EXPLORER).bot().tree();
		explorer.getTreeItem(project.getName()).select();
		var runAs = explorer.contextMenu("Run As");
		String label = PluginText.of("dev.kiln.ui", "updateTestShortcut.label");
		runAs.menu(runAs.menuItems().stream().filter(item -> item.endsWith(label)).findFirst()
				.orElseThrow(() -> new AssertionError("Run As offers " + label + ": " + runAs.menuItems()))).click();
		bot.waitUntil(Conditions.that("the update test to end (after building the project), or a launch error", () -> {
			Optional<String> error = bot.shellTitles().stream().filter(UIText.LaunchShortcut_errorTitle::equals).findFirst()
					.map(title -> bot.shell(title).texts());
			if (error.isPresent()) {
				throw new AssertionError("the launch failed: " + error.get());
			}
			return testProcess(before).map(IProcess::isTerminated).orElse(false);
		}), UPDATE_TEST_LIMIT);
		return testProcess(before).orElseThrow();
	}

	private Optional<IProcess> testProcess(List<ILaunch> before) {
		return Arrays.stream(launches.getLaunches()).filter(launch -> !before.contains(launch)).flatMap(launch -> Arrays.stream(launch.getProcesses()))
				.filter(process -> UpdateTestLaunch.PROCESS_TYPE.equals(process.getAttribute(IProcess.ATTR_PROCESS_TYPE))).findFirst();
	}

	/** The text of the process's console, as the Console view shows it. */
	private String consoleText(IProcess process) {
		IConsole console = UIThreadRunnable.syncExec(() -> DebugUITools.getConsole(process));
		assertTrue(console != null, "the test has a console");
		UIThreadRunnable.syncExec(() -> ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console));
		bot.viewById(IConsoleConstants.ID_CONSOLE_VIEW).show();
		// the console appends what the process wrote in a job of its own
		bot.waitUntil(Conditions.that("the console to show the test's end", () -> {
			String text = bot.viewById(IConsoleConstants.ID_CONSOLE_VIEW).bot().styledText().getText();
			return text.contains("[kiln] Update test passed") || text.contains("[kiln] Update test FAILED")
					|| text.contains("[kiln] The update test could not run");
		}), NOTICE_LIMIT);
		return bot.viewById(IConsoleConstants.ID_CONSOLE_VIEW).bot().styledText().getText();
	}
}
