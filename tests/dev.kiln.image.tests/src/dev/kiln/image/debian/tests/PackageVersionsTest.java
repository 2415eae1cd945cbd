package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.PackageVersions;
import dev.kiln.testsupport.debian.ArchiveServer;
import dev.kiln.testsupport.debian.ArchiveSuite;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.SystemMirrorPackages;
import dev.kiln.testsupport.debian.TestDebianArchive;

/** The compact version table an audit reads instead of a whole Packages index, against a signed test archive. */
class PackageVersionsTest {

	private static final String SUITE = BusyboxSecurityUpdate.POCKET;

	@TempDir
	static Path packages;
	private static DebPackage original;
	private static DebPackage update;
	private static DebPackage python3;

	@TempDir
	Path folder;
	private TestDebianArchive archive;
	private ArchiveServer server;
	private Path keyring;

	@BeforeAll
	static void makeThePackages() throws IOException {
		original = BusyboxSecurityUpdate.original();
		update = BusyboxSecurityUpdate.repackage(original, packages);
		python3 = SystemMirrorPackages.download("trixie", "python3");
	}

	@BeforeEach
	void serveTheArchive() throws IOException {
		archive = TestDebianArchive.in(folder.resolve("archive"));
		archive.publish(ArchiveSuite.named(SUITE, BusyboxSecurityUpdate.RELEASED.minus(Duration.ofDays(7))).with(original, python3));
		server = archive.serve();
		keyring = archive.writeKeyring(folder.resolve("keyring.gpg"));
	}

	@AfterEach
	void stopTheServer() {
		server.close();
	}

	@Test
	void thePackagesAreListedWithVersionSourceAndPoolFile() throws Exception {
		PackageVersions versions = client().versions(SUITE, "main", "amd64");

		BinaryPackage busybox = versions.find("busybox").orElseThrow();
		assertEquals(original.version(), busybox.version().toString());
		assertEquals("busybox", busybox.source());
		assertEquals(original.poolPath(), busybox.filename());
		assertEquals(original.size(), busybox.size());
		assertEquals(original.sha256(), busybox.sha256());
		assertEquals("python3-defaults", versions.find("python3").orElseThrow().source());
		assertEquals(List.of("python3"), versions.ofSource("python3-defaults").stream().map(BinaryPackage::name).toList());
		assertEquals(2, versions.size());
	}

	@Test
	void aLaterAuditReadsTheTableAloneNotTheIndex() throws Exception {
		DebianArchive first = client();
		first.versions(SUITE, "main", "amd64");
		Path indexFolder = first.cacheDirectory().resolve(SUITE).resolve("main/binary-amd64");
		Files.delete(indexFolder.resolve("Packages"));
		Files.delete(indexFolder.resolve("Packages.xz"));

		PackageVersions versions = client().versions(SUITE, "main", "amd64");

		assertEquals(original.version(), versions.find("busybox").orElseThrow().version().toString());
		assertEquals(1, server.requests("dists/" + SUITE + "/main/"), "the index was downloaded once");
		assertTrue(Files.isRegularFile(indexFolder.resolve("Packages.versions")));
	}

	@Test
	void anotherIndexInTheSignedReleaseMakesANewTable() throws Exception {
		client().versions(SUITE, "main", "amd64");
		archive.publish(BusyboxSecurityUpdate.pocket(update).with(python3));

		PackageVersions versions = new DebianArchive(server.uri(), options().withMaxAge(Duration.ZERO)).versions(SUITE, "main", "amd64");

		assertEquals(update.version(), versions.find("busybox").orElseThrow().version().toString());
	}

	private DebianArchive client() {
		return new DebianArchive(server.uri(), options());
	}

	private DebianArchive.Options options() {
		return DebianArchive.Options.defaults().withCacheRoot(folder.resolve("cache")).withKeyring(keyring);
	}
}
