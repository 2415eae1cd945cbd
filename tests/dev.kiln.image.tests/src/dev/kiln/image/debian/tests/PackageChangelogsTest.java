package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.DebianArchiveException.Reason;
import dev.kiln.image.debian.PackageChangelogs;
import dev.kiln.image.debian.PackageVersions;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.debian.ArchiveServer;
import dev.kiln.testsupport.debian.ArchiveSuite;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.SystemMirrorPackages;
import dev.kiln.testsupport.debian.TestDebianArchive;

/**
 * Changelogs read from the packages of a signed test archive on 127.0.0.1: the repackaged busybox security update,
 * trixie's python3-all (whose documentation folder links to python3's), trixie's native hostname, and a package whose
 * data is zstd-compressed. Each is read once, then from the cache.
 */
class PackageChangelogsTest {

	private static final String SUITE = "trixie-security";

	@TempDir
	static Path packages;
	private static DebPackage busybox;
	private static DebPackage python3;
	private static DebPackage python3All;
	private static DebPackage hostname;
	private static DebPackage zstd;

	@TempDir
	Path folder;
	private TestDebianArchive archive;
	private ArchiveServer server;
	private DebianArchive client;

	@BeforeAll
	static void makeThePackages() throws IOException {
		busybox = BusyboxSecurityUpdate.repackage(BusyboxSecurityUpdate.original(), packages.resolve("update"));
		python3 = SystemMirrorPackages.download("trixie", "python3");
		python3All = SystemMirrorPackages.download("trixie", "python3-all");
		hostname = SystemMirrorPackages.download("trixie", "hostname");
		zstd = zstdPackage(packages.resolve("zstd"));
	}

	@BeforeEach
	void serveTheArchive() throws IOException {
		archive = TestDebianArchive.in(folder.resolve("archive"));
		archive.publish(ArchiveSuite.named(SUITE, BusyboxSecurityUpdate.RELEASED).with(busybox, python3, python3All, hostname, zstd));
		server = archive.serve();
		client = new DebianArchive(server.uri(), DebianArchive.Options.defaults().withCacheRoot(folder.resolve("cache"))
				.withKeyring(archive.writeKeyring(folder.resolve("keyring.gpg"))));
	}

	@AfterEach
	void stopTheServer() {
		server.close();
	}

	@Test
	void theChangelogComesFromTheNewerPackageItself() throws Exception {
		PackageChangelogs.Lookup lookup = lookup("busybox");

		assertNull(lookup.unavailable());
		assertEquals(busybox.version(), lookup.changelog().entries().get(0).version().toString());
		assertEquals(BusyboxSecurityUpdate.CVES, List.copyOf(lookup.changelog().entries().get(0).cves()));
		assertEquals("high", lookup.changelog().entries().get(0).urgency());
		assertEquals(List.of("busybox"), lookup.packages());
		assertEquals(busybox.size(), lookup.downloaded());
		assertFalse(lookup.cached());
	}

	@Test
	void aChangelogIsDownloadedOnceThenReadFromTheCache() throws Exception {
		lookup("busybox");
		long downloads = server.requests("pool/");

		PackageChangelogs.Lookup again = new PackageChangelogs(client).changelog(index().find("busybox").orElseThrow(), index());

		assertTrue(again.cached());
		assertEquals(0, again.downloaded());
		assertEquals(downloads, server.requests("pool/"), "no package was downloaded again");
		assertTrue(Files.isRegularFile(client.cacheDirectory().resolve("changelogs/busybox/1%3a" + busybox.version().substring(2) + ".gz")));
	}

	@Test
	void aPackageWhoseDocumentationIsALinkHasTheChangelogOfTheSiblingItNames() throws Exception {
		PackageChangelogs.Lookup lookup = lookup("python3-all");

		assertNull(lookup.unavailable());
		assertEquals(List.of("python3-all", "python3"), lookup.packages());
		assertEquals(python3.version(), lookup.changelog().entries().get(0).version().toString());
		assertEquals("python3-defaults", lookup.changelog().entries().get(0).source());
	}

	@Test
	void aNativePackagesChangelogIsItsChangelogGz() throws Exception {
		PackageChangelogs.Lookup lookup = lookup("hostname");

		assertNull(lookup.unavailable());
		assertEquals(hostname.version(), lookup.changelog().entries().get(0).version().toString());
	}

	@Test
	void zstdCompressedDataIsNotAvailableAndRememberedAsSuch() throws Exception {
		PackageChangelogs.Lookup lookup = lookup("zeta");
		long downloads = server.requests("pool/");
		PackageChangelogs.Lookup again = lookup("zeta");

		assertNull(lookup.changelog());
		assertTrue(lookup.unavailable().startsWith("changelog not available: "), lookup.unavailable());
		assertTrue(lookup.unavailable().endsWith("has its files in data.tar.zst, a compression Kiln cannot read"), lookup.unavailable());
		assertEquals(lookup.unavailable(), again.unavailable());
		assertTrue(again.cached());
		assertEquals(downloads, server.requests("pool/"));
	}

	@Test
	void aPackageThatDiffersFromItsIndexIsNotReadAndAskedForAgainLater() throws Exception {
		Path pooled = archive.root().resolve(busybox.poolPath());
		byte[] content = Files.readAllBytes(pooled);
		content[content.length / 2] ^= 1;
		Files.write(pooled, content);

		PackageChangelogs.Lookup lookup = lookup("busybox");
		lookup("busybox");

		assertNull(lookup.changelog());
		assertTrue(lookup.unavailable().startsWith("changelog not available: downloading busybox " + busybox.version() + " amd64 failed: "),
				lookup.unavailable());
		assertTrue(lookup.unavailable().contains("but the verified index says " + busybox.size() + " bytes"), lookup.unavailable());
		assertEquals(2, server.requests("pool/"), "a failed download is not remembered");
	}

	@Test
	void aDownloadIsCheckedAgainstTheIndexAndLeavesNothingWhenItDiffers() throws Exception {
		BinaryPackage listed = index().find("hostname").orElseThrow();
		Path target = folder.resolve("hostname.deb");
		client.download(listed, target);
		assertEquals(hostname.sha256(), DebPackage.sha256(target));

		Files.write(archive.root().resolve(hostname.poolPath()), "not the package".getBytes(StandardCharsets.UTF_8));
		Path other = folder.resolve("again.deb");
		DebianArchiveException failure = assertThrows(DebianArchiveException.class, () -> client.download(listed, other));

		assertEquals(Reason.HASH_MISMATCH, failure.reason());
		assertFalse(Files.exists(other));
		assertEquals(List.of(), List.of(folder.toFile().list((dir, name) -> name.endsWith(".part"))));
	}

	private PackageChangelogs.Lookup lookup(String name) throws DebianArchiveException {
		PackageVersions index = index();
		return new PackageChangelogs(client).changelog(index.find(name).orElseThrow(), index);
	}

	private PackageVersions index() throws DebianArchiveException {
		return client.versions(SUITE, "main", "amd64");
	}

	/** A package whose data.tar is zstd-compressed, as dpkg-deb -Zzstd builds it (Ubuntu's default). */
	private static DebPackage zstdPackage(Path folder) throws IOException {
		Path tree = Files.createDirectories(folder.resolve("tree"));
		Files.createDirectories(tree.resolve("DEBIAN"));
		Files.writeString(tree.resolve("DEBIAN/control"), "Package: zeta\nVersion: 1.0-1\nArchitecture: all\n"
				+ "Maintainer: Kiln Tests <tests@kiln.invalid>\nDescription: a package compressed with zstd\n");
		Path doc = Files.createDirectories(tree.resolve("usr/share/doc/zeta"));
		try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(doc.resolve("changelog.Debian.gz")))) {
			out.write("zeta (1.0-1) unstable; urgency=low\n\n  * Initial release.\n\n -- Kiln Tests <tests@kiln.invalid>  Mon, 01 Dec 2025 12:00:00 +0000\n"
					.getBytes(StandardCharsets.UTF_8));
		}
		Path deb = folder.resolve("zeta_1.0-1_all.deb");
		ExternalTool.command("dpkg-deb", "--root-owner-group", "-Zzstd", "--build", tree.toString(), deb.toString())
				.environment(java.util.Map.of("SOURCE_DATE_EPOCH", Long.toString(Instant.parse("2025-12-01T12:00:00Z").getEpochSecond()))).output();
		return DebPackage.read(deb);
	}
}
