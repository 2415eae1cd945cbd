package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.testsupport.ExampleProjects;

/** kiln build fails early, clearly and with the right exit code; it never prompts. */
class BuildCommandTest {

	@TempDir
	Path folder;

	private Path copyOfHello() throws IOException {
		return ExampleProjects.copyOfHello(folder);
	}

	private KilnProcess.Result buildHere(Map<String, String> environment, String... arguments) throws Exception {
		String[] command = Stream.concat(Stream.of("build"), Stream.of(arguments)).toArray(String[]::new);
		return KilnProcess.run(folder, environment, Duration.ofMinutes(15), command);
	}

	private static List<String> images(Path output) throws IOException {
		if (!Files.isDirectory(output)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(output)) {
			return files.map(p -> p.getFileName().toString()).toList();
		}
	}

	@Test
	void anUnknownPackageIsNamedAtItsLineAndNothingIsBuilt() throws Exception {
		Path project = copyOfHello();
		ExampleProjects.editManifest(project, "<package name=\"busybox\"/>", "<package name=\"busybox\"/>\n    <package name=\"no-such-package-kiln\"/>");

		KilnProcess.Result result = buildHere(Map.of(), "hello-appliance", "--cache", KilnProcess.cache().toString());

		assertEquals(1, result.exitCode(), result.toString());
		assertEquals("", result.out());
		assertTrue(result.err().lines().anyMatch(line -> line.matches(
				"hello-appliance/appliance\\.xml:11:\\d+: error KILN-B001: Package 'no-such-package-kiln' is not in Debian trixie .*")),
				result.toString());
		assertEquals(List.of(), images(project.resolve("build")));
	}

	@Test
	void aManifestWithErrorsIsReportedAndNothingIsBuilt() throws Exception {
		Path project = copyOfHello();
		ExampleProjects.editManifest(project, "memoryMb=\"512\"", "memoryMb=\"16\"");

		KilnProcess.Result result = buildHere(Map.of(), "hello-appliance/appliance.xml", "--output", "out");

		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.err().contains("hello-appliance/appliance.xml:21:"), result.toString());
		assertTrue(result.err().contains(" error KILN-M026: "), result.toString());
		assertEquals(List.of(), images(folder.resolve("out")));
	}

	@Test
	void aMalformedSourceDateEpochIsAUsageError() throws Exception {
		copyOfHello();

		KilnProcess.Result result = buildHere(Map.of("SOURCE_DATE_EPOCH", "yesterday"), "hello-appliance");

		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("SOURCE_DATE_EPOCH='yesterday'"), result.toString());
	}

	@Test
	void anUnknownOptionIsAUsageErrorNamingIt() throws Exception {
		copyOfHello();

		KilnProcess.Result result = buildHere(Map.of(), "hello-appliance", "--ouptut", "x");

		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("unknown option --ouptut"), result.toString());
	}
}
