package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.SecurityPocket;

/**
 * The maintenance path of a vendor, through {@code kiln} as CI runs it, against a trixie-security pocket on
 * 127.0.0.1 signed by a test key (the suite and its updates come from the machine's mirror): an image built
 * while the pocket is empty has trixie's busybox; once the pocket carries a busybox security update, a build
 * takes the pocket's version; a tampered InRelease of the pocket stops the build before anything is written.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaintenanceTest {

	private static final Duration LIMIT = Duration.ofMinutes(20);

	@TempDir
	static Path folder;
	static SecurityPocket pocket;
	static Path project;

	@BeforeAll
	static void startThePocket() throws IOException {
		pocket = SecurityPocket.start(folder);
		project = pocket.helloProject(folder);
	}

	@AfterAll
	static void stopThePocket() {
		pocket.close();
	}

	private static KilnProcess.Result kiln(String... arguments) {
		return KilnProcess.run(folder, Map.of(), LIMIT, arguments);
	}

	private static KilnProcess.Result build(String output) {
		return kiln("build", "hello-appliance", "--output", output, "--cache", KilnProcess.cache().toString());
	}

	/** The package list's line of busybox: name, version, architecture, pocket. */
	private static List<String> busybox(Path output, String version) throws IOException {
		return Files.readAllLines(output.resolve("hello-appliance-" + version + ".packages")).stream()
				.filter(line -> line.startsWith("busybox\t")).map(line -> List.of(line.split("\t"))).findFirst().orElseThrow();
	}

	@Test
	@Order(1)
	void aBuildWhileThePocketIsEmptyHasTrixiesBusybox() throws Exception {
		KilnProcess.Result result = build("build-1.0.0");

		assertEquals(0, result.exitCode(), result.toString());
		DebPackage original = BusyboxSecurityUpdate.original();
		assertEquals(List.of("busybox", original.version(), "amd64", "trixie"), busybox(folder.resolve("build-1.0.0"), "1.0.0"));
		List<String> archive = Files.readAllLines(folder.resolve("build-1.0.0/hello-appliance-1.0.0.archive"));
		assertEquals(3, archive.size(), archive.toString());
		assertTrue(archive.get(2).startsWith("trixie-security\t" + pocket.uri() + "\t" + SecurityPocket.BEFORE + "\t"), archive.toString());
	}

	@Test
	@Order(2)
	void aTamperedSecurityInReleaseStopsTheBuildNamingThePocketAndNothingIsWritten() throws Exception {
		pocket.publishUpdate();
		pocket.archive().tamper(BusyboxSecurityUpdate.POCKET);
		try {
			KilnProcess.Result result = build("build-tampered");

			assertEquals(1, result.exitCode(), result.toString());
			assertTrue(result.err().contains("The pocket trixie-security at " + pocket.uri() + " cannot be used"), result.toString());
			assertTrue(result.err().contains("bad signature"), result.toString());
			assertTrue(result.err().contains("Nothing was built"), result.toString());
			assertFalse(result.err().contains("Exception"), result.toString());
			assertEquals(List.of(), files(folder.resolve("build-tampered")));
		} finally {
			pocket.publishUpdate();
		}
	}

	@Test
	@Order(3)
	void aBuildOnceThePocketHasTheUpdateTakesThePocketsBusybox() throws Exception {
		DebPackage update = pocket.publishUpdate();

		KilnProcess.Result result = build("build-updated");

		assertEquals(0, result.exitCode(), result.toString());
		assertEquals(List.of("busybox", update.version(), "amd64", "trixie-security"), busybox(folder.resolve("build-updated"), "1.0.0"));
	}

	private static List<String> files(Path output) throws IOException {
		if (!Files.isDirectory(output)) {
			return List.of();
		}
		try (Stream<Path> list = Files.list(output)) {
			return list.map(p -> p.getFileName().toString()).toList();
		}
	}
}
