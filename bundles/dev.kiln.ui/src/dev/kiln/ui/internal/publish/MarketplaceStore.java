package dev.kiln.ui.internal.publish;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.osgi.service.prefs.BackingStoreException;

import dev.kiln.publish.Credentials;
import dev.kiln.publish.ReleaseSigner;

/**
 * The workspace's marketplaces (instance preferences), their passwords (Eclipse secure storage,
 * encrypted; never in the workspace), the publish history and the workspace's signing key (the
 * plug-in's state folder).
 */
public final class MarketplaceStore {

	/** System property naming a secure storage file to use instead of the default one (tests). */
	public static final String SECURE_STORAGE_PROPERTY = "kiln.secureStorage"; //$NON-NLS-1$
	private static final String PLUGIN = "dev.kiln.ui"; //$NON-NLS-1$
	private static final String MARKETPLACES = "marketplaces"; //$NON-NLS-1$
	private static final String SECURE_ROOT = "/dev.kiln/marketplaces/"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$
	private static final String HISTORY = "publish-history.tsv"; //$NON-NLS-1$
	private static final String KEY = "signing-key.txt"; //$NON-NLS-1$
	private static final String TAB = "\t"; //$NON-NLS-1$
	private static final String STOREFRONTS = "storefront"; //$NON-NLS-1$

	private final Path stateFolder;

	public MarketplaceStore() {
		this(Platform.getStateLocation(Platform.getBundle(PLUGIN)).toPath());
	}

	MarketplaceStore(Path stateFolder) {
		this.stateFolder = stateFolder;
	}

	/** The folder of a marketplace's storefront in the state folder: {@code storefront/<name>}. */
	public Path storefrontFolder(SavedMarketplace marketplace) {
		String name = marketplace.name().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		return stateFolder.resolve(STOREFRONTS).resolve(name.isEmpty() ? "marketplace" : name); //$NON-NLS-1$
	}

	// --- marketplaces ---------------------------------------------------------------------------

	/** The saved marketplaces, in the order they were added. */
	public List<SavedMarketplace> marketplaces() {
		List<SavedMarketplace> list = new ArrayList<>();
		for (String line : preferences().get(MARKETPLACES, "").split("\n")) { //$NON-NLS-1$ //$NON-NLS-2$
			String[] fields = line.split(TAB, -1);
			// 4 fields were written before the CA certificate was added
			if (fields.length == 4 || fields.length == 5) {
				try {
					list.add(new SavedMarketplace(fields[0], URI.create(fields[1]), fields[2], fields[3], fields.length == 5 ? fields[4] : "")); //$NON-NLS-1$
				} catch (IllegalArgumentException e) {
					// a damaged line: skip it, the others are still good
				}
			}
		}
		return list;
	}

	public Optional<SavedMarketplace> marketplace(String name) {
		return marketplaces().stream().filter(m -> m.name().equals(name)).findFirst();
	}

	/** Adds or replaces (by name) a marketplace, and its password when one is given. */
	public void save(SavedMarketplace marketplace, String password) throws StorageException, BackingStoreException, IOException {
		List<SavedMarketplace> list = new ArrayList<>(marketplaces());
		list.removeIf(m -> m.name().equals(marketplace.name()));
		list.add(marketplace);
		StringBuilder text = new StringBuilder();
		for (SavedMarketplace m : list) {
			text.append(String.join(TAB, clean(m.name()), m.url().toString(), clean(m.repository()), clean(m.user()), clean(m.caCertificate())))
					.append('\n');
		}
		IEclipsePreferences preferences = preferences();
		preferences.put(MARKETPLACES, text.toString());
		preferences.flush();
		if (password != null) {
			ISecurePreferences node = secureStorage().node(secureNode(marketplace.name()));
			node.put(PASSWORD, password, true);
			node.flush();
		}
	}

	/** The credentials of a saved marketplace: its user and the password from secure storage. */
	public Credentials credentials(SavedMarketplace marketplace) throws StorageException {
		if (marketplace.user() == null || marketplace.user().isEmpty()) {
			return Credentials.NONE;
		}
		String password = password(marketplace.name());
		return password == null ? Credentials.NONE : Credentials.of(marketplace.user(), password);
	}

	String password(String name) throws StorageException {
		ISecurePreferences root = secureStorage();
		String path = secureNode(name);
		return root.nodeExists(path) ? root.node(path).get(PASSWORD, null) : null;
	}

	private static String secureNode(String name) {
		return SECURE_ROOT + EncodingUtils.encodeSlashes(URLEncoder.encode(name, StandardCharsets.UTF_8));
	}

	private static ISecurePreferences secureStorage() throws StorageException {
		String file = System.getProperty(SECURE_STORAGE_PROPERTY);
		if (file == null) {
			return SecurePreferencesFactory.getDefault();
		}
		Map<String, Object> options = new HashMap<>();
		options.put(IProviderHints.PROMPT_USER, Boolean.FALSE);
		options.put(IProviderHints.DEFAULT_PASSWORD, new PBEKeySpec("kiln-test-storage".toCharArray())); //$NON-NLS-1$
		try {
			return SecurePreferencesFactory.open(Path.of(file).toUri().toURL(), options);
		} catch (IOException e) {
			throw new StorageException(StorageException.INTERNAL_ERROR, e);
		}
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PLUGIN);
	}

	private static String clean(String value) {
		return value == null ? "" : value.replace('\t', ' ').replace('\n', ' '); //$NON-NLS-1$
	}

	// --- history ---------------------------------------------------------------------------------

	/** What became of a publish. */
	public enum Outcome {
		STARTED, PUBLISHED, FAILED, CANCELLED
	}

	/** A publish from this workspace: when, where, what, and how it ended ({@code digest} once published). */
	public record HistoryEntry(String time, String marketplace, String reference, Outcome outcome, String digest) {
	}

	/** Appends to the history; a publish writes STARTED first, so one cut short (Eclipse closed) stays visible. */
	public void record(String marketplace, String reference, Outcome outcome, String digest) throws IOException {
		Files.createDirectories(stateFolder);
		String line = String.join(TAB, java.time.Instant.now().toString(), clean(marketplace), clean(reference), outcome.name(),
				digest == null ? "" : digest) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
		Files.writeString(stateFolder.resolve(HISTORY), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	public List<HistoryEntry> history() throws IOException {
		Path file = stateFolder.resolve(HISTORY);
		List<HistoryEntry> entries = new ArrayList<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String[] f = line.split(TAB, -1);
				if (f.length == 5) {
					try {
						entries.add(new HistoryEntry(f[0], f[1], f[2], Outcome.valueOf(f[3]), f[4].isEmpty() ? null : f[4]));
					} catch (IllegalArgumentException e) {
						// a line of another version: skip it
					}
				}
			}
		}
		return entries;
	}

	/** Publishes that started and never ended: Eclipse was closed or crashed meanwhile. */
	public List<HistoryEntry> unfinished() throws IOException {
		Map<String, HistoryEntry> last = new java.util.LinkedHashMap<>();
		for (HistoryEntry entry : history()) {
			last.put(entry.marketplace() + TAB + entry.reference(), entry);
		}
		return last.values().stream().filter(e -> e.outcome() == Outcome.STARTED).toList();
	}

	// --- signing key ----------------------------------------------------------------------------

	/** The workspace's Ed25519 signing key, made on first use and kept in the plug-in's state folder. */
	public ReleaseSigner signer() throws IOException, GeneralSecurityException {
		Path file = stateFolder.resolve(KEY);
		KeyFactory factory = KeyFactory.getInstance(ReleaseSigner.ALGORITHM);
		if (Files.exists(file)) {
			String[] lines = Files.readString(file, StandardCharsets.US_ASCII).strip().split("\n"); //$NON-NLS-1$
			return new ReleaseSigner(new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines[0]))),
					factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines[1])))));
		}
		KeyPair keys = ReleaseSigner.generateKeys();
		Files.createDirectories(stateFolder);
		Files.writeString(file, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()) + "\n" //$NON-NLS-1$
				+ Base64.getEncoder().encodeToString(keys.getPrivate().getEncoded()) + "\n", StandardCharsets.US_ASCII); //$NON-NLS-1$
		return new ReleaseSigner(keys);
	}
}
