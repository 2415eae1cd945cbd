package dev.kiln.core.internal.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import dev.kiln.core.internal.CoreText;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;

/**
 * The vendor's signing identity in the workbench: kept in Eclipse secure storage (the private key
 * encrypted, the certificates in the clear), never in a file of the workspace or a plug-in's state.
 * Made or imported once; it signs the OVA of every workbench build, each release the Publish wizard
 * publishes and the update index. CI gives the same identity as a PKCS #12 keystore
 * ({@value VendorIdentity#KEYSTORE_VARIABLE}).
 * <p>
 * Kiln before identities kept a random Ed25519 key per workspace as a plain file in the UI plug-in's
 * state folder; the first use moves it here (wrapped in a self-signed certificate, so that releases it
 * signed keep their signer) and deletes the file.
 */
public final class VendorIdentityStore {

	private static final String NODE = "/dev.kiln/identity"; //$NON-NLS-1$
	/** Where an old key file goes when the vendor has an identity already. */
	static final String PREVIOUS = "/dev.kiln/identity-previous"; //$NON-NLS-1$
	private static final String ALGORITHM = "algorithm"; //$NON-NLS-1$
	private static final String KEY = "key"; //$NON-NLS-1$
	private static final String CERTIFICATES = "certificates"; //$NON-NLS-1$
	/** The old per-workspace key file, and the plug-in whose state folder held it. */
	static final String LEGACY_KEY_FILE = "signing-key.txt"; //$NON-NLS-1$
	private static final String LEGACY_PLUGIN = "dev.kiln.ui"; //$NON-NLS-1$
	private static final String CORE = "dev.kiln.core"; //$NON-NLS-1$
	private static final Duration MIGRATED_VALIDITY = Duration.ofDays(10 * 365);
	/** How long a certificate made in the workbench is valid. */
	public static final Duration CREATED_VALIDITY = Duration.ofDays(3 * 365);

	private final Path legacyKey;

	/** The workspace's store; an old key file in the UI plug-in's state folder is moved in on first use. */
	public VendorIdentityStore() {
		this(Platform.getStateLocation(Platform.getBundle(CORE)).toPath().resolveSibling(LEGACY_PLUGIN).resolve(LEGACY_KEY_FILE));
	}

	/** A store that moves in the old key file {@code legacyKey} (tests). */
	VendorIdentityStore(Path legacyKey) {
		this.legacyKey = legacyKey;
	}

	/** The identity, or empty when the vendor has none yet. */
	public Optional<VendorIdentity> identity() throws IdentityException {
		migrate();
		try {
			ISecurePreferences root = SecureStore.root();
			if (!root.nodeExists(NODE)) {
				return Optional.empty();
			}
			ISecurePreferences node = root.node(NODE);
			String key = node.get(KEY, null);
			if (key == null) {
				return Optional.empty();
			}
			List<byte[]> certificates = new ArrayList<>();
			for (String certificate : node.get(CERTIFICATES, "").split(" ")) { //$NON-NLS-1$ //$NON-NLS-2$
				if (!certificate.isEmpty()) {
					certificates.add(Base64.getDecoder().decode(certificate));
				}
			}
			return Optional.of(VendorIdentity.fromEncoded(node.get(ALGORITHM, null), Base64.getDecoder().decode(key), certificates));
		} catch (StorageException e) {
			throw new IdentityException(NLS.bind(CoreText.VendorIdentityStore_unreadable, e.getMessage()), e);
		}
	}

	/** Keeps {@code identity} as the vendor's identity, replacing any other. */
	public void save(VendorIdentity identity) throws IdentityException {
		save(NODE, identity);
	}

	private static void save(String path, VendorIdentity identity) throws IdentityException {
		try {
			ISecurePreferences node = SecureStore.root().node(path);
			node.put(ALGORITHM, identity.keyAlgorithm(), false);
			StringBuilder certificates = new StringBuilder();
			for (X509Certificate certificate : identity.chain()) {
				certificates.append(certificates.isEmpty() ? "" : " ").append(Base64.getEncoder().encodeToString(certificate.getEncoded())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			node.put(CERTIFICATES, certificates.toString(), false);
			node.put(KEY, Base64.getEncoder().encodeToString(identity.privateKeyBytes()), true);
			node.flush();
		} catch (StorageException | IOException | CertificateEncodingException e) {
			throw new IdentityException(NLS.bind(CoreText.VendorIdentityStore_notSaved, e.getMessage()), e);
		}
	}

	/** Makes a new identity for {@code name} (and {@code organization}) and keeps it. */
	public VendorIdentity create(String name, String organization) throws IdentityException {
		VendorIdentity identity = VendorIdentity.create(name, organization, CREATED_VALIDITY);
		save(identity);
		return identity;
	}

	/** Imports the key of a PKCS #12 keystore (its only one) and keeps it; the keystore file is left as it is. */
	public VendorIdentity importPkcs12(Path keystore, char[] password) throws IdentityException {
		VendorIdentity identity = VendorIdentity.fromPkcs12(keystore, password, null);
		save(identity);
		return identity;
	}

	/** Writes the certificate chain (the public part, for customers) to {@code file} as PEM. */
	public void exportCertificates(Path file) throws IdentityException {
		VendorIdentity identity = identity().orElseThrow(() -> new IdentityException(CoreText.VendorIdentityStore_none));
		try {
			Files.writeString(file, identity.certificatesPem(), StandardCharsets.US_ASCII);
		} catch (IOException e) {
			throw new IdentityException(NLS.bind(CoreText.VendorIdentityStore_notExported, file, e.getMessage()), e);
		}
	}

	/** Forgets the identity. */
	public void remove() throws IdentityException {
		try {
			ISecurePreferences root = SecureStore.root();
			if (root.nodeExists(NODE)) {
				root.node(NODE).removeNode();
				root.flush();
			}
		} catch (StorageException | IOException e) {
			throw new IdentityException(NLS.bind(CoreText.VendorIdentityStore_notSaved, e.getMessage()), e);
		}
	}

	/**
	 * Moves the old per-workspace key file into secure storage and deletes it. When an identity exists
	 * already, that one stays the identity and the old key is kept beside it ({@value #PREVIOUS}).
	 */
	private void migrate() throws IdentityException {
		if (!Files.exists(legacyKey)) {
			return;
		}
		try {
			String[] lines = Files.readString(legacyKey, StandardCharsets.US_ASCII).strip().split("\n"); //$NON-NLS-1$
			if (lines.length == 2) {
				KeyFactory factory = KeyFactory.getInstance("Ed25519"); //$NON-NLS-1$
				KeyPair keys = new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[0].strip()))),
						factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[1].strip()))));
				save(hasIdentity() ? PREVIOUS : NODE, VendorIdentity.selfSigned(keys, CoreText.VendorIdentityStore_migratedName, null,
						Files.getLastModifiedTime(legacyKey).toInstant(), MIGRATED_VALIDITY));
			}
			Files.delete(legacyKey);
		} catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
			throw new IdentityException(NLS.bind(CoreText.VendorIdentityStore_notMigrated, legacyKey, e.getMessage()), e);
		}
	}

	private static boolean hasIdentity() throws IdentityException {
		try {
			ISecurePreferences root = SecureStore.root();
			return root.nodeExists(NODE) && root.node(NODE).get(CERTIFICATES, null) != null;
		} catch (StorageException e) {
			throw new IdentityException(NLS.bind(CoreText.VendorIdentityStore_unreadable, e.getMessage()), e);
		}
	}
}
