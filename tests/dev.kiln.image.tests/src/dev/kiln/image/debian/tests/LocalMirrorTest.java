package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.DebianArchiveException.Reason;
import dev.kiln.image.debian.PackageIndex;
import dev.kiln.image.debian.Release;
import dev.kiln.testsupport.debian.ArchiveServer;

/**
 * Integrity, offline use and the cache, against a mirror on 127.0.0.1 serving the real trixie
 * InRelease and Packages.xz (copied from the {@link RealMirror} cache), altered where a test says so.
 */
class LocalMirrorTest {

	private static final String IN_RELEASE = "dists/trixie/InRelease";
	private static final String PACKAGES_XZ = "main/binary-amd64/Packages.xz";

	@TempDir
	Path served;
	@TempDir
	Path cache;
	private ArchiveServer mirror;

	@BeforeEach
	void serveTheRealTrixieFiles() throws Exception {
		copy(RealMirror.cachedFile("trixie", "InRelease"), served.resolve(IN_RELEASE));
		copy(RealMirror.cachedFile("trixie", PACKAGES_XZ), served.resolve("dists/trixie/" + PACKAGES_XZ));
		mirror = ArchiveServer.serving(served);
	}

	@AfterEach
	void stopTheMirror() {
		mirror.close();
	}

	@Test
	void oneChangedByteInTheSignedTextIsABadSignature() throws Exception {
		Path inRelease = served.resolve(IN_RELEASE);
		String text = Files.readString(inRelease, StandardCharsets.ISO_8859_1);
		Files.writeString(inRelease, text.replaceFirst("Label: Debian", "Label: Debiam"), StandardCharsets.ISO_8859_1);

		DebianArchiveException failure = assertThrows(DebianArchiveException.class, () -> archive().release("trixie"));

		assertEquals(Reason.BAD_SIGNATURE, failure.reason());
		assertTrue(failure.getMessage().startsWith("InRelease of trixie at " + mirror.uri() + IN_RELEASE
				+ " has a bad signature by key "), failure.getMessage());
	}

	@Test
	void anIndexThatDoesNotMatchTheSignedReleaseIsAHashErrorAndIsNotCached() throws Exception {
		Path packages = served.resolve("dists/trixie/" + PACKAGES_XZ);
		byte[] content = Files.readAllBytes(packages);
		content[content.length / 2] ^= 1;
		Files.write(packages, content);
		DebianArchive archive = archive();
		String signed = archive.release("trixie").file(PACKAGES_XZ).orElseThrow().sha256();

		DebianArchiveException failure = assertThrows(DebianArchiveException.class, () -> archive.packages("trixie"));

		assertEquals(Reason.HASH_MISMATCH, failure.reason());
		assertTrue(failure.getMessage().matches("\\Q" + PACKAGES_XZ + " of trixie at " + mirror.uri() + "dists/trixie/"
				+ PACKAGES_XZ + " has SHA256 \\E[0-9a-f]{64} but the signed Release says " + signed), failure.getMessage());
		assertEquals(0, filesBelow(archive.cacheDirectory().resolve("trixie/main")), "nothing cached, not even a .part");
	}

	@Test
	void aTruncatedIndexIsASizeError() throws Exception {
		Path packages = served.resolve("dists/trixie/" + PACKAGES_XZ);
		long size = Files.size(packages);
		truncate(packages);

		DebianArchiveException failure = assertThrows(DebianArchiveException.class, () -> archive().packages("trixie"));

		assertEquals(Reason.HASH_MISMATCH, failure.reason());
		assertTrue(failure.getMessage().endsWith("has " + size / 2 + " bytes but the signed Release says " + size),
				failure.getMessage());
	}

	@Test
	void aStoppedMirrorWithNothingCachedIsUnreachable() {
		mirror.stop();

		DebianArchiveException failure = assertThrows(DebianArchiveException.class, () -> archive().packages("trixie"));

		assertEquals(Reason.UNREACHABLE, failure.reason());
		assertEquals("mirror " + mirror.uri() + " unreachable: connection refused", failure.getMessage());
	}

	@Test
	void aStoppedMirrorIsReplacedByTheCacheWhichSaysSoAndGivesItsDate() throws Exception {
		PackageIndex online = archive().packages("trixie");
		mirror.stop();

		PackageIndex offline = archive(DebianArchive.Options.defaults().withMaxAge(Duration.ZERO)).packages("trixie");

		assertFalse(online.fromCache());
		assertTrue(offline.fromCache());
		assertEquals(Release.Origin.OFFLINE_CACHE, offline.release().origin());
		assertEquals(online.release().date(), offline.release().date());
		assertEquals(online.size(), offline.size());
	}

	@Test
	void aFreshCacheAnswersWithoutAskingTheMirror() throws Exception {
		archive().packages("trixie");
		long requests = mirror.requests("");

		PackageIndex cached = archive().packages("trixie");

		assertEquals(Release.Origin.CACHE, cached.release().origin());
		assertEquals(requests, mirror.requests(""));
	}

	@Test
	void aStaleCacheFetchesInReleaseAgainButNotAnUnchangedIndex() throws Exception {
		archive().packages("trixie");
		long indexRequests = mirror.requests("dists/trixie/main/");
		Clock sevenHoursLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(7));

		PackageIndex refreshed = archive(DebianArchive.Options.defaults().withClock(sevenHoursLater)).packages("trixie");

		assertEquals(Release.Origin.MIRROR, refreshed.release().origin());
		assertEquals(2, mirror.requests(IN_RELEASE));
		assertEquals(indexRequests, mirror.requests("dists/trixie/main/"));
	}

	@Test
	void aTruncatedCachedIndexIsDetectedAndFetchedAgain() throws Exception {
		DebianArchive first = archive();
		int size = first.packages("trixie").size();
		long indexRequests = mirror.requests("dists/trixie/main/");
		truncate(first.cacheDirectory().resolve("trixie").resolve(PACKAGES_XZ));
		truncate(first.cacheDirectory().resolve("trixie/main/binary-amd64/Packages"));

		PackageIndex repaired = archive().packages("trixie");

		assertEquals(size, repaired.size());
		assertTrue(mirror.requests("dists/trixie/main/") > indexRequests, "Packages.xz fetched again");
	}

	@Test
	void aCorruptUncompressedIndexIsRebuiltFromTheVerifiedXzWithoutTheMirror() throws Exception {
		DebianArchive first = archive();
		int size = first.packages("trixie").size();
		Path packages = first.cacheDirectory().resolve("trixie/main/binary-amd64/Packages");
		byte[] content = Files.readAllBytes(packages);
		content[content.length / 3] ^= 1;
		Files.write(packages, content);
		mirror.stop();

		PackageIndex repaired = archive().packages("trixie");

		assertEquals(size, repaired.size());
		assertEquals(Release.Origin.CACHE, repaired.release().origin());
	}

	@Test
	void aTruncatedCachedInReleaseIsFetchedAgain() throws Exception {
		DebianArchive first = archive();
		first.release("trixie");
		truncate(first.cacheDirectory().resolve("trixie/InRelease"));

		Release release = archive().release("trixie");

		assertEquals(Release.Origin.MIRROR, release.origin());
		assertEquals(2, mirror.requests(IN_RELEASE));
	}

	@Test
	void aPartialDownloadAKilledProcessLeftIsDeletedByTheNextDownload() throws Exception {
		DebianArchive archive = archive();
		Path folder = Files.createDirectories(archive.cacheDirectory().resolve("trixie/main/binary-amd64"));
		Path abandoned = Files.write(folder.resolve(".Packages.xz4711.part"), new byte[1000]);
		Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

		archive.packages("trixie");

		assertFalse(Files.exists(abandoned));
	}

	private DebianArchive archive() {
		return archive(DebianArchive.Options.defaults());
	}

	private DebianArchive archive(DebianArchive.Options options) {
		return new DebianArchive(mirror.uri(), options.withCacheRoot(cache));
	}

	private static void copy(Path from, Path to) throws IOException {
		Files.createDirectories(to.getParent());
		Files.copy(from, to);
	}

	private static void truncate(Path file) throws IOException {
		byte[] content = Files.readAllBytes(file);
		Files.write(file, java.util.Arrays.copyOf(content, content.length / 2));
	}

	private static long filesBelow(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).count();
		}
	}
}
