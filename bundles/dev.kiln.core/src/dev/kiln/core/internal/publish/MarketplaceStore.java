package dev.kiln.core.internal.publish;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.StorageException;
import org.osgi.service.prefs.BackingStoreException;

import dev.kiln.build.ReleasePublisher;
import dev.kiln.build.ReleasePublisher.Outcome;
import dev.kiln.publish.Credentials;

/**
 * The workspace's marketplaces (instance preferences), their passwords (Eclipse secure storage,
 * encrypted; never in the workspace), and the publish history (the plug-in's state folder). The
 * vendor's signing key is kept by {@link VendorIdentityStore}.
 */
public final class MarketplaceStore {

	private static final String PLUGIN = "dev.kiln.core"; //$NON-NLS-1$
	/** Where Kiln kept the marketplaces and the history before they moved to core. */
	private static final String FORMER_PLUGIN = "dev.kiln.ui"; //$NON-NLS-1$
	private static final String MARKETPLACES = "marketplaces"; //$NON-NLS-1$
	private static final String SECURE_ROOT = "/dev.kiln/marketplaces/"; //$NON-NLS-1$
	private static final String PASSWORD = "password"; //$NON-NLS-1$
	private static final String HISTORY = "publish-history.tsv"; //$NON-NLS-1$
	private static final String TAB = "\t"; //$NON-NLS-1$
	private static final String STOREFRONTS = "storefront"; //$NON-NLS-1$

	private final Path stateFolder;

	public MarketplaceStore() {
		this(Platform.getStateLocation(Platform.getBundle(PLUGIN)).toPath());
	}

	MarketplaceStore(Path stateFolder) {
		this.stateFolder = stateFolder;
		moveFromFormerPlugin();
	}

	/** The state folder of the plug-in, where the history and the storefronts are. */
	public Path stateFolder() {
		return stateFolder;
	}

	/**
	 * Carries marketplaces, history and storefronts kept by the UI plug-in of earlier Kiln versions over
	 * to core, once: whatever core already has wins.
	 */
	private void moveFromFormerPlugin() {
		IEclipsePreferences former = InstanceScope.INSTANCE.getNode(FORMER_PLUGIN);
		String saved = former.get(MARKETPLACES, null);
		if (saved != null) {
			IEclipsePreferences preferences = preferences();
			if (preferences.get(MARKETPLACES, null) == null) {
				preferences.put(MARKETPLACES, saved);
			}
			former.remove(MARKETPLACES);
			try {
				preferences.flush();
				former.flush();
			} catch (BackingStoreException e) {
				// written on the next flush; the values are in memory already
			}
		}
		Path formerFolder = stateFolder.resolveSibling(FORMER_PLUGIN);
		for (String name : List.of(HISTORY, STOREFRONTS)) {
			Path source = formerFolder.resolve(name);
			Path target = stateFolder.resolve(name);
			if (Files.exists(source) && !Files.exists(target)) {
				try {
					Files.createDirectories(stateFolder);
					Files.move(source, target);
				} catch (IOException e) {
					// left where it was: the history is a convenience, storefronts are regenerated
				}
			}
		}
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
		return SecureStore.root();
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(PLUGIN);
	}

	private static String clean(String value) {
		return value == null ? "" : value.replace('\t', ' ').replace('\n', ' '); //$NON-NLS-1$
	}

	// --- history ---------------------------------------------------------------------------------

	/** A publish from this workspace: when, where, what, and how it ended ({@code digest} once published). */
	public record HistoryEntry(String time, String marketplace, String reference, Outcome outcome, String digest) {
	}

	/** The history as the publisher records into it. */
	public ReleasePublisher.History history() {
		return (marketplace, reference, outcome, digest) -> record(marketplace, reference, outcome, digest);
	}

	/** Appends to the history; a publish writes STARTED first, so one cut short (Eclipse closed) stays visible. */
	public void record(String marketplace, String reference, Outcome outcome, String digest) throws IOException {
		Files.createDirectories(stateFolder);
		String line = String.join(TAB, java.time.Instant.now().toString(), clean(marketplace), clean(reference), outcome.name(),
				digest == null ? "" : digest) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$
		Files.writeString(stateFolder.resolve(HISTORY), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	public List<HistoryEntry> entries() throws IOException {
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
		for (HistoryEntry entry : entries()) {
			last.put(entry.marketplace() + TAB + entry.reference(), entry);
		}
		return last.values().stream().filter(e -> e.outcome() == Outcome.STARTED).toList();
	}
}
