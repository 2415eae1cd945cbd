package dev.kiln.image.update;

import static dev.kiln.image.update.UpdateFixtures.RELEASE_TIME;
import static dev.kiln.image.update.UpdateFixtures.both;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.testsupport.ExternalTool;

/** The update index and its signature, checked as the guest checks them: with openssl cms. */
class UpdateIndexTest {

	private static final String HASH_A = "a".repeat(64);
	private static final String HASH_B = "0123456789abcdef".repeat(4);

	@TempDir
	Path folder;

	private static VendorIdentity vendor;
	private static UpdateIndex index;

	@BeforeAll
	static void makeIndex() throws Exception {
		vendor = UpdateFixtures.identity("Acme Appliances");
		index = new UpdateIndex("acme-box", "stable", List.of(new UpdateIndex.Entry("1.1.0", "acme-box-1.1.0.raucb", 181_000_000L, HASH_A),
				new UpdateIndex.Entry("1.2.0", "acme-box-1.2.0.raucb", 182_500_123L, HASH_B)));
	}

	@Test
	void theIndexIsOneLinePerVersionNewestLast() {
		assertEquals("""
				appliance acme-box
				channel stable
				version 1.1.0 file acme-box-1.1.0.raucb size 181000000 sha256 %s
				version 1.2.0 file acme-box-1.2.0.raucb size 182500123 sha256 %s
				""".formatted(HASH_A, HASH_B), new String(index.toBytes(), StandardCharsets.US_ASCII));
		assertEquals("1.2.0", index.latest().orElseThrow().version());
	}

	@Test
	void theReaderReadsWhatTheWriterWrote() throws ImageBuildException {
		UpdateIndex read = UpdateIndex.parse(index.toBytes());
		assertEquals("acme-box", read.appliance());
		assertEquals("stable", read.channel());
		assertEquals(index.entries(), read.entries());
	}

	@Test
	void aNewVersionIsAppendedAndARepublishedOneMovesLast() throws ImageBuildException {
		UpdateIndex.Entry next = new UpdateIndex.Entry("1.3.0", "acme-box-1.3.0.raucb", 1, HASH_A);
		assertEquals(List.of("1.1.0", "1.2.0", "1.3.0"), index.with(next).entries().stream().map(UpdateIndex.Entry::version).toList());
		UpdateIndex.Entry again = new UpdateIndex.Entry("1.1.0", "acme-box-1.1.0.raucb", 2, HASH_B);
		assertEquals(List.of("1.2.0", "1.1.0"), index.with(again).entries().stream().map(UpdateIndex.Entry::version).toList());
	}

	@Test
	void aMalformedLineIsReportedWithItsNumber() {
		byte[] bad = "appliance acme-box\nchannel stable\nversion 1.0 file a.raucb size ten sha256 x\n".getBytes(StandardCharsets.US_ASCII);
		ImageBuildException e = assertThrows(ImageBuildException.class, () -> UpdateIndex.parse(bad));
		assertEquals("Update index line 3 is not 'version <v> file <name> size <bytes> sha256 <hex>': version 1.0 file a.raucb size ten sha256 x",
				e.getMessage());
	}

	@Test
	void aVersionWithABlankIsRefused() {
		ImageBuildException e = assertThrows(ImageBuildException.class,
				() -> index.with(new UpdateIndex.Entry("1.3 beta", "b.raucb", 1, HASH_A)));
		assertEquals("The update index's version must be printable ASCII without blanks: '1.3 beta'", e.getMessage());
	}

	@Test
	void opensslVerifiesTheSignatureWithTheVendorCertificate() throws Exception {
		Path[] files = publish(index, vendor);
		ExternalTool.Result verify = opensslVerify(files[0], files[1], UpdateFixtures.certificate(folder, vendor, "vendor.pem"));
		assertEquals(0, verify.exitCode(), both(verify));
	}

	@Test
	void aTamperedIndexIsRefused() throws Exception {
		Path[] files = publish(index, vendor);
		String text = Files.readString(files[0]).replace("size 182500123", "size 182500124");
		Files.writeString(files[0], text);
		ExternalTool.Result verify = opensslVerify(files[0], files[1], UpdateFixtures.certificate(folder, vendor, "vendor.pem"));
		assertNotEquals(0, verify.exitCode(), both(verify));
	}

	@Test
	void anIndexSignedByAnotherIdentityIsRefused() throws Exception {
		Path[] files = publish(index, UpdateFixtures.identity("Acme Appliances"));
		ExternalTool.Result verify = opensslVerify(files[0], files[1], UpdateFixtures.certificate(folder, vendor, "vendor.pem"));
		assertNotEquals(0, verify.exitCode(), both(verify));
	}

	@Test
	void theSameIndexSignedTwiceGivesTheSameSignature() throws Exception {
		assertArrayEquals(index.sign(vendor, RELEASE_TIME), index.sign(vendor, RELEASE_TIME));
	}

	@Test
	void anEcIdentitySignsAVerifiableDeterministicSignature() throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(256);
		VendorIdentity ec = VendorIdentity.selfSigned(generator.generateKeyPair(), "Acme EC", null, RELEASE_TIME, Duration.ofDays(3650));
		Path[] files = publish(index, ec);
		assertArrayEquals(Files.readAllBytes(files[1]), index.sign(ec, RELEASE_TIME));
		ExternalTool.Result verify = opensslVerify(files[0], files[1], UpdateFixtures.certificate(folder, ec, "ec.pem"));
		assertEquals(0, verify.exitCode(), both(verify));
	}

	@Test
	void anEd25519IdentityIsRefusedAsTheGuestCouldNotVerifyIt() throws Exception {
		VendorIdentity ed25519 = VendorIdentity.selfSigned(KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), "Acme Ed", null, RELEASE_TIME,
				Duration.ofDays(30));
		ImageBuildException e = assertThrows(ImageBuildException.class, () -> index.sign(ed25519, RELEASE_TIME));
		assertEquals("Cannot sign the update index as CN=Acme Ed: the guest's OpenSSL (RAUC, openssl cms) cannot verify a CMS signature by an "
				+ "Ed25519 key; sign updates with an RSA or EC identity", e.getMessage());
	}

	private Path[] publish(UpdateIndex published, VendorIdentity signer) throws IOException, ImageBuildException {
		Path text = Files.write(folder.resolve(UpdateIndex.FILE_NAME), published.toBytes());
		Path signature = Files.write(folder.resolve(UpdateIndex.SIGNATURE_NAME), published.sign(signer, RELEASE_TIME));
		return new Path[] { text, signature };
	}

	/** The guest's check, word for word. */
	private static ExternalTool.Result opensslVerify(Path text, Path signature, Path vendorPem) {
		return ExternalTool.command("openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", signature.toString(), "-content",
				text.toString(), "-CAfile", vendorPem.toString(), "-purpose", "any").run();
	}
}
