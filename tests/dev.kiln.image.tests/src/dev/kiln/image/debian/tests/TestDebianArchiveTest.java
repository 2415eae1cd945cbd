package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.DebianArchiveException.Reason;
import dev.kiln.image.debian.PackageIndex;
import dev.kiln.image.debian.Release;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.ExternalTool.Result;
import dev.kiln.testsupport.debian.ArchiveServer;
import dev.kiln.testsupport.debian.ArchiveSuite;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.IsolatedApt;
import dev.kiln.testsupport.debian.TestArchiveKey;
import dev.kiln.testsupport.debian.TestDebianArchive;

/**
 * A local signed archive with the repackaged busybox in its trixie-security pocket, served on 127.0.0.1:
 * apt (the machine's apt-get, on a configuration of its own) and Kiln's DebianArchive accept it and refuse
 * it once its InRelease is tampered with.
 */
class TestDebianArchiveTest {

	private static final String POCKET = BusyboxSecurityUpdate.POCKET;

	@TempDir
	static Path packages;
	private static DebPackage update;

	@TempDir
	Path folder;
	private TestDebianArchive archive;
	private Path keyring;
	private ArchiveServer server;

	@BeforeAll
	static void repackageTrixiesBusybox() throws IOException {
		update = BusyboxSecurityUpdate.repackage(BusyboxSecurityUpdate.original(), packages);
	}

	@BeforeEach
	void publishTheSecurityPocket() throws IOException {
		archive = TestDebianArchive.in(folder.resolve("archive"));
		archive.publish(BusyboxSecurityUpdate.pocket(update));
		keyring = archive.writeKeyring(folder.resolve("test-archive-keyring.gpg"));
		server = archive.serve();
	}

	@AfterEach
	void stopTheServer() {
		server.close();
	}

	@Test
	void aptAcceptsThePocketAndOffersTheRepackagedVersion() throws IOException {
		IsolatedApt apt = IsolatedApt.in(folder.resolve("apt")).source(server.uri(), POCKET, keyring);

		Result aptUpdate = apt.update();

		assertEquals(0, aptUpdate.exitCode(), aptUpdate.toString());
		assertTrue(aptUpdate.err().isBlank(), "no warning: " + aptUpdate);
		assertEquals(update.version(), apt.candidate("busybox").orElseThrow());
		assertTrue(apt.policy("busybox").contains(server.uri().toString().replaceFirst("/$", "") + " " + POCKET + "/main amd64 Packages"),
				apt.policy("busybox"));
	}

	@Test
	void aptRefusesATamperedInReleaseAsABadSignature() throws IOException {
		archive.tamper(POCKET);

		Result aptUpdate = IsolatedApt.in(folder.resolve("apt")).source(server.uri(), POCKET, keyring).update();

		assertEquals(100, aptUpdate.exitCode(), aptUpdate.toString());
		assertTrue(aptUpdate.out().contains("BADSIG " + TestArchiveKey.standard().keyId()), aptUpdate.toString());
	}

	@Test
	void aptAcceptsAnEmptyPocket() throws IOException {
		archive.publish(ArchiveSuite.named("bookworm-security", BusyboxSecurityUpdate.RELEASED));
		IsolatedApt apt = IsolatedApt.in(folder.resolve("apt")).source(server.uri(), "bookworm-security", keyring);

		Result aptUpdate = apt.update();

		assertEquals(0, aptUpdate.exitCode(), aptUpdate.toString());
		assertTrue(aptUpdate.err().isBlank(), "no warning: " + aptUpdate);
		assertEquals(Optional.empty(), apt.candidate("busybox"));
	}

	@Test
	void gpgvAcceptsThePublishedInRelease() {
		Result gpgv = ExternalTool.command("gpgv", "--homedir", folder.toString(), "--keyring", keyring.toString(),
				archive.inRelease(POCKET).toString()).run();

		assertEquals(0, gpgv.exitCode(), gpgv.toString());
	}

	@Test
	void kilnReadsThePocketsReleaseSignedByTheTestKey() throws DebianArchiveException {
		Release release = kiln().release(POCKET);

		assertEquals(POCKET, release.suite());
		assertEquals(BusyboxSecurityUpdate.RELEASED, release.date());
		assertEquals(List.of(TestArchiveKey.standard().fingerprint()), release.signers());
		assertEquals(List.of("main"), release.components());
	}

	@Test
	void kilnFindsTheRepackagedVersionWithTheFilesSizeAndHash() throws Exception {
		BinaryPackage busybox = kiln().packages(POCKET).find("busybox").orElseThrow();

		assertEquals(update.version(), busybox.version().toString());
		assertEquals(update.sha256(), busybox.sha256());
		assertEquals(update.size(), busybox.size());
		HttpResponse<byte[]> served = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri().resolve(busybox.filename()))
				.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
		assertArrayEquals(Files.readAllBytes(update.file()), served.body());
	}

	@Test
	void kilnReadsAnEmptyPocketAsAnIndexWithoutPackages() throws Exception {
		archive.publish(ArchiveSuite.named("bookworm-security", BusyboxSecurityUpdate.RELEASED));

		PackageIndex index = kiln().packages("bookworm-security");

		assertEquals(0, index.size());
	}

	@Test
	void kilnCallsATamperedInReleaseABadSignature() throws IOException {
		archive.tamper(POCKET);

		DebianArchiveException failure = assertThrows(DebianArchiveException.class, () -> kiln().release(POCKET));

		assertEquals(Reason.BAD_SIGNATURE, failure.reason());
		assertEquals("InRelease of " + POCKET + " at " + server.uri() + "dists/" + POCKET + "/InRelease has a bad signature by key "
				+ TestArchiveKey.standard().keyId() + ": the signed text was altered", failure.getMessage());
	}

	@Test
	void publishingThePocketAgainGivesTheSameInReleaseAndIndexes() throws IOException {
		TestDebianArchive again = TestDebianArchive.in(folder.resolve("again"));
		again.publish(BusyboxSecurityUpdate.pocket(update));

		for (String file : List.of("InRelease", "main/binary-amd64/Packages", "main/binary-amd64/Packages.xz")) {
			Path dists = Path.of("dists", POCKET, file);
			assertArrayEquals(Files.readAllBytes(archive.root().resolve(dists)), Files.readAllBytes(again.root().resolve(dists)), file);
		}
	}

	@Test
	void theServerAnswersOnlyForFilesBelowTheArchive() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		URI outside = URI.create(server.uri() + "dists/../../test-archive-keyring.gpg");

		HttpResponse<Void> response = http.send(HttpRequest.newBuilder(outside).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.discarding());

		assertEquals(404, response.statusCode());
		assertEquals(List.of("dists/../../test-archive-keyring.gpg"), server.requests());
	}

	private DebianArchive kiln() {
		return new DebianArchive(server.uri(),
				DebianArchive.Options.defaults().withKeyring(keyring).withCacheRoot(folder.resolve("cache")));
	}
}
