package dev.kiln.image.debian.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;

/** An archive signing key made for a test: signs Release texts the way the Debian archive does (clearsign). */
final class TestArchiveKey {

	private final JcaPGPKeyPair keyPair;

	private TestArchiveKey(JcaPGPKeyPair keyPair) {
		this.keyPair = keyPair;
	}

	static TestArchiveKey generate() throws NoSuchAlgorithmException, PGPException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		return new TestArchiveKey(new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PGPPublicKey.RSA_GENERAL,
				generator.generateKeyPair(), new Date()));
	}

	/** Writes a binary keyring holding this key, like {@code /usr/share/keyrings/*.gpg}. */
	Path writeKeyring(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file)) {
			new PGPPublicKeyRing(List.of(keyPair.getPublicKey())).encode(out);
		}
		return file;
	}

	/** @return the key id as the verifier's messages print it */
	String keyId() {
		return String.format("%016X", keyPair.getKeyID());
	}

	/** @return an InRelease: the text clear-signed with this key (RFC 4880 section 7) */
	byte[] clearSign(String text) throws PGPException, IOException {
		List<String> lines = List.of(text.split("\n"));
		// the signature covers the lines without trailing blanks, joined by CRLF, without the last line break
		String canonical = lines.stream().map(String::stripTrailing).collect(Collectors.joining("\r\n"));
		PGPSignatureGenerator signer = new PGPSignatureGenerator(
				new JcaPGPContentSignerBuilder(keyPair.getPublicKey().getAlgorithm(), HashAlgorithmTags.SHA256),
				keyPair.getPublicKey());
		signer.init(PGPSignature.CANONICAL_TEXT_DOCUMENT, keyPair.getPrivateKey());
		signer.update(canonical.getBytes(StandardCharsets.UTF_8));
		ByteArrayOutputStream armored = new ByteArrayOutputStream();
		try (ArmoredOutputStream armor = new ArmoredOutputStream(armored)) {
			signer.generate().encode(armor);
		}
		String escaped = lines.stream().map(line -> line.startsWith("-") ? "- " + line : line)
				.collect(Collectors.joining("\n"));
		return Stream.of("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n\n", escaped, "\n",
				armored.toString(StandardCharsets.US_ASCII)).collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8);
	}
}
