package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.ExternalTool.Result;
import dev.kiln.testsupport.debian.TestArchiveKey;

/** The test archive key: gpgv, apt's verifier, accepts what it signs, and it is the same key in every run. */
class TestArchiveKeyTest {

	/** The standard key's fingerprint, the same in every JVM: base systems cached against the test archive rely on it. */
	private static final String STANDARD_FINGERPRINT = "BEF308579CED01FD34D15CCDAC38D60E587746AF";

	/** A Release-like text with what clear-signing must get right: a line starting with a dash, trailing blanks. */
	private static final String TEXT = "Origin: Kiln tests\nSuite: kiln-test\n-Dash: escaped as '- -'\nLabel: Kiln tests \t\n";

	@TempDir
	Path folder;

	@Test
	void theStandardKeyHasTheSameFingerprintInEveryRun() {
		assertEquals(STANDARD_FINGERPRINT, TestArchiveKey.standard().fingerprint());
		assertEquals(STANDARD_FINGERPRINT.substring(24), TestArchiveKey.standard().keyId());
	}

	@Test
	void theSameSeedMakesTheSameKeyringAndTheSameSignature() {
		TestArchiveKey again = TestArchiveKey.fromSeed(TestArchiveKey.STANDARD_SEED);

		assertArrayEquals(TestArchiveKey.standard().keyring(), again.keyring());
		assertArrayEquals(TestArchiveKey.standard().clearSign(TEXT), again.clearSign(TEXT));
	}

	@Test
	void anotherSeedMakesAnotherKey() {
		assertNotEquals(STANDARD_FINGERPRINT, TestArchiveKey.fromSeed("another test archive").fingerprint());
	}

	@Test
	void gpgvAcceptsTheClearSignedTextAndGivesBackTheSignedLines() throws Exception {
		Path inRelease = Files.write(folder.resolve("InRelease"), TestArchiveKey.standard().clearSign(TEXT));

		Result gpgv = gpgv(inRelease);

		assertEquals(0, gpgv.exitCode(), gpgv.toString());
		assertTrue(gpgv.err().contains("Good signature from \"" + TestArchiveKey.standard().userId() + "\""), gpgv.toString());
		// RFC 4880 7.1: the signature covers each line without its trailing blanks
		assertEquals(TEXT.replace("Label: Kiln tests \t\n", "Label: Kiln tests\n"), Files.readString(folder.resolve("signed-text")));
	}

	@Test
	void gpgvRefusesTheTextWithOneByteChanged() throws Exception {
		String signed = new String(TestArchiveKey.standard().clearSign(TEXT), StandardCharsets.UTF_8);
		Path inRelease = Files.writeString(folder.resolve("InRelease"), signed.replace("Suite: kiln-test", "Suite: kiln-tesT"));

		Result gpgv = gpgv(inRelease);

		assertEquals(1, gpgv.exitCode(), gpgv.toString());
		assertTrue(gpgv.err().contains("BAD signature from"), gpgv.toString());
	}

	private Result gpgv(Path inRelease) throws Exception {
		Path keyring = TestArchiveKey.standard().writeKeyring(folder.resolve("keyring.gpg"));
		Path home = Files.createDirectories(folder.resolve("gnupg"));
		return ExternalTool.command("gpgv", "--homedir", home.toString(), "--keyring", keyring.toString(), "--output",
				folder.resolve("signed-text").toString(), inRelease.toString()).run();
	}
}
