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

import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.SecurityPocket;

/**
 * The maintenance path of a vendor, through {@code kiln} as CI runs it, against a trixie-security pocket on
 * 127.0.0.1 signed by a test key (the suite and its updates come from the machine's mirror), and Debian's
 * docker-registry on 127.0.0.1: 1.0.0 is built while the pocket is empty (trixie's busybox) and published; a
 * tampered InRelease of the pocket stops a build before anything is written; once the pocket carries a busybox
 * security update, kiln audit of the published 1.0.0 names busybox, both versions and the CVE ids (exit 1);
 * kiln release --patch publishes 1.0.1 with the pocket's busybox and release notes naming the CVE ids; its audit
 * is clean, the storefront shows the change, and a second patch release finds nothing to do.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MaintenanceTest {

	private static final Duration LIMIT = Duration.ofMinutes(20);

	private static final Map<String, String> CREDENTIALS = Map.of("KILN_REGISTRY_USER", LocalRegistry.USER, "KILN_REGISTRY_PASSWORD",
			LocalRegistry.PASSWORD);

	@TempDir
	static Path folder;
	static SecurityPocket pocket;
	static Path project;
	static LocalRegistry registry;

	@BeforeAll
	static void startThePocketAndTheRegistry() throws Exception {
		pocket = SecurityPocket.start(folder);
		project = pocket.helloProject(folder);
		registry = LocalRegistry.start();
	}

	@AfterAll
	static void stopThem() throws IOException {
		pocket.close();
		registry.close();
	}

	private static KilnProcess.Result kiln(String... arguments) {
		return KilnProcess.run(folder, CREDENTIALS, LIMIT, arguments);
	}

	private static KilnProcess.Result auditRelease(String version) {
		return kiln("audit", "--registry", registry.url().toString(), "acme/hello-appliance:" + version, "--keyring",
				project.resolve(SecurityPocket.KEYRING).toString(), "--cache", KilnProcess.cache().toString());
	}

	private static KilnProcess.Result patchRelease() {
		return kiln("release", "--patch", "hello-appliance", "--registry", registry.url().toString(), "--repository", "acme",
				"--cache", KilnProcess.cache().toString(), "--storefront", folder.resolve("site").toString());
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

		KilnProcess.Result published = kiln("publish", "hello-appliance", "--registry", registry.url().toString(), "--repository", "acme",
				"--images", folder.resolve("build-1.0.0").toString(), "--release-notes", "First release.");
		assertEquals(0, published.exitCode(), published.toString());
	}

	@Test
	@Order(2)
	void aTamperedSecurityInReleaseStopsTheBuildNamingThePocketAndNothingIsWritten() throws Exception {
		pocket.publishUpdate();
		pocket.archive().tamper(BusyboxSecurityUpdate.POCKET);
		try {
			KilnProcess.Result result = build("build-tampered");

			assertEquals(3, result.exitCode(), result.toString());
			assertTrue(result.err().contains("error KILN-B002: The pocket trixie-security at " + pocket.uri() + " cannot be used"), result.toString());
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
	void theAuditOfThePublishedReleaseNamesTheFixBothVersionsAndTheCvesAndExitsOne() throws Exception {
		DebPackage update = pocket.publishUpdate();

		KilnProcess.Result result = auditRelease("1.0.0");

		assertEquals(1, result.exitCode(), result.toString());
		String line = result.out().lines().filter(l -> l.startsWith("security busybox ")).findFirst().orElseThrow(() -> new AssertionError(result));
		assertTrue(line.contains(" " + BusyboxSecurityUpdate.original().version() + " " + update.version() + " trixie-security "), line);
		for (String cve : BusyboxSecurityUpdate.CVES) {
			assertTrue(line.contains(cve), line);
		}
	}

	@Test
	@Order(4)
	void aPatchReleasePublishesTheNextVersionWithThePocketsBusyboxAndNotesNamingTheCves() throws Exception {
		DebPackage update = pocket.publishUpdate();

		KilnProcess.Result result = patchRelease();

		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("version 1.0.1", result.outLines().get(0), result.toString());
		assertEquals("previous 1.0.0", result.outLines().get(1), result.toString());
		assertTrue(Files.readString(project.resolve("appliance.xml")).contains("version=\"1.0.1\""));
		assertEquals(List.of("busybox", update.version(), "amd64", "trixie-security"), busybox(project.resolve("build"), "1.0.1"));
		assertTrue(result.err().contains("Security update of 1.0.0. Fixes " + String.join(", ", BusyboxSecurityUpdate.CVES) + "."), result.toString());

		KilnProcess.Result audit = auditRelease("1.0.1");
		assertEquals(0, audit.exitCode(), audit.toString());
		assertFalse(audit.out().contains("security busybox"), audit.toString());

		String page = Files.readString(folder.resolve("site/appliances/acme/hello-appliance.html"));
		assertTrue(page.contains("1.0.1"), page);
		for (String cve : BusyboxSecurityUpdate.CVES) {
			assertTrue(page.contains(cve), "the storefront names " + cve);
		}
	}

	@Test
	@Order(5)
	void aSecondPatchReleaseFindsNothingToDoAndChangesNothing() throws Exception {
		String manifest = Files.readString(project.resolve("appliance.xml"));

		KilnProcess.Result result = patchRelease();

		assertEquals(0, result.exitCode(), result.toString());
		assertEquals("", result.out(), result.toString());
		assertTrue(result.err().contains("hello-appliance 1.0.1 has no pending update: there is nothing to patch"), result.toString());
		assertEquals(manifest, Files.readString(project.resolve("appliance.xml")));
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
