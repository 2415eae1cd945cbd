package dev.kiln.testsupport.debian;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.bouncycastle.bcpg.ArmoredOutputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.bcpg.PublicKeyPacket;
import org.bouncycastle.bcpg.SymmetricKeyAlgorithmTags;
import org.bouncycastle.bcpg.sig.KeyFlags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPKeyRingGenerator;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRing;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureSubpacketGenerator;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPDigestCalculatorProviderBuilder;
import org.bouncycastle.openpgp.operator.jcajce.JcaPGPKeyPair;

/**
 * An OpenPGP archive signing key for tests that gpgv and apt accept: RSA 3072, a user ID with a positive
 * self-certification, allowed to sign. It is derived from a seed, so every run and every JVM makes the
 * same key and, for the same text, the same InRelease bytes: caches keyed by an InRelease's SHA-256 (the
 * base systems) can be shared by the test modules. The key and its signatures are dated {@link #CREATED}.
 */
public final class TestArchiveKey {

	/** The creation time of every test key and of every signature it makes: fixed, so the bytes are. */
	public static final Instant CREATED = Instant.parse("2025-01-01T00:00:00Z");

	/** The seed of {@link #standard()}. */
	public static final String STANDARD_SEED = "Kiln test archive key";

	private static final int PRIME_BITS = 1536; // two of them make an RSA 3072 modulus
	private static final BigInteger PUBLIC_EXPONENT = BigInteger.valueOf(65537);

	private final String userId;
	private final JcaPGPKeyPair keyPair;
	private final PGPPublicKeyRing publicKeyRing;

	private TestArchiveKey(String userId, JcaPGPKeyPair keyPair, PGPPublicKeyRing publicKeyRing) {
		this.userId = userId;
		this.keyPair = keyPair;
		this.publicKeyRing = publicKeyRing;
	}

	/** The key the tests' archives are signed with unless a test needs another. */
	public static TestArchiveKey standard() {
		return Standard.KEY;
	}

	/**
	 * The key derived from {@code seed}: the same seed gives the same key. Its primes are the first primes
	 * after numbers read from a SHA-512 stream of the seed, which is what JDKs and BouncyCastle versions
	 * cannot change (a seeded SecureRandom given to a KeyPairGenerator gives a key that depends on the
	 * generator's algorithm).
	 */
	public static TestArchiveKey fromSeed(String seed) {
		try {
			BigInteger p = prime(seed, "p");
			BigInteger q = prime(seed, "q");
			BigInteger n = p.multiply(q);
			BigInteger d = PUBLIC_EXPONENT.modInverse(p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE)));
			KeyFactory rsa = KeyFactory.getInstance("RSA");
			RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) rsa.generatePrivate(new RSAPrivateCrtKeySpec(n, PUBLIC_EXPONENT, d, p, q,
					d.mod(p.subtract(BigInteger.ONE)), d.mod(q.subtract(BigInteger.ONE)), q.modInverse(p)));
			KeyPair pair = new KeyPair(rsa.generatePublic(new RSAPublicKeySpec(n, PUBLIC_EXPONENT)), privateKey);
			JcaPGPKeyPair keyPair = new JcaPGPKeyPair(PublicKeyPacket.VERSION_4, PGPPublicKey.RSA_GENERAL, pair, Date.from(CREATED));
			String userId = "Kiln test archive (" + seed + ") <archive@kiln.invalid>";
			return new TestArchiveKey(userId, keyPair, selfCertified(keyPair, userId));
		} catch (GeneralSecurityException | PGPException e) {
			throw new IllegalStateException("cannot make the test archive key from seed " + seed, e);
		}
	}

	/** The user ID of the key's self-certification. */
	public String userId() {
		return userId;
	}

	/** The key id as verifiers print it: 16 upper-case hex digits. */
	public String keyId() {
		return String.format("%016X", keyPair.getKeyID());
	}

	/** The v4 fingerprint: 40 upper-case hex digits. */
	public String fingerprint() {
		return HexFormat.of().withUpperCase().formatHex(keyPair.getPublicKey().getFingerprint());
	}

	/** The public key with its user ID and self-certification, as a binary keyring ({@code /usr/share/keyrings/*.gpg}). */
	public byte[] keyring() {
		try {
			return publicKeyRing.getEncoded();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes {@link #keyring()} to {@code file}. */
	public Path writeKeyring(Path file) throws IOException {
		Files.createDirectories(file.toAbsolutePath().getParent());
		return Files.write(file, keyring());
	}

	/**
	 * An InRelease: {@code text} clear-signed with this key (RFC 4880 section 7), SHA-512, signed at
	 * {@link #CREATED}. The same text always gives the same bytes.
	 */
	public byte[] clearSign(String text) {
		List<String> lines = List.of(text.split("\n"));
		// the signature covers the lines without trailing blanks, joined by CRLF, without the last line break
		String canonical = lines.stream().map(line -> line.replaceAll("[ \t]+$", "")).collect(Collectors.joining("\r\n"));
		try {
			PGPSignatureGenerator signer = new PGPSignatureGenerator(
					new JcaPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, HashAlgorithmTags.SHA512), keyPair.getPublicKey());
			signer.init(PGPSignature.CANONICAL_TEXT_DOCUMENT, keyPair.getPrivateKey());
			signer.setHashedSubpackets(datedSubpackets(0).generate());
			signer.update(canonical.getBytes(StandardCharsets.UTF_8));
			ByteArrayOutputStream armored = new ByteArrayOutputStream();
			// no "Version:" header: the bytes must not change with BouncyCastle's version
			try (ArmoredOutputStream armor = ArmoredOutputStream.builder().clearHeaders().build(armored)) {
				signer.generate().encode(armor);
			}
			String escaped = lines.stream().map(line -> line.startsWith("-") ? "- " + line : line)
					.collect(Collectors.joining("\n"));
			return ("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA512\n\n" + escaped + "\n"
					+ armored.toString(StandardCharsets.US_ASCII)).getBytes(StandardCharsets.UTF_8);
		} catch (PGPException | IOException e) {
			throw new IllegalStateException("cannot clear-sign with the test archive key", e);
		}
	}

	@Override
	public String toString() {
		return userId + " " + fingerprint();
	}

	private static PGPPublicKeyRing selfCertified(JcaPGPKeyPair keyPair, String userId) throws PGPException {
		PGPSignatureSubpacketGenerator certification = datedSubpackets(KeyFlags.CERTIFY_OTHER | KeyFlags.SIGN_DATA);
		certification.setPreferredHashAlgorithms(false, new int[] { HashAlgorithmTags.SHA512, HashAlgorithmTags.SHA256 });
		certification.setPreferredSymmetricAlgorithms(false, new int[] { SymmetricKeyAlgorithmTags.AES_256 });
		PGPKeyRingGenerator generator = new PGPKeyRingGenerator(PGPSignature.POSITIVE_CERTIFICATION, keyPair, userId,
				new JcaPGPDigestCalculatorProviderBuilder().build().get(HashAlgorithmTags.SHA1), certification.generate(), null,
				new JcaPGPContentSignerBuilder(PGPPublicKey.RSA_GENERAL, HashAlgorithmTags.SHA512), null);
		return generator.generatePublicKeyRing();
	}

	/** Subpackets with a fixed creation time (BouncyCastle adds "now" otherwise) and the issuer's fingerprint. */
	private static PGPSignatureSubpacketGenerator datedSubpackets(int keyFlags) {
		PGPSignatureSubpacketGenerator subpackets = new PGPSignatureSubpacketGenerator();
		subpackets.setSignatureCreationTime(true, Date.from(CREATED));
		if (keyFlags != 0) {
			subpackets.setKeyFlags(true, keyFlags);
		}
		return subpackets;
	}

	/** The first prime after a {@link #PRIME_BITS} number with its two top bits set, read from SHA-512(seed, label, counter). */
	private static BigInteger prime(String seed, String label) throws GeneralSecurityException {
		MessageDigest sha512 = MessageDigest.getInstance("SHA-512");
		ByteArrayOutputStream stream = new ByteArrayOutputStream();
		for (int counter = 0; stream.size() < PRIME_BITS / 8; counter++) {
			stream.writeBytes(sha512.digest((seed + '\0' + label + '\0' + counter).getBytes(StandardCharsets.UTF_8)));
		}
		byte[] bytes = Arrays.copyOf(stream.toByteArray(), PRIME_BITS / 8);
		bytes[0] |= (byte) 0xC0; // so that p * q has all 3072 bits
		BigInteger prime = new BigInteger(1, bytes).nextProbablePrime();
		while (!prime.subtract(BigInteger.ONE).gcd(PUBLIC_EXPONENT).equals(BigInteger.ONE)) {
			prime = prime.nextProbablePrime();
		}
		return prime;
	}

	/** The standard key, made once per JVM when first asked for (making it takes about a second). */
	private static final class Standard {
		static final TestArchiveKey KEY = fromSeed(STANDARD_SEED);
	}
}
