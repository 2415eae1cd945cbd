package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.MaintenanceAudit;
import dev.kiln.build.MaintenanceReport;
import dev.kiln.build.MaintenanceReport.PendingUpdate;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.ArchivePockets;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.Pocket;
import dev.kiln.image.debian.PocketState;
import dev.kiln.testsupport.debian.ArchiveServer;
import dev.kiln.testsupport.debian.ArchiveSuite;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.ChangelogEntry;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.DebRepackager;
import dev.kiln.testsupport.debian.TestDebianArchive;
import dev.kiln.testsupport.debian.TrixiePockets;

/**
 * The maintenance audit against the three pockets of a signed test archive on 127.0.0.1, made of trixie's real
 * packages: trixie has busybox, python3 and hostname as the image has them; trixie-updates a python3 bug-fix
 * release; trixie-security the busybox security update whose changelog names three CVEs.
 */
class MaintenanceAuditTest {

	@TempDir
	static Path packages;
	private static TrixiePockets trixie;
	private static DebPackage busybox;
	private static DebPackage busyboxUpdate;
	private static DebPackage python3;
	private static DebPackage hostname;

	@TempDir
	Path folder;
	private TestDebianArchive archive;
	private ArchiveServer server;
	private DebianArchive.Options options;

	@BeforeAll
	static void makeThePackages() throws IOException {
		trixie = TrixiePockets.make(packages);
		busybox = trixie.busybox();
		busyboxUpdate = trixie.busyboxUpdate();
		python3 = trixie.python3();
		hostname = trixie.hostname();
	}

	@BeforeEach
	void serveTheArchive() throws IOException {
		archive = TestDebianArchive.in(folder.resolve("archive"));
		trixie.publish(archive);
		server = archive.serve();
		options = DebianArchive.Options.defaults().withCacheRoot(folder.resolve("cache")).withKeyring(archive.writeKeyring(folder.resolve("keyring.gpg")));
	}

	@AfterEach
	void stopTheServer() {
		server.close();
	}

	@Test
	void aNewerVersionInTheSecurityPocketIsAPendingSecurityFixWithItsChangelog() throws Exception {
		MaintenanceReport report = audit(installed());

		PendingUpdate update = update(report, "busybox");
		assertTrue(update.security());
		assertEquals(busybox.version(), update.shippedVersion());
		assertEquals(busyboxUpdate.version(), update.candidateVersion());
		assertEquals("trixie-security", update.pocket());
		assertEquals("busybox", update.source());
		assertEquals(BusyboxSecurityUpdate.CVES, update.cves());
		assertEquals("high", update.urgency());
		assertEquals("CVE-2023-42363: use-after-free in awk (evaluate)", update.summary());
		assertEquals(List.of(busyboxUpdate.version()), update.entries().stream().map(e -> e.version().toString()).toList());
		assertNull(update.changelogNote());
		assertTrue(report.securityFixesPending());
	}

	@Test
	void aNewerVersionWithoutCvesInTheUpdatesPocketIsAnUpdateButNoSecurityFix() throws Exception {
		PendingUpdate update = update(audit(installed()), "python3");

		assertFalse(update.security());
		assertEquals("trixie-updates", update.pocket());
		assertEquals("python3-defaults", update.source());
		assertEquals(List.of(), update.cves());
		assertEquals("medium", update.urgency());
		assertEquals(TrixiePockets.PYTHON3_CHANGE, update.summary());
	}

	@Test
	void upToDatePackagesAreNotListedAndThoseNoPocketHasAreNamed() throws Exception {
		MaintenanceReport report = audit(installed());

		assertEquals(List.of("busybox", "python3"), report.updates().stream().map(PendingUpdate::name).toList());
		assertEquals(List.of("local-tool"), report.notInArchive());
		assertEquals(4, report.packages());
	}

	@Test
	void onlyUpdatesThatAreNoSecurityFixesPassTheGate() throws Exception {
		archive.publish(ArchiveSuite.named(BusyboxSecurityUpdate.POCKET, BusyboxSecurityUpdate.RELEASED));

		MaintenanceReport report = audit(installed());

		assertEquals(List.of("python3"), report.updates().stream().map(PendingUpdate::name).toList());
		assertFalse(report.securityFixesPending());
	}

	@Test
	void theReportNamesTheStateOfEachPocketItCheckedAgainst() throws Exception {
		MaintenanceReport report = audit(installed());

		assertEquals(List.of("trixie", "trixie-updates", "trixie-security"), report.pockets().stream().map(PocketState::suite).toList());
		PocketState security = report.pockets().get(2);
		assertEquals(server.uri(), security.mirror());
		assertEquals(BusyboxSecurityUpdate.RELEASED, security.date());
		assertEquals(sha256(archive.inRelease("trixie-security")), security.inReleaseSha256());
	}

	@Test
	void theCveIdsOfAnUpdateAreThoseOfItsEntriesAboveTheShippedVersion() throws Exception {
		// the image has the first security update; the second one fixes another CVE and refreshes a patch of the first
		DebPackage second = DebRepackager.withNewVersion(busyboxUpdate, ChangelogEntry.securityUpload("busybox",
				busyboxUpdate.version().replace("+deb13u1", "+deb13u2"), BusyboxSecurityUpdate.POCKET, BusyboxSecurityUpdate.UPLOADED.plusSeconds(86400),
				"CVE-2024-58251: netstat escapes program names", "Refresh the patch for CVE-2023-42363"), folder.resolve("second"));
		archive.publish(ArchiveSuite.named(BusyboxSecurityUpdate.POCKET, BusyboxSecurityUpdate.RELEASED.plusSeconds(86400)).with(second));

		PendingUpdate update = update(audit(List.of(new InstalledPackage("busybox", busyboxUpdate.version(), "amd64", "trixie-security"))), "busybox");

		assertEquals(List.of("CVE-2023-42363", "CVE-2024-58251"), update.cves());
		assertEquals("CVE-2024-58251: netstat escapes program names", update.summary());
		assertEquals(List.of(second.version()), update.entries().stream().map(e -> e.version().toString()).toList());
	}

	@Test
	void aSecurityPocketThatCannotBeReachedFailsTheAuditRatherThanAnswerFromTheCache() throws Exception {
		audit(installed());
		server.close();

		MaintenanceAudit.Failure failure = assertThrows(MaintenanceAudit.Failure.class, () -> audit(installed()));

		assertEquals("The pocket trixie-security at " + server.uri() + " cannot be read: the security archive cannot be reached, and an audit "
				+ "does not answer from a copy of the security pocket that may be stale", failure.getMessage());
	}

	@Test
	void aPocketWhoseReleaseIsNotSignedByTheKeyringFailsTheAudit() throws Exception {
		archive.tamper("trixie-updates");

		MaintenanceAudit.Failure failure = assertThrows(MaintenanceAudit.Failure.class, () -> audit(installed()));

		assertTrue(failure.getMessage().startsWith("The pocket trixie-updates at " + server.uri() + " cannot be read: "), failure.getMessage());
		assertTrue(failure.getMessage().contains("bad signature"), failure.getMessage());
	}

	private List<InstalledPackage> installed() {
		return List.of(new InstalledPackage("busybox", busybox.version(), "amd64", "trixie"),
				new InstalledPackage("python3", python3.version(), "amd64", "trixie"),
				new InstalledPackage("hostname", hostname.version(), "amd64", "trixie"), new InstalledPackage("local-tool", "1.0", "amd64"));
	}

	private MaintenanceReport audit(List<InstalledPackage> installed) throws Exception {
		List<Pocket> pockets = ArchivePockets.resolve("trixie", EnumSet.allOf(Pocket.Kind.class), server.uri(), server.uri());
		return new MaintenanceAudit(options).audit("hello-appliance 1.0.0", installed, pockets, Progress.NONE);
	}

	private static PendingUpdate update(MaintenanceReport report, String name) {
		return report.updates().stream().filter(u -> u.name().equals(name)).findFirst()
				.orElseThrow(() -> new AssertionError(name + " is not pending: " + report.updates()));
	}

	private static String sha256(Path file) throws Exception {
		return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
	}
}
