package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.testsupport.ExampleProjects;

/** kiln validate: the workbench's check, one file:line:column line per problem, exit 1 on errors. */
class ValidateCommandTest {

	private static final String BROKEN = """
			<?xml version="1.0" encoding="UTF-8"?>
			<appliance xmlns="urn:dev.kiln:appliance:1.0" id="demo" name="Demo" version="1.0.0">
			  <os suite="trixie">
			    <package name="busybox"/>
			    <package name="busybox"/>
			  </os>
			  <network>
			    <port number="8080" name="http"/>
			    <port number="8080" name="admin"/>
			  </network>
			  <hardware cpus="1" memoryMb="16"/>
			</appliance>
			""";

	@TempDir
	Path folder;

	private KilnProcess.Result validateHere(String... arguments) throws Exception {
		return KilnProcess.runCommand(folder, Map.of(), Duration.ofMinutes(2), "validate", arguments);
	}

	@Test
	void theExampleHasNoProblemsAndExitsZero() throws Exception {
		KilnProcess.Result result = KilnProcess.run("validate", "examples/hello-appliance");
		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("", result.out());
		assertTrue(result.err().contains("examples/hello-appliance/appliance.xml: no problems"), result.toString());
	}

	@Test
	void aBrokenManifestGivesOneLocatedLinePerProblemAndExitsOne() throws Exception {
		Files.writeString(folder.resolve("broken.xml"), BROKEN);

		KilnProcess.Result result = validateHere("broken.xml");

		assertEquals(1, result.exitCode(), result.toString());
		assertEquals(List.of(
				"broken.xml:5:30: warning KILN-M008: Package 'busybox' is listed twice in <os>",
				"broken.xml:9:39: error KILN-M021: Port 8080 is declared twice (ports 'http' and 'admin')",
				"broken.xml:11:37: error KILN-M026: <hardware> has 16 MiB of memory: Debian trixie needs at least 256 MiB"),
				result.outLines());
		assertTrue(result.err().contains("broken.xml: 2 error(s), 1 warning(s)"), result.toString());
	}

	@Test
	void warningsAloneExitZero() throws Exception {
		Files.writeString(folder.resolve("appliance.xml"), BROKEN.replace("    <port number=\"8080\" name=\"admin\"/>\n", "")
				.replace("memoryMb=\"16\"", "memoryMb=\"512\""));

		KilnProcess.Result result = validateHere(".");

		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(List.of("appliance.xml:5:30: warning KILN-M008: Package 'busybox' is listed twice in <os>"), result.outLines());
	}

	@Test
	void malformedXmlIsReportedWhereTheParserStoppedAndExitsOne() throws Exception {
		Files.writeString(folder.resolve("appliance.xml"), "<?xml version=\"1.0\"?>\n<appliance xmlns=\"urn:dev.kiln:appliance:1.0\">\n  <os suite=\"trixie\">\n</appliance>\n");

		KilnProcess.Result result = validateHere(folder.toString());

		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.out().startsWith(folder.resolve("appliance.xml") + ":4:") && result.out().contains(" error KILN-L001: "),
				result.toString());
	}

	@Test
	void tenTerabytesOfMemoryAndFourThousandCpusAreLocatedErrors() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "cpus=\"1\" memoryMb=\"512\"", "cpus=\"4097\" memoryMb=\"10485760\"");

		KilnProcess.Result result = validateHere(project.getFileName().toString());

		assertEquals(1, result.exitCode(), result.toString());
		assertEquals(List.of(
				"hello-appliance/appliance.xml:21:63: error KILN-M025: <hardware> has 4097 CPUs: use 1 to 4096, the most that any hypervisor runs"
						+ " (QEMU/KVM on a q35 machine of QEMU 9.0 or later)",
				"hello-appliance/appliance.xml:21:63: error KILN-M044: <hardware> has 10485760 MiB of memory: VMware ESXi with the virtual hardware"
						+ " version 14 of Kiln's OVA accepts at most 6275072 MiB (6128 GiB), so the ova output would not import there"),
				result.outLines());
	}

	@Test
	void aManifestThatIsNotUtf8SaysSoWithoutAJavaClassName() throws Exception {
		Files.write(folder.resolve("appliance.xml"), BROKEN.replace("Demo", "D\u00e9mo").getBytes(StandardCharsets.ISO_8859_1));

		KilnProcess.Result result = validateHere(".");

		assertEquals(1, result.exitCode(), result.toString());
		assertEquals(List.of("appliance.xml:2:64: error KILN-L001: The manifest is not UTF-8 text: byte 0xE9 at line 2, column 64 is not"
				+ " valid UTF-8 (was the file saved as ISO-8859-1 or Windows-1252?); save it as UTF-8"), result.outLines());
	}

	@Test
	void aMissingFileIsAUsageErrorAndExitsTwo() throws Exception {
		KilnProcess.Result result = validateHere("no-such-manifest.xml");
		assertEquals(2, result.exitCode(), result.toString());
		assertEquals("", result.out());
		assertTrue(result.err().contains("no-such-manifest.xml: no such file or folder"), result.toString());
	}

	@Test
	void aFolderWithoutManifestIsAUsageErrorAndExitsTwo() throws Exception {
		KilnProcess.Result result = validateHere(".");
		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("without an appliance.xml"), result.toString());
	}
}
