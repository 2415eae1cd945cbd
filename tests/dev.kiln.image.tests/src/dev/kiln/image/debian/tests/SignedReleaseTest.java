package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

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
import dev.kiln.testsupport.debian.ArchiveSuite;
import dev.kiln.testsupport.debian.TestArchiveKey;
import dev.kiln.testsupport.debian.TestDebianArchive;

/** What the client accepts as a signed Release, with suites signed by a key made for the test. */
class SignedReleaseTest {

	private static final String SUITE = "kiln-test";
	private static final String PACKAGES = "Package: hello\nVersion: 2.10-3\nArchitecture: amd64\nInstalled-Size: 120\n";
	private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	private final TestArchiveKey key = TestArchiveKey.standard();

	@TempDir
	Path served;
	@TempDir
	Path cache;
	@TempDir
	Path keys;
	private Path keyring;
	private TestDebianArchive archive;
	private ArchiveServer mirror;

	@BeforeEach
	void startTheMirror() throws Exception {
		archive = TestDebianArchive.in(served, key);
		keyring = archive.writeKeyring(keys.resolve("test-archive-keyring.gpg"));
		mirror = archive.serve();
	}

	@AfterEach
	void stopTheMirror() {
		mirror.close();
	}

	@Test
	void aSuiteSignedByAKeyringKeyIsRead() throws Exception {
		archive.publish(ArchiveSuite.named(SUITE, NOW).withStanzas(PACKAGES));

		PackageIndex index = archive(options()).packages(SUITE);

		assertEquals("2.10-3", index.find("hello").orElseThrow().version().toString());
		assertEquals(NOW, index.release().date());
		assertEquals(1, index.release().signers().size());
	}

	@Test
	void anUnsignedInReleaseIsRefused() throws Exception {
		String release = archive.publish(ArchiveSuite.named(SUITE, NOW).withStanzas(PACKAGES));
		Files.writeString(inRelease(SUITE), release);

		DebianArchiveException failure = releaseRefused();

		assertEquals(Reason.NOT_SIGNED, failure.reason());
		assertEquals(inReleaseOfTheSuite() + " is not signed: it has no "
				+ "OpenPGP clear-signature", failure.getMessage());
	}

	@Test
	void aSignatureByAKeyOutsideTheKeyringIsRefused() throws Exception {
		archive.publish(ArchiveSuite.named(SUITE, NOW).withStanzas(PACKAGES));

		DebianArchive debianKeyring = archive(options().withKeyring(DebianArchive.DEBIAN_ARCHIVE_KEYRING));
		DebianArchiveException failure = assertThrows(DebianArchiveException.class, () -> debianKeyring.release(SUITE));

		assertEquals(Reason.UNKNOWN_KEY, failure.reason());
		assertEquals(inReleaseOfTheSuite() + " is not signed by a key of "
				+ DebianArchive.DEBIAN_ARCHIVE_KEYRING + " (key " + key.keyId() + " is not in the keyring)",
				failure.getMessage());
	}

	@Test
	void aReleasePastItsValidUntilIsRefused() throws Exception {
		archive.publish(ArchiveSuite.named(SUITE, NOW.minus(Duration.ofDays(10))).validUntil(NOW.minus(Duration.ofDays(3)))
				.withStanzas(PACKAGES));

		DebianArchiveException failure = releaseRefused();

		assertEquals(Reason.EXPIRED, failure.reason());
		assertTrue(failure.getMessage().startsWith(inReleaseOfTheSuite() + " expired on " + NOW.minus(Duration.ofDays(3))),
				failure.getMessage());
	}

	@Test
	void anExpiredReleaseIsAcceptedWhenExpiredReleasesAreAllowedForASnapshot() throws Exception {
		archive.publish(ArchiveSuite.named(SUITE, NOW.minus(Duration.ofDays(10))).validUntil(NOW.minus(Duration.ofDays(3)))
				.withStanzas(PACKAGES));

		Release release = archive(options().withExpiredAllowed(true)).release(SUITE);

		assertEquals(NOW.minus(Duration.ofDays(3)), release.validUntil().orElseThrow());
	}

	@Test
	void aCachedReleaseIsNotServedOfflineOnceItsValidUntilHasPassed() throws Exception {
		archive.publish(ArchiveSuite.named(SUITE, NOW).validUntil(NOW.plus(Duration.ofHours(1))).withStanzas(PACKAGES));
		archive(options()).packages(SUITE);
		mirror.stop();

		Clock twoHoursLater = Clock.offset(Clock.systemUTC(), Duration.ofHours(2));
		DebianArchiveException failure = assertThrows(DebianArchiveException.class,
				() -> archive(options().withClock(twoHoursLater)).packages(SUITE));

		assertEquals(Reason.EXPIRED, failure.reason());
	}

	@Test
	void anotherSuitesReleaseServedUnderThisSuitesNameIsRefused() throws Exception {
		archive.publish(ArchiveSuite.named("kiln-other", NOW).withStanzas(PACKAGES));
		Files.createDirectories(inRelease(SUITE).getParent());
		Files.copy(inRelease("kiln-other"), inRelease(SUITE));

		DebianArchiveException failure = releaseRefused();

		assertEquals(Reason.MALFORMED, failure.reason());
		assertEquals(inReleaseOfTheSuite() + " describes suite 'kiln-other' "
				+ "(codename 'kiln-other'), not 'kiln-test'", failure.getMessage());
	}

	@Test
	void textAfterTheSignatureIsRefused() throws Exception {
		archive.publish(ArchiveSuite.named(SUITE, NOW).withStanzas(PACKAGES));
		Files.writeString(inRelease(SUITE), "Suite: something-else\n", StandardOpenOption.APPEND);

		DebianArchiveException failure = releaseRefused();

		assertEquals(Reason.MALFORMED, failure.reason());
		assertTrue(failure.getMessage().endsWith("is malformed: text after the signature"), failure.getMessage());
	}

	@Test
	void trailingBlanksAreNotPartOfTheSignedText() throws Exception {
		String release = archive.publish(ArchiveSuite.named(SUITE, NOW).withStanzas(PACKAGES));
		Files.write(inRelease(SUITE), key.clearSign(release.replace("Origin: Kiln tests\n", "Origin: Kiln tests \t\n")));

		assertEquals(SUITE, archive(options()).release(SUITE).suite());
	}

	@Test
	void anIndexTheReleaseDoesNotListIsReportedWithItsPath() throws Exception {
		archive.publish(ArchiveSuite.named(SUITE, NOW).withStanzas(PACKAGES));

		DebianArchiveException failure = assertThrows(DebianArchiveException.class,
				() -> archive(options()).packages(SUITE, "contrib", "amd64"));

		assertEquals(Reason.NO_INDEX, failure.reason());
		assertEquals("suite 'kiln-test' on " + mirror.uri() + " has no contrib/binary-amd64/Packages.xz: its signed "
				+ "Release does not list it", failure.getMessage());
	}

	@Test
	void aSuiteNameThatIsNoPathSegmentIsRefusedBeforeAnyRequest() {
		DebianArchiveException failure = assertThrows(DebianArchiveException.class,
				() -> archive(options()).release("../../etc"));

		assertEquals(Reason.NO_SUITE, failure.reason());
		assertEquals(0, mirror.requests(""));
	}

	private DebianArchiveException releaseRefused() {
		return assertThrows(DebianArchiveException.class, () -> archive(options()).release(SUITE));
	}

	/** @return how messages name the suite's InRelease */
	private String inReleaseOfTheSuite() {
		return "InRelease of kiln-test at " + mirror.uri() + "dists/kiln-test/InRelease";
	}

	private DebianArchive.Options options() {
		return DebianArchive.Options.defaults().withKeyring(keyring).withCacheRoot(cache);
	}

	private DebianArchive archive(DebianArchive.Options options) {
		return new DebianArchive(mirror.uri(), options);
	}

	private Path inRelease(String suite) {
		return served.resolve("dists").resolve(suite).resolve("InRelease");
	}
}
