package dev.kiln.ui.testsupport;

import java.time.Duration;

import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of Kiln's UI tests (run with the UI harness, not on the UI thread). Before each test the
 * workbench window is active with no stray dialog; after it, dialogs are closed and editors closed
 * without saving, so tests do not depend on each other. Failures leave a screenshot.
 */
@ExtendWith(ScreenshotOnFailure.class)
public abstract class WorkbenchTestCase {

	/** Time allowed for background jobs to settle between steps. */
	protected static final Duration JOBS_TIMEOUT = Duration.ofSeconds(60);

	protected final WorkbenchBot bot = new WorkbenchBot();

	@BeforeEach
	void activateWorkbench() {
		bot.waitUntil(Conditions.that("the workbench to run", PlatformUI::isWorkbenchRunning));
		bot.closeAllShells();
		bot.activeWorkbenchWindow();
	}

	@AfterEach
	void resetWorkbench() {
		bot.closeAllShells();
		bot.closeAllEditors();
	}
}
