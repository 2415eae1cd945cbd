package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.cli.internal.Command;
import dev.kiln.cli.internal.KilnCommandLine;

/** Every command explains itself with --help, and docs/cli.md quotes exactly what they print. */
class HelpTest {

	private static final List<Command> COMMANDS = KilnCommandLine.commands();

	@Test
	void kilnHelpListsEveryCommandAndExitsZero() throws Exception {
		KilnProcess.Result result = KilnProcess.run("--help");
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(KilnCommandLine.overview(COMMANDS), result.out());
		for (Command command : COMMANDS) {
			assertTrue(result.out().contains("\n  " + command.name() + " "), command.name() + " is listed\n" + result);
		}
	}

	@Test
	void eachCommandPrintsItsHelpOnStdoutAndExitsZero() throws Exception {
		for (Command command : COMMANDS) {
			KilnProcess.Result result = KilnProcess.run(command.name(), "--help");
			assertEquals(0, result.exitCode(), result.toString());
			assertEquals(command.help(), result.out());
			assertTrue(result.out().startsWith("Usage: kiln " + command.name() + " "), result.out());
			assertEquals("", result.err());
		}
	}

	@Test
	void withoutACommandKilnPrintsTheOverviewOnStderrAndExitsTwo() throws Exception {
		KilnProcess.Result result = KilnProcess.run();
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("", result.out());
		assertEquals(KilnCommandLine.overview(COMMANDS), result.err());
	}

	@Test
	void anUnknownCommandIsNamedAndExitsTwo() throws Exception {
		KilnProcess.Result result = KilnProcess.run("biuld", "examples/hello-appliance");
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("unknown command 'biuld'"), result.toString());
	}

	@Test
	void theCommandLineReferenceQuotesEveryHelpTextVerbatim() throws Exception {
		String reference = Files.readString(KilnProcess.repository().resolve("docs/cli.md"));
		assertTrue(reference.contains("```\n" + KilnCommandLine.overview(COMMANDS) + "```\n"),
				"docs/cli.md quotes the output of kiln --help:\n" + KilnCommandLine.overview(COMMANDS));
		for (Command command : COMMANDS) {
			assertTrue(reference.contains("```\n" + command.help() + "```\n"),
					"docs/cli.md quotes the output of kiln " + command.name() + " --help:\n" + command.help());
		}
	}
}
