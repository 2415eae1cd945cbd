package dev.kiln.publish;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;

/**
 * Signs the digest of a release's manifest (Ed25519); the signature is attached to the release as a
 * referrer (see docs/publishing.md).
 */
public final class ReleaseSigner {

	/** The signature algorithm, as named by the JCA and written into the signature document. */
	public static final String ALGORITHM = "Ed25519";

	private final KeyPair keys;

	public ReleaseSigner(KeyPair keys) {
		this.keys = keys;
	}

	/** A new key pair for {@link #ALGORITHM}. */
	public static KeyPair generateKeys() throws GeneralSecurityException {
		return java.security.KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
	}

	/** The public key, X.509 encoded in Base64, as written next to each signature. */
	public String publicKey() {
		return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
	}

	/** The Base64 signature of the UTF-8 bytes of {@code digest} ({@code sha256:…}). */
	public String sign(String digest) throws GeneralSecurityException {
		Signature signature = Signature.getInstance(ALGORITHM);
		signature.initSign(keys.getPrivate());
		signature.update(digest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(signature.sign());
	}

	/** Checks a signature made by {@link #sign(String)} with the public key of {@link #publicKey()}. */
	public static boolean verify(String digest, String signatureBase64, String publicKeyBase64) throws GeneralSecurityException {
		var key = java.security.KeyFactory.getInstance(ALGORITHM)
				.generatePublic(new java.security.spec.X509EncodedKeySpec(Base64.getDecoder().decode(publicKeyBase64)));
		Signature signature = Signature.getInstance(ALGORITHM);
		signature.initVerify(key);
		signature.update(digest.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		return signature.verify(Base64.getDecoder().decode(signatureBase64));
	}
}
