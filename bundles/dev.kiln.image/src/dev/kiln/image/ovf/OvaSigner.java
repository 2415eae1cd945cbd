package dev.kiln.image.ovf;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.internal.ImageText;
import dev.kiln.image.ovf.OvaException.Reason;

/**
 * Signs the manifest of an OVF package with an X.509 key from a PKCS #12 keystore, producing the
 * certificate file of DMTF DSP0243 clause 5.2 ({@link OvfCertificate}): SHA-256 with RSA (PKCS #1
 * v1.5) or with ECDSA. ECDSA signatures are deterministic (RFC 6979, BouncyCastle's ECDDSA), so that
 * the same package signed twice gives the same bytes; any ECDSA verifier checks them.
 * <p>
 * The keystore's path and password come from the caller: the IDE reads them from Eclipse secure
 * storage, CI from the environment ({@link #fromEnvironment}).
 */
public final class OvaSigner {

	/** Environment variable with the path of the PKCS #12 keystore. */
	public static final String KEYSTORE_VARIABLE = VendorIdentity.KEYSTORE_VARIABLE;
	/** Environment variable with the keystore's password (also the key's). */
	public static final String PASSWORD_VARIABLE = VendorIdentity.PASSWORD_VARIABLE;

	private final PrivateKey key;
	private final List<X509Certificate> chain;
	private final Provider provider = new BouncyCastleProvider();

	private OvaSigner(PrivateKey key, List<X509Certificate> chain) {
		this.key = key;
		this.chain = List.copyOf(chain);
	}

	/**
	 * The signer of the vendor's identity, the one that also signs releases and update indexes.
	 *
	 * @throws OvaException {@link Reason#SIGNING_KEY} when its key cannot sign an OVF package (see {@link #accepts})
	 */
	public static OvaSigner of(VendorIdentity identity) throws OvaException {
		OvfCertificate.signatureAlgorithm("SHA256", identity.keyAlgorithm(), identity.subject(), null); //$NON-NLS-1$
		return new OvaSigner(identity.privateKey(), identity.chain());
	}

	/** Whether the identity's key can sign an OVF package: DSP0243's certificate file takes RSA and ECDSA, not Ed25519. */
	public static boolean accepts(VendorIdentity identity) {
		try {
			OvfCertificate.signatureAlgorithm("SHA256", identity.keyAlgorithm(), identity.subject(), null); //$NON-NLS-1$
			return true;
		} catch (OvaException e) {
			return false;
		}
	}

	/**
	 * Loads the one private key of a PKCS #12 keystore and its certificate chain.
	 *
	 * @throws OvaException {@link Reason#SIGNING_KEY} if the keystore cannot be read, the password is
	 *                      wrong, or it holds no key or several
	 */
	public static OvaSigner fromPkcs12(Path keystore, char[] password) throws OvaException {
		return fromPkcs12(keystore, password, null);
	}

	/** Loads the key {@code alias} (any single key if {@code null}) of a PKCS #12 keystore. */
	public static OvaSigner fromPkcs12(Path keystore, char[] password, String alias) throws OvaException {
		try {
			return of(VendorIdentity.fromPkcs12(keystore, password, alias));
		} catch (IdentityException e) {
			throw new OvaException(keystore.toString(), null, Reason.SIGNING_KEY, e.detail(), e);
		}
	}

	/**
	 * The signer configured by {@value #KEYSTORE_VARIABLE} and {@value #PASSWORD_VARIABLE} in
	 * {@code environment} (e.g. {@code System.getenv()}), or empty if the keystore variable is unset.
	 */
	public static Optional<OvaSigner> fromEnvironment(Map<String, String> environment) throws OvaException {
		String keystore = environment.get(KEYSTORE_VARIABLE);
		if (keystore == null || keystore.isBlank()) {
			return Optional.empty();
		}
		String password = environment.getOrDefault(PASSWORD_VARIABLE, ""); //$NON-NLS-1$
		return Optional.of(fromPkcs12(Path.of(keystore), password.toCharArray()));
	}

	/** The vendor identity this signer signs as: it also signs update bundles (ADR 026). */
	public VendorIdentity identity() throws IdentityException {
		return VendorIdentity.of(key, chain);
	}

	/** The signer's certificate. */
	public X509Certificate certificate() {
		return chain.get(0);
	}

	/** Signs {@code manifest} (the bytes of the file {@code manifestName}): the certificate file. */
	public OvfCertificate sign(String manifestName, byte[] manifest) throws OvaException {
		Objects.requireNonNull(manifestName);
		try {
			String algorithm = OvfCertificate.signatureAlgorithm("SHA256", key.getAlgorithm(), manifestName, null); //$NON-NLS-1$
			// RFC 6979 deterministic ECDSA: same manifest, same signature
			Signature signer = "SHA256withECDSA".equals(algorithm) ? Signature.getInstance("SHA256withECDDSA", provider) //$NON-NLS-1$ //$NON-NLS-2$
					: Signature.getInstance(algorithm);
			signer.initSign(key);
			signer.update(manifest);
			return new OvfCertificate("SHA256", manifestName, signer.sign(), chain); //$NON-NLS-1$
		} catch (GeneralSecurityException e) {
			throw new OvaException(manifestName, null, Reason.SIGNING_KEY,
					ImageText.bind(ImageText.OvaSigner_cannotSign, key.getAlgorithm(), e.getMessage()), e);
		}
	}
}
