package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.launch.ApplianceLaunch;
import dev.kiln.launch.QemuPreferences;
import dev.kiln.launch.internal.ImageFreshness;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.launch.ApplianceTerminalTester;
import dev.kiln.ui.testsupport.BotStyledText;
import dev.kiln.ui.testsupport.BotTree;
import dev.kiln.ui.testsupport.BotTreeItem;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.Screenshots;
import dev.kiln.ui.testsupport.UIThreadRunnable;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * Run As → Appliance in QEMU on a copy of examples/hello-appliance, as a user does it: the image is
 * built (base system from the test cache), QEMU boots it under TCG, the serial console in the Console
 * view shows the ready marker, the launch says it is ready, and Terminate in the Debug view ends QEMU
 * with nothing left running. Without QEMU, the launch says how to install it. With {@code -Dkiln.docs.screenshots=<folder>} it also takes the picture of
 * the docs (run-appliance-in-qemu.png).
 */
class RunApplianceInQemuTest extends WorkbenchTestCase {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final String READY = "KILN-READY hello-appliance";
	/** Building the image: the base system comes from the cache, the rest takes a minute or two on a busy machine. */
	private static final Duration BUILD_LIMIT = Duration.ofMinutes(15);
	/** Booting under TCG to the ready marker: about 80 s on a busy 2-core machine. */
	private static final Duration READY_LIMIT = Duration.ofSeconds(300);
	private static final Duration END_LIMIT = Duration.ofSeconds(30);
	/** The serial getty's prompt after the ready sign, and the answer to a typed name: seconds, under TCG a minute. */
	/** A line of the kernel's log on the serial console: its time stamp in brackets. */
	private static final Pattern KERNEL_MESSAGE = Pattern.compile("^\\[\\s*\\d+\\.\\d+\\]");
	private static final Duration LOGIN_LIMIT = Duration.ofSeconds(120);
	private static final String ERROR_DIALOG = UIText.LaunchShortcut_errorTitle;

	private final ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();

	@TempDir
	Path folder;

	/** The launch shortcut's label in Run As (after its number). */
	private static String applianceInQemu() {
		return PluginText.of("dev.kiln.ui", "launchShortcut.label");
	}

	@AfterEach
	void stopAndDeleteEverything() throws CoreException {
		UiTestProjects.deleteLaunchesAndProjects(bot, JOBS_TIMEOUT);
	}

	@Test
	void runAsBootsTheApplianceUntilItIsReadyAndTerminateLeavesNoQemu() throws Exception {
		IProject project = UiTestProjects.importCopyOfHello(folder);
		bot.waitForBuild(JOBS_TIMEOUT);
		Path image = project.getLocation().toPath().resolve("build/hello-appliance-1.0.0.qcow2");
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.viewById(PROJECT_EXPLORER).show();
		BotTree explorer = bot.viewById(PROJECT_EXPLORER).bot().tree();
		explorer.getTreeItem("hello-appliance").select();

		var runAs = explorer.contextMenu("Run As");
		String item = runAs.menuItems().stream().filter(label -> label.endsWith(applianceInQemu())).findFirst()
				.orElseThrow(() -> new AssertionError("Run As offers Appliance in QEMU: " + runAs.menuItems()));
		runAs.menu(item).click();

		ILaunch launch = awaitQemu(project);
		IProcess qemu = launch.getProcesses()[0];
		assertEquals(image.toString(), commandLineImage(launch), "QEMU boots the built qcow2");
		bot.viewById(IConsoleConstants.ID_CONSOLE_VIEW).show();
		bot.waitUntil(Conditions.that("'" + READY + "' in the Console view", () -> consoleText().contains(READY)), READY_LIMIT);
		bot.waitUntil(Conditions.valueIs("the launch's ready attribute", () -> launch.getAttribute(ApplianceLaunch.READY), "true"));
		assertEquals(READY, launch.getAttribute(ApplianceLaunch.READY_SIGN));
		assertTrue(qemu.getAttribute(IProcess.ATTR_PROCESS_LABEL).contains("ready after"), qemu.getAttribute(IProcess.ATTR_PROCESS_LABEL));
		assertTrue(qemuProcessesOf(image).findAny().isPresent(), "QEMU runs the image");
		// the serial console is a terminal's: systemd colours its status lines, which the Platform console's ANSI
		// support shows; the terminal controls it cannot show (systemd's soft reset ESC [ ! p and palette reset
		// ESC ] 104 BEL at start, cursor and erase sequences) are left out of the Console view
		String console = consoleText();
		assertTrue(console.contains("\u001b[0;32m"), "the guest's colour sequences reach the console");
		Matcher control = Pattern.compile("\u001b(\\[[0-9;?!>]*[A-Za-ln-z]|\\]|[^\\[])").matcher(console);
		assertFalse(control.find(), () -> "a terminal control reaches the Console view: "
				+ console.substring(Math.max(0, control.start() - 40), Math.min(console.length(), control.end() + 20)));
		// ... and the colour sequences take no room on the screen: the Console view draws what follows an escape where
		// the escape begins (the Platform console's ANSI support hides them, colouring the text after them)
		BotStyledText shown = bot.viewById(IConsoleConstants.ID_CONSOLE_VIEW).bot().styledText();
		Matcher colour = Pattern.compile("\u001b\\[[0-9;]*m").matcher(console);
		int colours = 0;
		while (colour.find() && colours < 200) {
			colours++;
			assertEquals(shown.xAtOffset(colour.start()), shown.xAtOffset(colour.end()), "the escape at " + colour.start()
					+ " is drawn: " + console.substring(Math.max(0, colour.start() - 40), Math.min(console.length(), colour.end() + 20)));
		}
		assertTrue(colours > 0, "the check saw colour sequences");

		// the Appliance Terminal opened with the appliance: its serial console in a terminal, where a user logs in; the
		// guest echoes what is typed, the terminal does not (so a password would not show)
		ApplianceTerminalTester terminal = ApplianceTerminalTester.opened(bot);
		assertTrue(terminal.title().contains(launch.getLaunchConfiguration().getName()), terminal.title());
		bot.waitUntil(Conditions.that("the login prompt in the Appliance Terminal", () -> terminal.text().contains(" login:")), LOGIN_LIMIT);
		terminal.type("root\n");
		bot.waitUntil(Conditions.that("the appliance to ask for root's password after the typed name",
				() -> afterLastLoginPrompt(terminal.text()).contains("Password:")), LOGIN_LIMIT);
		String answer = afterLastLoginPrompt(terminal.text());
		// the kernel's messages ("[   56.64] hrtimer: ...") may come between the echo and the password prompt
		String echoed = answer.substring(0, answer.indexOf("Password:")).lines().filter(line -> !KERNEL_MESSAGE.matcher(line).find())
				.collect(Collectors.joining("\n")).strip();
		assertEquals("root", echoed, "the name shows once, as the guest echoed it");
		assertFalse(terminal.text().contains("\u001b"), "the terminal interprets the escape sequences");
		var bootTest = dev.kiln.build.BootTestRecord.of(image.getParent());
		assertTrue(bootTest.isPresent() && bootTest.get().format().equals("qcow2"),
				"the ready boot is recorded as the boot test the Publish wizard's review asks for: " + bootTest);
		docsPicture(terminal);

		terminateInTheDebugView(launch);

		bot.waitUntil(Conditions.that("QEMU to end", qemu::isTerminated), END_LIMIT);
		bot.waitUntil(Conditions.that("no process running " + image, () -> qemuProcessesOf(image).findAny().isEmpty()), END_LIMIT);
		assertTrue(Files.isRegularFile(image), "the image is still there, unchanged by the run (-snapshot)");
		assertFalse(ImageFreshness.isStale(project.getLocation().toPath(), image), "the next run boots this image without building");
	}

	/** Waits for the launch's QEMU process, failing at once with the text of any dialog that opens meanwhile. */
	private ILaunch awaitQemu(IProject project) {
		bot.waitUntil(Conditions.that("QEMU to start (after building the image), or an error", () -> {
			Optional<String> error = errorDialogText();
			if (error.isPresent()) {
				throw new AssertionError("the launch failed: " + error.get());
			}
			return launchOf(project).map(l -> l.getProcesses().length > 0).orElse(false);
		}), BUILD_LIMIT);
		ILaunchConfiguration configuration = launchOf(project).orElseThrow().getLaunchConfiguration();
		assertTrue(configuration.getName().startsWith("hello-appliance"), configuration.getName());
		return launchOf(project).orElseThrow();
	}

	@Test
	void withoutQemuTheLaunchSaysHowToInstallItAndBuildsNothing() throws Exception {
		IProject project = UiTestProjects.importCopyOfHello(folder);
		bot.waitForBuild(JOBS_TIMEOUT);
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(QemuPreferences.QUALIFIER);
		preferences.put(QemuPreferences.QEMU_PATH, "/nonexistent/bin/qemu-system-x86_64");
		try {
			bot.perspectiveById(KilnPerspective.ID).activate();
			bot.viewById(PROJECT_EXPLORER).show();
			BotTree explorer = bot.viewById(PROJECT_EXPLORER).bot().tree();
			explorer.getTreeItem("hello-appliance").expand().getNode("appliance.xml").select();
			var runAs = explorer.contextMenu("Run As");
			runAs.menu(runAs.menuItems().stream().filter(l -> l.endsWith(applianceInQemu())).findFirst().orElseThrow()).click();

			bot.waitUntil(Conditions.that("the '" + ERROR_DIALOG + "' error dialog", () -> errorDialogText().isPresent()));
			String dialog = errorDialogText().orElseThrow();
			assertTrue(dialog.contains("QEMU was not found at /nonexistent/bin/qemu-system-x86_64")
					&& dialog.contains("sudo apt-get install qemu-system-x86"), dialog);
			assertFalse(dialog.contains("\tat ") || dialog.contains("CoreException") || dialog.contains("java."), "no stack trace: " + dialog);
			assertFalse(Files.exists(project.getLocation().toPath().resolve("build")), "nothing was built");
			assertTrue(Arrays.stream(launches.getLaunches()).allMatch(l -> l.getProcesses().length == 0), "no QEMU started");
		} finally {
			preferences.remove(QemuPreferences.QEMU_PATH);
		}
	}

	private Optional<ILaunch> launchOf(IProject project) {
		return Arrays.stream(launches.getLaunches()).filter(l -> {
			try {
				return l.getLaunchConfiguration() != null
						&& project.getName().equals(l.getLaunchConfiguration().getAttribute(ApplianceLaunch.ATTR_PROJECT, ""));
			} catch (CoreException e) {
				return false;
			}
		}).findFirst();
	}

	/** The text of Kiln's launch error dialog, if it is open. */
	private Optional<String> errorDialogText() {
		return bot.shellTitles().stream().filter(ERROR_DIALOG::equals).findFirst()
				.map(t -> bot.shell(t).texts());
	}

	private static String commandLineImage(ILaunch launch) {
		String drive = Arrays.stream(launch.getAttribute(ApplianceLaunch.COMMAND_LINE).split("\n")).filter(a -> a.startsWith("file="))
				.findFirst().orElse("");
		return drive.substring("file=".length(), drive.indexOf(','));
	}

	private static String afterLastLoginPrompt(String text) {
		int prompt = text.lastIndexOf(" login:");
		return prompt < 0 ? "" : text.substring(prompt + " login:".length());
	}

	private String consoleText() {
		return bot.viewById(IConsoleConstants.ID_CONSOLE_VIEW).bot().styledText().getText();
	}

	private static Stream<ProcessHandle> qemuProcessesOf(Path image) {
		return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(image.toString()));
	}

	private void terminateInTheDebugView(ILaunch launch) {
		bot.viewById(IDebugUIConstants.ID_DEBUG_VIEW).show();
		BotTree debug = bot.viewById(IDebugUIConstants.ID_DEBUG_VIEW).bot().tree();
		String name = launch.getLaunchConfiguration().getName();
		bot.waitUntil(Conditions.that("the launch in the Debug view", () -> debug.itemTexts().stream().anyMatch(t -> t.startsWith(name))));
		String text = debug.itemTexts().stream().filter(t -> t.startsWith(name)).findFirst().orElseThrow();
		BotTreeItem item = debug.getTreeItem(text);
		bot.waitUntil(Conditions.that("the machine's label in the Debug view to say it is ready",
				() -> item.getNodes().stream().anyMatch(n -> n.contains("[TCG]") && n.contains("ready after"))));
		item.select();
		debug.contextMenu("Terminate").click();
	}

	private void docsPicture(ApplianceTerminalTester terminal) {
		String docs = System.getProperty("kiln.docs.screenshots", "");
		if (docs.isBlank()) {
			return;
		}
		bot.viewById(IDebugUIConstants.ID_DEBUG_VIEW).show();
		terminal.show();
		UIThreadRunnable.syncExec(() -> {
			IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			window.getShell().setBounds(0, 0, 1280, 860);
			// a wider left column, so that the Debug view shows the machine's whole label
			EModelService models = window.getService(EModelService.class);
			MUIElement left = models.find("left", window.getService(MWindow.class));
			if (left != null && left.getParent() != null) {
				left.getParent().setContainerData("4000");
			}
			while (Display.getCurrent().readAndDispatch()) {
				// paint everything before the picture
			}
		});
		Screenshots.captureShell(bot.activeWorkbenchWindow(), Path.of(docs).resolve("run-appliance-in-qemu.png"));
	}
}
