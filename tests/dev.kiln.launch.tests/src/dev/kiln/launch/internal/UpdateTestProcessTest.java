package dev.kiln.launch.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.kiln.launch.UpdateTestLaunch;

/** The update test as a process: its output is what the test wrote, it ends when the launch ends it, destroy cancels. */
class UpdateTestProcessTest {

	@Test
	void theOutputIsTheWrittenTextWithoutTerminalControlsUntilTheEnd() throws Exception {
		UpdateTestProcess process = new UpdateTestProcess();
		process.write("\u001b[!pWelcome \u001b[0;32mOK\u001b[0m\n");
		process.write("KILN-UPDATE-TEST passed: \u2026\n");
		assertTrue(process.isAlive());
		assertThrows(IllegalThreadStateException.class, process::exitValue);

		process.end(UpdateTestLaunch.EXIT_PASSED);
		process.write("after the end\n");

		assertEquals("Welcome \u001b[0;32mOK\u001b[0m\nKILN-UPDATE-TEST passed: \u2026\n",
				new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
		assertFalse(process.isAlive());
		assertEquals(UpdateTestLaunch.EXIT_PASSED, process.waitFor());
	}

	@Test
	void onlyTheFirstEndCounts() throws Exception {
		UpdateTestProcess process = new UpdateTestProcess();
		process.end(UpdateTestLaunch.EXIT_FAILED);
		process.end(UpdateTestLaunch.EXIT_PASSED);

		assertEquals(UpdateTestLaunch.EXIT_FAILED, process.exitValue());
	}

	@Test
	void destroyAsksTheTestToStopAndLeavesTheEndToIt() throws Exception {
		UpdateTestProcess process = new UpdateTestProcess();
		process.destroy();

		assertTrue(process.isCancelled());
		assertFalse(process.waitFor(10, TimeUnit.MILLISECONDS), "the test ends it once its machine stopped");
		process.destroyForcibly();
		assertEquals(UpdateTestLaunch.EXIT_NOT_RUN, process.exitValue());
	}
}
