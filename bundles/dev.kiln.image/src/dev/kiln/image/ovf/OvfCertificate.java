package dev.kiln.image.ovf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kiln.image.internal.ImageText;
import dev.kiln.image.ovf.OvaException.Reason;

/**
 * The certificate file of a signed OVF package (DMTF DSP0243 clause 5.2): a line
 * {@code ALGORITHM(name.mf)= hex} with the signature of the manifest's bytes, then the signer's X.509
 * certificate (and optionally its chain) in PEM. The signature is PKCS #1 v1.5 for RSA keys and DER
 * (r, s) for EC keys, what {@code openssl dgst -sha256 -sign} makes and what ovftool reads.
 *
 * @param algorithm     the digest algorithm of the signature: SHA1, SHA256 or SHA512
 * @param manifestName  the manifest the signature covers
 * @param signature     the signature bytes
 * @param chain         the signer's certificate first, then any others
 */
public record OvfCertificate(String algorithm, String manifestName, byte[] signature, List<X509Certificate> chain) {

	private static final Pattern SIGNATURE_LINE = Pattern.compile("([A-Za-z0-9-]+)\\((.+)\\)\\s*=\\s*([0-9A-Fa-f]+)"); //$NON-NLS-1$

	/** Copies the chain and normalises the algorithm's case. */
	public OvfCertificate {
		algorithm = algorithm.toUpperCase(Locale.ROOT);
		signature = signature.clone();
		chain = List.copyOf(chain);
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("a certificate file holds at least the signer's certificate"); //$NON-NLS-1$
		}
	}

	/** The signer's certificate. */
	public X509Certificate signer() {
		return chain.get(0);
	}

	@Override
	public byte[] signature() {
		return signature.clone();
	}

	/**
	 * Parses a certificate file.
	 *
	 * @throws OvaException {@link Reason#BAD_CERTIFICATE} if the signature line or the certificates are malformed
	 */
	public static OvfCertificate parse(byte[] file, String packageName, String certName) throws OvaException {
		String text = new String(file, StandardCharsets.US_ASCII);
		int end = text.indexOf('\n');
		String first = (end < 0 ? text : text.substring(0, end)).trim();
		Matcher m = SIGNATURE_LINE.matcher(first);
		if (!m.matches()) {
			throw new OvaException(packageName, certName, Reason.BAD_CERTIFICATE,
					ImageText.bind(ImageText.OvfCertificate_badFirstLine, first));
		}
		List<X509Certificate> chain = new ArrayList<>();
		try {
			CertificateFactory factory = CertificateFactory.getInstance("X.509"); //$NON-NLS-1$
			for (var certificate : factory.generateCertificates(new ByteArrayInputStream(text.substring(end + 1).getBytes(StandardCharsets.US_ASCII)))) {
				chain.add((X509Certificate) certificate);
			}
		} catch (CertificateException | RuntimeException e) {
			throw new OvaException(packageName, certName, Reason.BAD_CERTIFICATE,
					ImageText.bind(ImageText.OvfCertificate_unreadable, e.getMessage()), e);
		}
		if (chain.isEmpty()) {
			throw new OvaException(packageName, certName, Reason.BAD_CERTIFICATE, ImageText.OvfCertificate_noCertificate);
		}
		return new OvfCertificate(m.group(1), m.group(2), HexFormat.of().parseHex(m.group(3).toLowerCase(Locale.ROOT)), chain);
	}

	/** The file's bytes: the signature line, then each certificate in PEM with 64-character lines. */
	public byte[] toBytes() {
		StringBuilder text = new StringBuilder();
		text.append(algorithm).append('(').append(manifestName).append(")= ").append(HexFormat.of().formatHex(signature)).append('\n'); //$NON-NLS-1$
		Base64.Encoder base64 = Base64.getMimeEncoder(64, new byte[] { '\n' });
		for (X509Certificate certificate : chain) {
			try {
				text.append("-----BEGIN CERTIFICATE-----\n").append(base64.encodeToString(certificate.getEncoded())) //$NON-NLS-1$
						.append("\n-----END CERTIFICATE-----\n"); //$NON-NLS-1$
			} catch (CertificateEncodingException e) {
				throw new IllegalStateException("a parsed certificate can be encoded again", e); //$NON-NLS-1$
			}
		}
		return text.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/** Whether the signature verifies over {@code manifest} with the signer's public key. */
	public boolean verifies(byte[] manifest, String packageName, String certName) throws OvaException {
		PublicKey key = signer().getPublicKey();
		try {
			Signature verifier = Signature.getInstance(signatureAlgorithm(algorithm, key.getAlgorithm(), packageName, certName));
			verifier.initVerify(key);
			verifier.update(manifest);
			return verifier.verify(signature);
		} catch (java.security.SignatureException e) {
			return false; // a malformed signature (e.g. not DER) is a signature that does not verify
		} catch (GeneralSecurityException e) {
			throw new OvaException(packageName, certName, Reason.UNSUPPORTED_ALGORITHM,
					ImageText.bind(ImageText.OvfCertificate_cannotVerify, algorithm, key.getAlgorithm(), e.getMessage()), e);
		}
	}

	/** The JCA name of a signature: SHA256withRSA, SHA256withECDSA, … */
	static String signatureAlgorithm(String digest, String keyAlgorithm, String packageName, String member) throws OvaException {
		String keyPart = switch (keyAlgorithm) {
			case "RSA" -> "RSA"; //$NON-NLS-1$ //$NON-NLS-2$
			case "EC" -> "ECDSA"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> throw new OvaException(packageName, member, Reason.UNSUPPORTED_ALGORITHM,
					ImageText.bind(ImageText.OvfCertificate_unsupportedKey, keyAlgorithm));
		};
		String digestPart = switch (digest.toUpperCase(Locale.ROOT)) {
			case "SHA1", "SHA256", "SHA512" -> digest.toUpperCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			default -> throw new OvaException(packageName, member, Reason.UNSUPPORTED_ALGORITHM,
					ImageText.bind(ImageText.OvfCertificate_unsupportedDigest, digest));
		};
		return digestPart + "with" + keyPart; //$NON-NLS-1$
	}
}
