package dev.kiln.image.debian;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bouncycastle.bcpg.ArmoredInputStream;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPObjectFactory;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPPublicKeyRingCollection;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.PGPUtil;
import org.bouncycastle.openpgp.operator.bc.BcKeyFingerprintCalculator;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;
import org.bouncycastle.util.encoders.Hex;

import dev.kiln.image.debian.DebianArchiveException.Reason;
import dev.kiln.image.internal.ImageText;

/**
 * Checks the OpenPGP clear-signature of an InRelease file (RFC 4880 section 7) against a keyring,
 * the way apt's gpgv call does: at least one good signature by a valid key of the keyring, no bad
 * signature by any key of it, a hash stronger than SHA-1, and nothing outside the signed block.
 */
final class InReleaseVerifier {

	/** The text the signatures cover, with the keys whose signatures verified. */
	record Verified(String text, List<String> signers) {
	}

	private static final String BEGIN_MESSAGE = "-----BEGIN PGP SIGNED MESSAGE-----"; //$NON-NLS-1$
	private static final String BEGIN_SIGNATURE = "-----BEGIN PGP SIGNATURE-----"; //$NON-NLS-1$
	private static final String END_SIGNATURE = "-----END PGP SIGNATURE-----"; //$NON-NLS-1$

	private final Path keyringFile;
	private PGPPublicKeyRingCollection keyring;

	InReleaseVerifier(Path keyringFile) {
		this.keyringFile = keyringFile;
	}

	Path keyringFile() {
		return keyringFile;
	}

	/**
	 * @param file     the InRelease bytes
	 * @param suite    the suite, for messages
	 * @param location where the file came from (URL or cache path), for messages
	 */
	Verified verify(byte[] file, String suite, String location) throws DebianArchiveException {
		// ISO-8859-1 maps bytes to chars one to one, so the signed bytes are exactly the file's
		String[] lines = new String(file, StandardCharsets.ISO_8859_1).split("\n", -1); //$NON-NLS-1$
		for (int i = 0; i < lines.length; i++) {
			lines[i] = stripEnd(lines[i], "\r"); //$NON-NLS-1$
		}
		if (!lines[0].equals(BEGIN_MESSAGE)) {
			boolean signedLater = List.of(lines).contains(BEGIN_MESSAGE);
			throw new DebianArchiveException(signedLater ? Reason.MALFORMED : Reason.NOT_SIGNED, signedLater
					? ImageText.bind(ImageText.InReleaseVerifier_malformed, suite, location, ImageText.InReleaseVerifier_textBefore)
					: ImageText.bind(ImageText.InReleaseVerifier_notSigned, suite, location));
		}
		int line = 1;
		while (line < lines.length && !lines[line].isEmpty()) {
			line++; // armor headers ("Hash: SHA256"); the signature packets name their hash themselves
		}
		line++;
		ByteArrayOutputStream signed = new ByteArrayOutputStream(file.length);
		StringBuilder text = new StringBuilder(file.length);
		boolean first = true;
		for (; line < lines.length && !lines[line].equals(BEGIN_SIGNATURE); line++) {
			String content = lines[line];
			if (content.startsWith("- ")) { //$NON-NLS-1$
				content = content.substring(2);
			} else if (content.startsWith("-")) { //$NON-NLS-1$
				throw new DebianArchiveException(Reason.MALFORMED, ImageText.bind(ImageText.InReleaseVerifier_malformed,
						suite, location, ImageText.bind(ImageText.InReleaseVerifier_unescapedDash, line + 1)));
			}
			if (!first) {
				signed.writeBytes(new byte[] { '\r', '\n' });
			}
			first = false;
			// RFC 4880 7.1: trailing spaces and tabs are not part of the signed text
			signed.writeBytes(stripEnd(content, " \t").getBytes(StandardCharsets.ISO_8859_1)); //$NON-NLS-1$
			text.append(content).append('\n');
		}
		int signatureStart = line;
		while (line < lines.length && !lines[line].equals(END_SIGNATURE)) {
			line++;
		}
		if (line >= lines.length) {
			throw new DebianArchiveException(Reason.MALFORMED,
					ImageText.bind(ImageText.InReleaseVerifier_malformed, suite, location, ImageText.InReleaseVerifier_notClosed));
		}
		for (int after = line + 1; after < lines.length; after++) {
			if (!lines[after].isBlank()) {
				throw new DebianArchiveException(Reason.MALFORMED,
						ImageText.bind(ImageText.InReleaseVerifier_malformed, suite, location, ImageText.InReleaseVerifier_textAfter));
			}
		}
		String armor = String.join("\n", List.of(lines).subList(signatureStart, line + 1)) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
		List<PGPSignature> signatures = signatures(armor, suite, location);
		String decoded = new String(text.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
		return new Verified(decoded, check(signatures, signed.toByteArray(), suite, location));
	}

	private static List<PGPSignature> signatures(String armor, String suite, String location) throws DebianArchiveException {
		List<PGPSignature> signatures = new ArrayList<>();
		try (InputStream in = new ArmoredInputStream(new ByteArrayInputStream(armor.getBytes(StandardCharsets.US_ASCII)))) {
			PGPObjectFactory factory = new PGPObjectFactory(in, new BcKeyFingerprintCalculator());
			Object object;
			while ((object = factory.nextObject()) != null) {
				if (!(object instanceof PGPSignatureList list)) {
					throw new IOException(ImageText.bind(ImageText.InReleaseVerifier_notASignature, object.getClass().getSimpleName()));
				}
				list.forEach(signatures::add);
			}
		} catch (IOException e) {
			throw new DebianArchiveException(Reason.MALFORMED,
					ImageText.bind(ImageText.InReleaseVerifier_malformed, suite, location, e.getMessage()), e);
		}
		if (signatures.isEmpty()) {
			throw new DebianArchiveException(Reason.NOT_SIGNED, ImageText.bind(ImageText.InReleaseVerifier_notSigned, suite, location));
		}
		return signatures;
	}

	private List<String> check(List<PGPSignature> signatures, byte[] signed, String suite, String location)
			throws DebianArchiveException {
		PGPPublicKeyRingCollection keys = keyring();
		List<String> good = new ArrayList<>();
		List<String> unusable = new ArrayList<>();
		for (PGPSignature signature : signatures) {
			String keyId = String.format(Locale.ROOT, "%016X", signature.getKeyID()); //$NON-NLS-1$
			PGPPublicKey key = keys.getPublicKey(signature.getKeyID());
			if (key == null) {
				unusable.add(ImageText.bind(ImageText.InReleaseVerifier_keyUnknown, keyId));
				continue;
			}
			String unusableBecause = unusableBecause(key, signature, keyId);
			if (unusableBecause != null) {
				unusable.add(unusableBecause);
				continue;
			}
			boolean verified;
			try {
				signature.init(new BcPGPContentVerifierBuilderProvider(), key);
				signature.update(signed);
				verified = signature.verify();
			} catch (PGPException | RuntimeException e) {
				verified = false;
			}
			if (!verified) {
				// a key we trust signed something else: the text was altered, whatever the other signatures say
				throw new DebianArchiveException(Reason.BAD_SIGNATURE,
						ImageText.bind(ImageText.InReleaseVerifier_badSignature, suite, location, keyId));
			}
			good.add(Hex.toHexString(key.getFingerprint()).toUpperCase(Locale.ROOT));
		}
		if (good.isEmpty()) {
			throw new DebianArchiveException(Reason.UNKNOWN_KEY, ImageText.bind(ImageText.InReleaseVerifier_unknownKey, suite,
					location, keyringFile, String.join(", ", unusable))); //$NON-NLS-1$
		}
		return good;
	}

	/** @return why the key cannot vouch for this signature, or null when it can */
	private static String unusableBecause(PGPPublicKey key, PGPSignature signature, String keyId) {
		if (key.hasRevocation()) {
			return ImageText.bind(ImageText.InReleaseVerifier_keyRevoked, keyId);
		}
		long validSeconds = key.getValidSeconds();
		Instant expiry = key.getCreationTime().toInstant().plusSeconds(validSeconds);
		if (validSeconds > 0 && signature.getCreationTime().toInstant().isAfter(expiry)) {
			return ImageText.bind(ImageText.InReleaseVerifier_keyExpired, keyId, expiry);
		}
		return switch (signature.getHashAlgorithm()) {
			case HashAlgorithmTags.SHA224, HashAlgorithmTags.SHA256, HashAlgorithmTags.SHA384, HashAlgorithmTags.SHA512,
					HashAlgorithmTags.SHA3_256, HashAlgorithmTags.SHA3_512 -> null;
			default -> ImageText.bind(ImageText.InReleaseVerifier_weakHash, keyId, signature.getHashAlgorithm());
		};
	}

	private synchronized PGPPublicKeyRingCollection keyring() throws DebianArchiveException {
		if (keyring == null) {
			try (InputStream file = Files.newInputStream(keyringFile)) {
				// binary (.gpg) or ASCII-armored (.asc) keyrings alike
				keyring = new PGPPublicKeyRingCollection(PGPUtil.getDecoderStream(file), new BcKeyFingerprintCalculator());
			} catch (IOException | PGPException e) {
				throw new DebianArchiveException(Reason.KEYRING,
						ImageText.bind(ImageText.InReleaseVerifier_keyring, keyringFile, CauseDescription.of(e)), e);
			}
		}
		return keyring;
	}

	private static String stripEnd(String line, String characters) {
		int end = line.length();
		while (end > 0 && characters.indexOf(line.charAt(end - 1)) >= 0) {
			end--;
		}
		return line.substring(0, end);
	}
}
