package dev.kiln.core.internal.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.identity.VendorIdentity;

/**
 * The vendor identity lives in secure storage: made or imported once, never in a plain file, and the
 * per-workspace key file of earlier Kiln versions is moved in and deleted.
 */
class VendorIdentityStoreTest {

	@TempDir
	Path folder;
	private Path storage;
	private String previousProperty;

	@BeforeEach
	void ownSecureStorage() {
		storage = folder.resolve("secure_storage");
		previousProperty = System.getProperty(SecureStore.PROPERTY);
		System.setProperty(SecureStore.PROPERTY, storage.toString());
	}

	@AfterEach
	void restoreSecureStorage() throws Exception {
		new VendorIdentityStore(folder.resolve("none")).remove();
		SecureStore.root().node(VendorIdentityStore.PREVIOUS).removeNode();
		if (previousProperty == null) {
			System.clearProperty(SecureStore.PROPERTY);
		} else {
			System.setProperty(SecureStore.PROPERTY, previousProperty);
		}
	}

	/** The file an earlier Kiln wrote: the public and the private key, Base64, one per line. */
	private static Path legacyKeyFile(Path folder, KeyPair keys) throws Exception {
		Path file = Files.createDirectories(folder.resolve("dev.kiln.ui")).resolve(VendorIdentityStore.LEGACY_KEY_FILE);
		Files.writeString(file, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n"
				+ Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n", StandardCharsets.US_ASCII);
		return file;
	}

	@Test
	void theKeyFileOfAnEarlierKilnIsMovedIntoSecureStorageAndDeletedAndKeepsSigningAsBefore() throws Exception {
		KeyPair old = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		Path file = legacyKeyFile(folder, old);

		VendorIdentity identity = new VendorIdentityStore(file).identity().orElseThrow();

		assertFalse(Files.exists(file), "the plain key file is deleted");
		assertArrayEquals(old.getPublic().getEncoded(), identity.certificate().getPublicKey().getEncoded(), "the same key, now with a certificate");
		byte[] digest = "sha256:0123".getBytes(StandardCharsets.UTF_8);
		Signature verifier = Signature.getInstance("Ed25519");
		verifier.initVerify(old.getPublic());
		verifier.update(digest);
		assertTrue(verifier.verify(identity.sign(digest)), "what it signs verifies with the old public key");
		assertEquals(Optional.of(identity.fingerprint()), new VendorIdentityStore(file).identity().map(VendorIdentity::fingerprint),
				"read again from secure storage");
		assertSecretNotInClear(old.getPrivate().getEncoded());
	}

	@Test
	void withAnIdentityAlreadyTheOldKeyIsKeptBesideItAndTheIdentityStays() throws Exception {
		VendorIdentityStore store = new VendorIdentityStore(folder.resolve("none"));
		VendorIdentity current = store.create("Acme Appliances", "Acme");
		Path file = legacyKeyFile(folder, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());

		assertEquals(current.fingerprint(), new VendorIdentityStore(file).identity().orElseThrow().fingerprint());
		assertFalse(Files.exists(file));
		assertTrue(SecureStore.root().nodeExists(VendorIdentityStore.PREVIOUS), "the old key is kept in secure storage");
	}

	@Test
	void aCreatedIdentityIsKeptEncryptedAndItsCertificateExportsAsPem() throws Exception {
		VendorIdentityStore store = new VendorIdentityStore(folder.resolve("none"));
		VendorIdentity created = store.create("Acme Appliances", "Acme Inc.");
		VendorIdentity read = store.identity().orElseThrow();

		assertEquals(created.fingerprint(), read.fingerprint());
		assertEquals("CN=Acme Appliances,O=Acme Inc.", read.subject());
		assertEquals("RSA", read.keyAlgorithm());
		Path pem = folder.resolve("acme.pem");
		store.exportCertificates(pem);
		String exported = Files.readString(pem);
		assertTrue(exported.startsWith("-----BEGIN CERTIFICATE-----\n"), exported);
		assertFalse(exported.contains("PRIVATE"), exported);
		assertSecretNotInClear(created.privateKeyBytes());
		store.remove();
		assertEquals(Optional.empty(), store.identity());
	}

	@Test
	void anImportedKeystoreBecomesTheIdentity() throws Exception {
		VendorIdentity made = VendorIdentity.create("Imported Vendor", null, java.time.Duration.ofDays(1));
		java.security.KeyStore keystore = java.security.KeyStore.getInstance("PKCS12");
		keystore.load(null, null);
		keystore.setKeyEntry("vendor", made.privateKey(), "secret".toCharArray(), made.chain().toArray(new java.security.cert.Certificate[0]));
		Path p12 = folder.resolve("vendor.p12");
		try (var out = Files.newOutputStream(p12)) {
			keystore.store(out, "secret".toCharArray());
		}
		VendorIdentityStore store = new VendorIdentityStore(folder.resolve("none"));
		assertEquals(made.fingerprint(), store.importPkcs12(p12, "secret".toCharArray()).fingerprint());
		assertEquals(made.fingerprint(), store.identity().orElseThrow().fingerprint());
	}

	/** The secure storage file holds the key encrypted: neither its bytes nor their Base64 appear. */
	private void assertSecretNotInClear(byte[] secret) throws Exception {
		byte[] content = Files.readAllBytes(storage);
		String text = new String(content, StandardCharsets.ISO_8859_1);
		assertFalse(text.contains(Base64.getEncoder().encodeToString(secret)), "the key's Base64 in the storage file");
		assertFalse(text.contains(new String(secret, StandardCharsets.ISO_8859_1)), "the key's bytes in the storage file");
	}
}
