package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.junit.jupiter.api.Test;

import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.testsupport.UIThreadRunnable;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/** The workbench with Kiln in it starts cleanly. */
class WorkbenchStartupTest extends WorkbenchTestCase {

	@Test
	void startingTheWorkbenchLogsNoError() throws IOException {
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.waitForJobs(JOBS_TIMEOUT);
		UIThreadRunnable.syncExec(() -> {
			// paint everything now, icons included, so that failures to render show up in the log
			bot.activeWorkbenchWindow().widget().update();
		});
		Path log = Path.of(Platform.getLogFileLocation().toOSString());
		// an "!ENTRY <bundle> 4 ..." line is an entry of severity ERROR (e.g. SVG icons that cannot be rasterized)
		List<String> errors = Files.exists(log)
				? Files.readAllLines(log).stream().filter(l -> l.startsWith("!ENTRY ") && l.split(" ")[2].equals("4")).toList()
				: List.of();
		assertEquals(List.of(), errors, "errors in " + log);
	}
}
