package dev.kiln.image.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;

import dev.kiln.image.internal.BaseLayerCache;
import dev.kiln.image.internal.ImageText;

/**
 * The folder of Kiln's caches, shared by every build on the machine (workbench, {@code kiln build}, CI
 * jobs): base systems in {@code base/<key>/}, the VMDK grains of each appliance in {@code grains/<id>/},
 * the base file system of each appliance's root partition in {@code root/<id>/}, the Debian archive
 * indexes of each mirror in {@code debian/<hash>/}, the .debs of each suite, architecture and mirror in
 * {@code packages/<suite>-<architecture>-<hash>/}. Each entry folder has a lock file
 * beside it ({@code <folder>.lock}, a {@link CacheLock}) held by the build making or refreshing it; a
 * build that uses a base system also holds a lock file of its own in the entry's {@code users/} folder.
 * An entry whose locks are held is in use and never removed. The time of last use is the modification
 * time of the entry's {@code last-used} file.
 */
public final class BuildCache {

	/** What an entry holds. */
	public enum Kind {
		/** A base system made by mmdebstrap. */
		BASE_SYSTEM("base"), //$NON-NLS-1$
		/** The compressed grains of an appliance's last VMDK. */
		GRAINS("grains"), //$NON-NLS-1$
		/** The ext4 file system of an appliance's base system, before its application layer (ADR 018). */
		ROOT_FILE_SYSTEM("root"), //$NON-NLS-1$
		/** The Release and package indexes of one Debian mirror. */
		ARCHIVE_INDEX("debian"), //$NON-NLS-1$
		/** The .debs that base systems of one suite, architecture and mirror were made of. */
		PACKAGES("packages"); //$NON-NLS-1$

		private final String folder;

		Kind(String folder) {
			this.folder = folder;
		}

		/** The folder of this kind's entries in the cache. */
		public String folder() {
			return folder;
		}

		/** What people call it. */
		public String label() {
			return switch (this) {
				case BASE_SYSTEM -> ImageText.BuildCache_baseSystem;
				case GRAINS -> ImageText.BuildCache_grains;
				case ROOT_FILE_SYSTEM -> ImageText.BuildCache_rootFileSystem;
				case ARCHIVE_INDEX -> ImageText.BuildCache_archiveIndex;
				case PACKAGES -> ImageText.BuildCache_packages;
			};
		}
	}

	/**
	 * One entry of the cache.
	 *
	 * @param name      its folder's name (a base system's key, an appliance id, a mirror's hash)
	 * @param summary   what it holds, in words ("trixie/amd64, 188 packages, archive of …")
	 * @param stale     why it can never be used again (older format, superseded archive state), or {@code null}
	 */
	public record Entry(Kind kind, String name, String summary, Path folder, long bytes, Instant lastUsed, boolean inUse,
			String stale) {
	}

	/** An entry that {@link #prune} removed, and why. */
	public record Removal(Entry entry, String reason) {
	}

	private static final String LOCK_SUFFIX = ".lock"; //$NON-NLS-1$
	private static final String LAST_USED = "last-used"; //$NON-NLS-1$
	private static final String USERS = "users"; //$NON-NLS-1$

	private final Path root;

	/** @param root the cache folder (e.g. {@code ~/.cache/kiln}) */
	public BuildCache(Path root) {
		this.root = root;
	}

	/** The cache folder. */
	public Path root() {
		return root;
	}

	/** The lock file of an entry: beside its folder, so that removing the folder leaves the lock usable. */
	public static Path lockFile(Path entryFolder) {
		return entryFolder.resolveSibling(entryFolder.getFileName() + LOCK_SUFFIX);
	}

	/** Records that an entry is used now (the least recently used entries go first when the cache is full). */
	public static void touch(Path entryFolder) throws IOException {
		Path marker = Files.createDirectories(entryFolder).resolve(LAST_USED);
		if (!Files.exists(marker)) {
			Files.createFile(marker);
		}
		Files.setLastModifiedTime(marker, FileTime.from(Instant.now()));
	}

	/**
	 * Marks an entry as in use by this build until the returned lock is closed (call it with the entry's
	 * own lock held, so that nothing removes the entry in between); also {@link #touch touches} it.
	 */
	public static CacheLock use(Path entryFolder) throws IOException {
		touch(entryFolder);
		// a new name each time: kiln cache list may be looking at the file just made
		for (int attempt = 0; attempt < 20; attempt++) {
			CacheLock use = CacheLock.tryAcquire(entryFolder.resolve(USERS).resolve(UUID.randomUUID() + LOCK_SUFFIX));
			if (use != null) {
				return use;
			}
		}
		throw new IOException(entryFolder.resolve(USERS).toString());
	}

	/** Every entry, least recently used first. */
	public List<Entry> entries() throws IOException {
		List<Entry> entries = new ArrayList<>();
		for (Kind kind : Kind.values()) {
			for (Path folder : folders(root.resolve(kind.folder()))) {
				entries.add(entry(kind, folder));
			}
		}
		markSuperseded(entries);
		entries.sort(Comparator.comparing(Entry::lastUsed).thenComparing(Entry::name));
		return entries;
	}

	/** The bytes the cache's entries take. */
	public static long total(List<Entry> entries) {
		return entries.stream().mapToLong(Entry::bytes).sum();
	}

	/**
	 * Removes every entry not in use that is stale, unused for longer than {@code olderThan} (when not
	 * {@code null}), or any at all with {@code all}; then the least recently used ones until the cache
	 * holds at most {@code maxBytes}. Entries in use stay whatever they take.
	 */
	public List<Removal> prune(long maxBytes, Duration olderThan, boolean all) throws IOException {
		List<Removal> removed = new ArrayList<>();
		List<Entry> kept = new ArrayList<>();
		Instant cutoff = olderThan == null ? null : Instant.now().minus(olderThan);
		for (Entry entry : entries()) {
			String reason = all ? ImageText.BuildCache_removedAll
					: entry.stale() != null ? entry.stale()
							: cutoff != null && entry.lastUsed().isBefore(cutoff)
									? ImageText.bind(ImageText.BuildCache_removedOld, olderThan.toDays())
									: null;
			if (reason != null && !entry.inUse() && remove(entry)) {
				removed.add(new Removal(entry, reason));
			} else {
				kept.add(entry);
			}
		}
		long total = total(kept);
		for (Entry entry : kept) { // least recently used first
			if (total <= maxBytes) {
				break;
			}
			if (!entry.inUse() && remove(entry)) {
				removed.add(new Removal(entry, ImageText.bind(ImageText.BuildCache_removedForSpace, CachePolicy.formatSize(maxBytes))));
				total -= entry.bytes();
			}
		}
		removeOrphanLocks();
		return removed;
	}

	/** Removes an entry under its lock, unless a build holds it meanwhile. */
	private static boolean remove(Entry entry) throws IOException {
		CacheLock lock = CacheLock.tryAcquire(lockFile(entry.folder()));
		if (lock == null) {
			return false;
		}
		try {
			if (usersHoldIt(entry.folder(), true)) {
				lock.close();
				return false;
			}
			deleteTree(entry.folder());
		} catch (IOException | RuntimeException e) {
			lock.close();
			throw e;
		}
		lock.deleteAndClose();
		return true;
	}

	/** Lock files whose entry is gone (a build killed before it made the folder, or an older prune). */
	private void removeOrphanLocks() throws IOException {
		for (Kind kind : Kind.values()) {
			Path folder = root.resolve(kind.folder());
			if (!Files.isDirectory(folder)) {
				continue;
			}
			try (DirectoryStream<Path> locks = Files.newDirectoryStream(folder, "*" + LOCK_SUFFIX)) { //$NON-NLS-1$
				for (Path lockFile : locks) {
					String name = lockFile.getFileName().toString();
					if (!Files.exists(folder.resolve(name.substring(0, name.length() - LOCK_SUFFIX.length())))) {
						CacheLock lock = CacheLock.tryAcquire(lockFile);
						if (lock != null) {
							lock.deleteAndClose();
						}
					}
				}
			}
		}
	}

	private static Entry entry(Kind kind, Path folder) throws IOException {
		long bytes = 0;
		Instant newest = Instant.EPOCH;
		try (Stream<Path> walk = Files.walk(folder)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				try {
					bytes += Files.size(file);
					Instant modified = Files.getLastModifiedTime(file).toInstant();
					newest = modified.isAfter(newest) ? modified : newest;
				} catch (NoSuchFileException e) {
					// removed meanwhile
				}
			}
		}
		Path marker = folder.resolve(LAST_USED);
		Instant lastUsed = Files.exists(marker) ? Files.getLastModifiedTime(marker).toInstant() : newest;
		boolean inUse = CacheLock.isHeld(lockFile(folder)) || usersHoldIt(folder, false);
		String name = folder.getFileName().toString();
		return switch (kind) {
			case BASE_SYSTEM -> baseEntry(folder, name, bytes, lastUsed, inUse);
			case GRAINS -> new Entry(kind, name, ImageText.bind(ImageText.BuildCache_grainsSummary, name), folder, bytes, lastUsed, inUse, null);
			case ROOT_FILE_SYSTEM -> new Entry(kind, name, ImageText.bind(ImageText.BuildCache_rootFileSystemSummary, name), folder, bytes, lastUsed,
					inUse, null);
			case ARCHIVE_INDEX -> new Entry(kind, name, mirrorSummary(folder), folder, bytes, lastUsed, inUse, null);
			case PACKAGES -> new Entry(kind, name, packagesSummary(folder), folder, bytes, lastUsed, inUse, null);
		};
	}

	private static Entry baseEntry(Path folder, String name, long bytes, Instant lastUsed, boolean inUse) {
		Properties metadata = new Properties();
		try (InputStream in = Files.newInputStream(folder.resolve(BaseLayerCache.METADATA))) {
			metadata.load(in);
		} catch (IOException | IllegalArgumentException e) {
			// a build is making it, or one that did not finish left it
			return new Entry(Kind.BASE_SYSTEM, name, inUse ? ImageText.BuildCache_beingMade : ImageText.BuildCache_incomplete, folder, bytes,
					lastUsed, inUse, inUse ? null : ImageText.BuildCache_staleIncomplete);
		}
		String packages = metadata.getProperty("packages", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String summary = ImageText.bind(ImageText.BuildCache_baseSummary, new Object[] { metadata.getProperty("suite"), //$NON-NLS-1$
				metadata.getProperty("architecture"), packages.isBlank() ? 0 : packages.trim().split(" +").length, //$NON-NLS-1$ //$NON-NLS-2$
				metadata.getProperty("releaseDate") }); //$NON-NLS-1$
		String format = metadata.getProperty("format"); //$NON-NLS-1$
		String stale = BaseLayerCache.FORMAT.equals(format) ? null : ImageText.bind(ImageText.BuildCache_staleFormat, format, BaseLayerCache.FORMAT);
		return new Entry(Kind.BASE_SYSTEM, name, summary, folder, bytes, lastUsed, inUse, stale);
	}

	/**
	 * A base system of the same suite, architecture, packages, options and mirror as another of a later
	 * archive state is stale: the next build asks the archive for that state or a later one.
	 */
	private static void markSuperseded(List<Entry> entries) {
		Map<String, Instant> latest = new HashMap<>();
		Map<Entry, String[]> lineages = new HashMap<>();
		for (Entry entry : entries) {
			String[] lineage = lineage(entry);
			if (lineage != null) {
				lineages.put(entry, lineage);
				latest.merge(lineage[0], Instant.parse(lineage[1]), (a, b) -> a.isAfter(b) ? a : b);
			}
		}
		entries.replaceAll(entry -> {
			String[] lineage = lineages.get(entry);
			Instant newest = lineage == null ? null : latest.get(lineage[0]);
			if (newest == null || !Instant.parse(lineage[1]).isBefore(newest)) {
				return entry;
			}
			return new Entry(entry.kind(), entry.name(), entry.summary(), entry.folder(), entry.bytes(), entry.lastUsed(), entry.inUse(),
					ImageText.bind(ImageText.BuildCache_staleSuperseded, newest));
		});
	}

	/** {lineage, release date} of a current base system, else {@code null}. */
	private static String[] lineage(Entry entry) {
		if (entry.kind() != Kind.BASE_SYSTEM || entry.stale() != null) {
			return null;
		}
		Properties metadata = new Properties();
		try (InputStream in = Files.newInputStream(entry.folder().resolve(BaseLayerCache.METADATA))) {
			metadata.load(in);
			String lineage = metadata.getProperty("lineage"); //$NON-NLS-1$
			String date = metadata.getProperty("releaseDate"); //$NON-NLS-1$
			if (lineage == null || date == null) {
				return null;
			}
			Instant.parse(date);
			return new String[] { lineage, date };
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	private static String mirrorSummary(Path folder) {
		try {
			return ImageText.bind(ImageText.BuildCache_archiveSummary, Files.readString(folder.resolve("mirror")).trim()); //$NON-NLS-1$
		} catch (IOException e) {
			return ImageText.BuildCache_archiveUnknown;
		}
	}

	private static String packagesSummary(Path folder) throws IOException {
		String source;
		try {
			source = Files.readString(folder.resolve("source")).trim(); //$NON-NLS-1$
		} catch (IOException e) {
			source = ImageText.BuildCache_archiveUnknown;
		}
		return ImageText.bind(ImageText.BuildCache_packagesSummary, folders(folder.resolve("debs"), "*.deb").size(), source); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Whether a build holds one of the entry's user locks; with {@code removeLeftovers} (only under the entry's
	 * lock, when no build can register) the locks left by processes that ended are removed.
	 */
	private static boolean usersHoldIt(Path entryFolder, boolean removeLeftovers) throws IOException {
		Path users = entryFolder.resolve(USERS);
		boolean held = false;
		for (Path user : folders(users, "*" + LOCK_SUFFIX)) { //$NON-NLS-1$
			CacheLock lock = CacheLock.tryAcquire(user);
			if (lock == null) {
				held = true;
			} else if (removeLeftovers) {
				lock.deleteAndClose();
			} else {
				lock.close();
			}
		}
		return held;
	}

	private static List<Path> folders(Path folder) throws IOException {
		List<Path> folders = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, Files::isDirectory)) {
				children.forEach(folders::add);
			}
		}
		folders.sort(null);
		return folders;
	}

	private static List<Path> folders(Path folder, String glob) throws IOException {
		List<Path> files = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, glob)) {
				children.forEach(files::add);
			}
		}
		return files;
	}

	/**
	 * Deletes a temporary folder (or file) and everything in it, as far as it can: what cannot be removed, or what
	 * another process removes at the same time, is not worth failing for. Nothing for {@code null}.
	 */
	public static void deleteTreeQuietly(Path root) {
		if (root == null) {
			return;
		}
		try {
			deleteTree(root);
		} catch (IOException | java.io.UncheckedIOException e) {
			// left for the next clean-up of abandoned folders, or the system's
		}
	}

	/** Deletes a folder and everything in it. */
	public static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
