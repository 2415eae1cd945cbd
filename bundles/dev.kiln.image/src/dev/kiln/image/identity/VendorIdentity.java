package dev.kiln.image.identity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import dev.kiln.image.internal.ImageText;

/**
 * The vendor's one signing identity: a private key and its X.509 certificate chain. It signs the OVA's
 * manifest ({@code .cert}), the release in the registry and the update index, so a customer sees one
 * publisher and can pin one fingerprint. Every signature it makes is deterministic (RSA PKCS #1 v1.5,
 * RFC 6979 ECDSA, Ed25519), so the same bytes signed twice give the same signature, whichever machine
 * signs them.
 * <p>
 * The workbench keeps it in Eclipse secure storage ({@link #privateKeyBytes()} encrypted, the chain in
 * the clear); CI gives it as a PKCS #12 keystore named by {@value #KEYSTORE_VARIABLE}.
 */
public final class VendorIdentity {

	/** Environment variable with the path of the PKCS #12 keystore. */
	public static final String KEYSTORE_VARIABLE = "KILN_SIGNING_KEYSTORE"; //$NON-NLS-1$
	/** Environment variable with the keystore's password (also the key's). */
	public static final String PASSWORD_VARIABLE = "KILN_SIGNING_PASSWORD"; //$NON-NLS-1$

	private static final String RSA = "RSA"; //$NON-NLS-1$
	private static final String EC = "EC"; //$NON-NLS-1$
	private static final String ED25519 = "Ed25519"; //$NON-NLS-1$
	private static final int RSA_BITS = 3072;

	private final PrivateKey key;
	private final List<X509Certificate> chain;

	private VendorIdentity(PrivateKey key, List<X509Certificate> chain) {
		this.key = key;
		this.chain = List.copyOf(chain);
	}

	/**
	 * An identity of a key and its chain (signer's certificate first).
	 *
	 * @throws IdentityException when the chain is empty or the certificate is not the key's
	 */
	public static VendorIdentity of(PrivateKey key, List<X509Certificate> chain) throws IdentityException {
		if (chain.isEmpty()) {
			throw new IdentityException(ImageText.VendorIdentity_noCertificate);
		}
		signatureAlgorithm(key.getAlgorithm());
		VendorIdentity identity = new VendorIdentity(key, chain);
		try {
			byte[] probe = "kiln identity check".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
			if (!verify(probe, identity.sign(probe), identity.signatureAlgorithm(), chain.get(0))) {
				throw new IdentityException(ImageText.bind(ImageText.VendorIdentity_notTheKeys, chain.get(0).getSubjectX500Principal().getName()));
			}
		} catch (GeneralSecurityException e) {
			throw new IdentityException(ImageText.bind(ImageText.OvaSigner_cannotSign, key.getAlgorithm(), e.getMessage()), e);
		}
		return identity;
	}

	/** An identity from its stored form: a PKCS #8 private key and DER certificates. */
	public static VendorIdentity fromEncoded(String algorithm, byte[] pkcs8, List<byte[]> certificates) throws IdentityException {
		try {
			PrivateKey key = KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
			List<X509Certificate> chain = new ArrayList<>();
			for (byte[] der : certificates) {
				chain.add(certificate(der));
			}
			return of(key, chain);
		} catch (GeneralSecurityException e) {
			throw new IdentityException(ImageText.bind(ImageText.VendorIdentity_storedUnreadable, e.getMessage()), e);
		}
	}

	/**
	 * Loads the key {@code alias} (the keystore's only key if {@code null}) and its chain from a PKCS #12
	 * keystore; {@code name} says in messages where the keystore came from.
	 */
	public static VendorIdentity fromPkcs12(InputStream keystore, char[] password, String alias, String name) throws IdentityException {
		try {
			KeyStore store = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
			store.load(keystore, password);
			List<String> keys = new ArrayList<>();
			for (String candidate : Collections.list(store.aliases())) {
				if (store.isKeyEntry(candidate)) {
					keys.add(candidate);
				}
			}
			String chosen = alias;
			if (chosen == null) {
				if (keys.size() != 1) {
					throw new IdentityException(name, ImageText.bind(ImageText.OvaSigner_severalKeys, keys.size(), keys), null);
				}
				chosen = keys.get(0);
			} else if (!keys.contains(chosen)) {
				throw new IdentityException(name, ImageText.bind(ImageText.OvaSigner_noSuchKey, alias, keys), null);
			}
			PrivateKey key = (PrivateKey) store.getKey(chosen, password);
			List<X509Certificate> chain = new ArrayList<>();
			Certificate[] certificates = store.getCertificateChain(chosen);
			for (Certificate certificate : certificates == null ? new Certificate[0] : certificates) {
				chain.add((X509Certificate) certificate);
			}
			if (chain.isEmpty()) {
				throw new IdentityException(name, ImageText.bind(ImageText.OvaSigner_noCertificate, chosen), null);
			}
			try {
				return of(key, chain);
			} catch (IdentityException e) {
				throw new IdentityException(name, e.detail(), e.getCause());
			}
		} catch (IOException e) {
			throw new IdentityException(name, ImageText.bind(ImageText.OvaSigner_unreadable, e.getMessage()), e);
		} catch (GeneralSecurityException e) {
			throw new IdentityException(name, ImageText.bind(ImageText.OvaSigner_cannotLoad, e.getMessage()), e);
		}
	}

	/** Loads a PKCS #12 keystore file (see {@link #fromPkcs12(InputStream, char[], String, String)}). */
	public static VendorIdentity fromPkcs12(Path keystore, char[] password, String alias) throws IdentityException {
		try (InputStream in = Files.newInputStream(keystore)) {
			return fromPkcs12(in, password, alias, keystore.toString());
		} catch (IOException e) {
			throw new IdentityException(keystore.toString(), ImageText.bind(ImageText.OvaSigner_unreadable, e.getMessage()), e);
		}
	}

	/**
	 * The identity of {@value #KEYSTORE_VARIABLE} and {@value #PASSWORD_VARIABLE} in {@code environment}
	 * (e.g. {@code System.getenv()}), or empty when the keystore variable is unset.
	 */
	public static Optional<VendorIdentity> fromEnvironment(Map<String, String> environment) throws IdentityException {
		String keystore = environment.get(KEYSTORE_VARIABLE);
		if (keystore == null || keystore.isBlank()) {
			return Optional.empty();
		}
		String password = environment.getOrDefault(PASSWORD_VARIABLE, ""); //$NON-NLS-1$
		return Optional.of(fromPkcs12(Path.of(keystore), password.toCharArray(), null));
	}

	/**
	 * A new identity: an RSA 3072 key and a self-signed certificate for {@code commonName} (and
	 * {@code organization} when not blank), valid for {@code validity} from now.
	 */
	public static VendorIdentity create(String commonName, String organization, Duration validity) throws IdentityException {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(RSA);
			generator.initialize(RSA_BITS);
			return selfSigned(generator.generateKeyPair(), commonName, organization, Instant.now(), validity);
		} catch (GeneralSecurityException e) {
			throw new IdentityException(ImageText.bind(ImageText.VendorIdentity_cannotMakeKey, e.getMessage()), e);
		}
	}

	/**
	 * An identity of an existing key pair with a new self-signed certificate (used to carry a key made
	 * before identities existed over into one).
	 */
	public static VendorIdentity selfSigned(KeyPair keys, String commonName, String organization, Instant from, Duration validity)
			throws IdentityException {
		// in DER order, most significant first, so that the subject reads "CN=…,O=…" (RFC 4514 reverses it)
		StringBuilder name = new StringBuilder();
		if (organization != null && !organization.isBlank()) {
			name.append("O=").append(escape(organization)).append(", "); //$NON-NLS-1$ //$NON-NLS-2$
		}
		name.append("CN=").append(escape(commonName)); //$NON-NLS-1$
		X500Name subject = new X500Name(name.toString());
		try {
			BigInteger serial = new BigInteger(1, MessageDigest.getInstance("SHA-256").digest(keys.getPublic().getEncoded())).shiftRight(96); //$NON-NLS-1$
			X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial, Date.from(from), Date.from(from.plus(validity)),
					subject, keys.getPublic());
			builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
			builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
			String algorithm = signatureAlgorithm(keys.getPrivate().getAlgorithm());
			Provider provider = new BouncyCastleProvider();
			X509Certificate certificate = new JcaX509CertificateConverter().setProvider(provider)
					.getCertificate(builder.build(new JcaContentSignerBuilder(algorithm).build(keys.getPrivate())));
			// a certificate as the JDK's own factory reads it, so that equals and getEncoded behave alike everywhere
			return of(keys.getPrivate(), List.of(certificate(certificate.getEncoded())));
		} catch (IOException | OperatorCreationException | GeneralSecurityException e) {
			throw new IdentityException(ImageText.bind(ImageText.VendorIdentity_cannotMakeCertificate, e.getMessage()), e);
		}
	}

	private static String escape(String value) {
		return value.strip().replace("\\", "\\\\").replace(",", "\\,").replace("+", "\\+").replace("=", "\\=").replace("\"", "\\\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	}

	/** The signer's certificate. */
	public X509Certificate certificate() {
		return chain.get(0);
	}

	/** The chain, signer first. */
	public List<X509Certificate> chain() {
		return chain;
	}

	/** The key's algorithm as the JCA names it: RSA, EC or Ed25519. */
	public String keyAlgorithm() {
		return key.getAlgorithm();
	}

	/** The signature algorithm this identity signs with, as the JCA names it. */
	public String signatureAlgorithm() {
		try {
			return signatureAlgorithm(key.getAlgorithm());
		} catch (IdentityException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The signer's subject, e.g. {@code CN=Acme Appliances,O=Acme}. */
	public String subject() {
		return certificate().getSubjectX500Principal().getName();
	}

	/** The SHA-256 of the signer's certificate: {@code sha256:<hex>}, what customers pin. */
	public String fingerprint() {
		return fingerprint(certificate());
	}

	/** When the signer's certificate expires. */
	public Instant notAfter() {
		return certificate().getNotAfter().toInstant();
	}

	/** The PKCS #8 encoding of the private key: for secure storage only, never a plain file. */
	public byte[] privateKeyBytes() {
		return key.getEncoded();
	}

	/** The certificate chain as PEM: the public part a vendor hands to customers. */
	public String certificatesPem() {
		StringBuilder pem = new StringBuilder();
		Base64.Encoder encoder = Base64.getMimeEncoder(64, new byte[] { '\n' });
		for (X509Certificate certificate : chain) {
			try {
				pem.append("-----BEGIN CERTIFICATE-----\n").append(encoder.encodeToString(certificate.getEncoded())) //$NON-NLS-1$
						.append("\n-----END CERTIFICATE-----\n"); //$NON-NLS-1$
			} catch (CertificateException e) {
				throw new IllegalStateException("a parsed certificate has a DER encoding", e); //$NON-NLS-1$
			}
		}
		return pem.toString();
	}

	/** The private key, for the OVA signer of this bundle. */
	public PrivateKey privateKey() {
		return key;
	}

	/** Signs {@code data} with {@link #signatureAlgorithm()}; the same data gives the same signature. */
	public byte[] sign(byte[] data) throws GeneralSecurityException {
		Signature signature = signer(signatureAlgorithm());
		signature.initSign(key);
		signature.update(data);
		return signature.sign();
	}

	/** Whether {@code signature} is {@code certificate}'s key's signature of {@code data} with {@code algorithm}. */
	public static boolean verify(byte[] data, byte[] signature, String algorithm, X509Certificate certificate) throws GeneralSecurityException {
		PublicKey publicKey = certificate.getPublicKey();
		Signature verifier = Signature.getInstance(algorithm);
		verifier.initVerify(publicKey);
		verifier.update(data);
		return verifier.verify(signature);
	}

	/** The SHA-256 of a certificate's DER encoding: {@code sha256:<hex>}, as {@code openssl x509 -fingerprint -sha256} shows it. */
	public static String fingerprint(X509Certificate certificate) {
		try {
			return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("a parsed certificate has a DER encoding and Java has SHA-256", e); //$NON-NLS-1$
		}
	}

	/** Reads a DER certificate. */
	public static X509Certificate certificate(byte[] der) throws CertificateException {
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)); //$NON-NLS-1$
	}

	/** The signature algorithm of a key algorithm: SHA-256 with RSA or ECDSA, or Ed25519. */
	static String signatureAlgorithm(String keyAlgorithm) throws IdentityException {
		return switch (keyAlgorithm) {
			case RSA -> "SHA256withRSA"; //$NON-NLS-1$
			case EC -> "SHA256withECDSA"; //$NON-NLS-1$
			case ED25519, "EdDSA" -> ED25519; //$NON-NLS-1$
			default -> throw new IdentityException(ImageText.bind(ImageText.VendorIdentity_unsupportedKey, keyAlgorithm));
		};
	}

	/** RFC 6979 deterministic ECDSA (BouncyCastle's ECDDSA) where the JDK's ECDSA would be random. */
	private static Signature signer(String algorithm) throws GeneralSecurityException {
		return "SHA256withECDSA".equals(algorithm) ? Signature.getInstance("SHA256withECDDSA", new BouncyCastleProvider()) //$NON-NLS-1$ //$NON-NLS-2$
				: Signature.getInstance(algorithm);
	}
}
