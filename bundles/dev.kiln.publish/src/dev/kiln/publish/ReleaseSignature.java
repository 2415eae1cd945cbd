package dev.kiln.publish;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.publish.internal.PublishText;

/**
 * The vendor's signature of a release: the release manifest's digest signed by the vendor identity,
 * with the identity's certificate chain, attached to the release as a referrer (docs/publishing.md).
 * The JSON document is deterministic and so is the signature, so the same release signed by the same
 * identity anywhere gives the same referrer.
 *
 * @param digest     the signed release manifest's digest ({@code sha256:…})
 * @param algorithm  the JCA signature algorithm, e.g. {@code SHA256withRSA}
 * @param signature  the signature of the UTF-8 bytes of {@code digest}
 * @param chain      the signer's certificate chain, signer first
 */
public record ReleaseSignature(String digest, String algorithm, byte[] signature, List<X509Certificate> chain) {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
	private static final String DIGEST = "digest"; //$NON-NLS-1$
	private static final String ALGORITHM = "algorithm"; //$NON-NLS-1$
	private static final String SIGNATURE = "signature"; //$NON-NLS-1$
	private static final String CERTIFICATES = "certificates"; //$NON-NLS-1$
	private static final String SIGNER = "signer"; //$NON-NLS-1$
	private static final String FINGERPRINT = "fingerprint"; //$NON-NLS-1$

	public ReleaseSignature {
		signature = signature.clone();
		chain = List.copyOf(chain);
	}

	/** Signs the release manifest {@code digest} with {@code identity}. */
	public static ReleaseSignature sign(VendorIdentity identity, String digest) throws GeneralSecurityException {
		return new ReleaseSignature(digest, identity.signatureAlgorithm(), identity.sign(digest.getBytes(StandardCharsets.UTF_8)),
				identity.chain());
	}

	/** The signer's certificate, or {@code null} for a signature without one (made by Kiln before identities). */
	public X509Certificate signer() {
		return chain.isEmpty() ? null : chain.get(0);
	}

	/** The signer's subject, or {@code null}. */
	public String subject() {
		return chain.isEmpty() ? null : signer().getSubjectX500Principal().getName();
	}

	/** The SHA-256 fingerprint of the signer's certificate ({@code sha256:…}), or {@code null}. */
	public String fingerprint() {
		return chain.isEmpty() ? null : VendorIdentity.fingerprint(signer());
	}

	/** Whether the signature is the signer's of {@code releaseDigest}: the document's digest and the signature both match. */
	public boolean verifies(String releaseDigest) {
		if (chain.isEmpty() || !digest.equals(releaseDigest)) {
			return false;
		}
		try {
			return VendorIdentity.verify(digest.getBytes(StandardCharsets.UTF_8), signature, algorithm, signer());
		} catch (GeneralSecurityException | RuntimeException e) {
			return false; // an unknown algorithm or a key that does not fit it: not a valid signature
		}
	}

	/** The JSON document attached to the release. */
	public byte[] toJson() {
		JsonObject json = new JsonObject();
		json.addProperty(DIGEST, digest);
		json.addProperty(ALGORITHM, algorithm);
		json.addProperty(SIGNATURE, Base64.getEncoder().encodeToString(signature));
		if (!chain.isEmpty()) {
			json.addProperty(SIGNER, subject());
			json.addProperty(FINGERPRINT, fingerprint());
		}
		JsonArray certificates = new JsonArray();
		for (X509Certificate certificate : chain) {
			try {
				certificates.add(Base64.getEncoder().encodeToString(certificate.getEncoded()));
			} catch (CertificateException e) {
				throw new IllegalStateException("a parsed certificate has a DER encoding", e); //$NON-NLS-1$
			}
		}
		json.add(CERTIFICATES, certificates);
		return GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads a signature document; the fields {@code signer} and {@code fingerprint} are only for people
	 * reading it and are not trusted — both are taken from the certificate.
	 *
	 * @throws PublishException {@link PublishException.Kind#PROTOCOL} when it is not a Kiln release signature
	 */
	public static ReleaseSignature parse(byte[] content) throws PublishException {
		try {
			JsonElement element = JsonParser.parseString(new String(content, StandardCharsets.UTF_8));
			if (!element.isJsonObject()) {
				throw new IllegalArgumentException(PublishText.Signature_notObject);
			}
			JsonObject json = element.getAsJsonObject();
			List<X509Certificate> chain = new ArrayList<>();
			JsonElement certificates = json.get(CERTIFICATES);
			if (certificates != null && certificates.isJsonArray()) {
				for (JsonElement certificate : certificates.getAsJsonArray()) {
					chain.add(VendorIdentity.certificate(Base64.getDecoder().decode(certificate.getAsString())));
				}
			}
			return new ReleaseSignature(required(json, DIGEST), required(json, ALGORITHM), Base64.getDecoder().decode(required(json, SIGNATURE)),
					chain);
		} catch (JsonParseException | IllegalArgumentException | IllegalStateException | CertificateException e) {
			throw new PublishException(PublishException.Kind.PROTOCOL, PublishText.bind(PublishText.Signature_unreadable, e.getMessage()), e);
		}
	}

	private static String required(JsonObject json, String key) {
		JsonElement value = json.get(key);
		if (value == null || value.isJsonNull()) {
			throw new IllegalArgumentException(PublishText.bind(PublishText.Signature_missingField, key));
		}
		return value.getAsString();
	}
}
