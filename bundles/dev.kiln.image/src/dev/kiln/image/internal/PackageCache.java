package dev.kiln.image.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kiln.image.BuildRecipe.BaseSystem;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.cache.CacheLock;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.image.debian.BinaryPackage;

/**
 * The Debian packages (.debs) that base-system builds downloaded, kept for the next base system of the same
 * suite, architecture and mirror: one entry {@code packages/<suite>-<architecture>-<mirror hash>/} with the
 * files in {@code debs/} under apt's own names ({@code name_version_architecture.deb}, the epoch's colon as
 * {@code %3a}). mmdebstrap gets them the way its manual shows (a setup hook that {@code sync-in}s them into
 * {@code /var/cache/apt/archives}, {@code --skip=essential/unlink}, a customize hook that {@code sync-out}s what
 * apt downloaded); its cleanup ({@code apt-get clean}) then removes every .deb, so the base system's bytes
 * are the same with or without this cache.
 * <p>
 * Several builds use one entry at once: each offers and collects in a folder of its own
 * ({@code build-<uuid>/}); a .deb enters {@code debs/} only after its size and SHA-256 matched the signed
 * package index, by an atomic rename. A .deb is offered only when it still matches the current index (a
 * name is one content in the Debian archive, and apt may take a file it finds in its archive cache without
 * checking its hash), and one the index no longer lists is removed.
 */
public final class PackageCache {

	private static final String DEBS = "debs"; //$NON-NLS-1$
	private static final String SOURCE = "source"; //$NON-NLS-1$
	private static final String BUILD_PREFIX = "build-"; //$NON-NLS-1$
	private static final String DEB = ".deb"; //$NON-NLS-1$
	/** The folder inside the chroot that the offered .debs are synced into, then moved out of. */
	private static final String CHROOT_OFFER = "/var/cache/apt/archives/kiln-offer"; //$NON-NLS-1$
	/** A build's folder left by a process that ended without removing it. */
	private static final Duration ABANDONED_AFTER = Duration.ofHours(6);

	private final Path root;
	private final Duration lockWait;

	/** @param root the cache's {@code packages} folder */
	public PackageCache(Path root, Duration lockWait) {
		this.root = root;
		this.lockWait = lockWait;
	}

	/** The entry of a suite, architecture and mirror. */
	public Path entry(BaseSystem os, URI mirror) {
		String mirrorHash = Sha256.of(mirror.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 16);
		return root.resolve(os.suite() + "-" + os.architecture() + "-" + mirrorHash); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * Opens the entry for one base-system build: registers the build as a user of the entry (so that no
	 * prune removes it meanwhile) and makes the build's folders. Nothing is offered until {@link Session#offer}.
	 */
	public Session open(BaseSystem os, URI mirror, Progress progress) throws ImageBuildException {
		Path entry = entry(os, mirror);
		try (CacheLock lock = CacheLock.acquire(BuildCache.lockFile(entry), ImageText.bind(ImageText.PackageCache_waiting, entry),
				lockWait, progress)) {
			Files.createDirectories(entry.resolve(DEBS));
			Files.writeString(entry.resolve(SOURCE), os.suite() + "/" + os.architecture() + " " + mirror + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			removeAbandoned(entry);
			Session session = new Session(entry, entry.resolve(BUILD_PREFIX + UUID.randomUUID()), BuildCache.use(entry));
			try {
				// mode 0755 as apt makes its own folders: sync-in copies the folder's metadata to the chroot's
				Files.createDirectories(session.offerFolder(),
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))); //$NON-NLS-1$
				Files.createDirectories(session.incomingFolder());
			} catch (IOException | RuntimeException e) {
				session.close();
				throw e;
			}
			return session;
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.PackageCache_cannotUse, entry, e.getMessage()), e);
		}
	}

	/** The file name apt gives a package in its archive cache. */
	static String aptName(BinaryPackage deb) {
		return deb.name() + "_" + deb.version().toString().replace(":", "%3a") + "_" + deb.architecture() + DEB; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static Map<String, BinaryPackage> byAptName(Collection<BinaryPackage> index) {
		Map<String, BinaryPackage> byName = new HashMap<>();
		for (BinaryPackage deb : index) {
			byName.put(aptName(deb), deb);
		}
		return byName;
	}

	/** Whether {@code file} is the package's .deb: its size and SHA-256 are the index's. */
	static boolean matches(Path file, BinaryPackage deb) {
		try {
			return Files.size(file) == deb.size() && Sha256.of(file).equalsIgnoreCase(deb.sha256());
		} catch (IOException e) {
			return false;
		}
	}

	private static void removeAbandoned(Path entry) throws IOException {
		Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
		try (DirectoryStream<Path> builds = Files.newDirectoryStream(entry, BUILD_PREFIX + "*")) { //$NON-NLS-1$
			for (Path build : builds) {
				if (Files.getLastModifiedTime(build).toInstant().isBefore(cutoff)) {
					BuildCache.deleteTree(build);
				}
			}
		}
	}

	/** One build's use of the entry: the .debs it offers to mmdebstrap and those it collects afterwards. */
	public static final class Session implements AutoCloseable {

		private final Path entry;
		private final Path folder;
		private final CacheLock use;
		private final List<String> offered = new ArrayList<>();

		private Session(Path entry, Path folder, CacheLock use) {
			this.entry = entry;
			this.folder = folder;
			this.use = use;
		}

		/** Whether the entry holds any .deb (else {@link #offer} has nothing to offer and needs no index). */
		public boolean hasDebs() throws ImageBuildException {
			try (DirectoryStream<Path> debs = Files.newDirectoryStream(entry.resolve(DEBS), "*" + DEB)) { //$NON-NLS-1$
				return debs.iterator().hasNext();
			} catch (IOException e) {
				throw new ImageBuildException(ImageText.bind(ImageText.PackageCache_cannotUse, entry, e.getMessage()), e);
			}
		}

		/** The folder of the .debs offered to mmdebstrap. */
		Path offerFolder() {
			return folder.resolve("offer"); //$NON-NLS-1$
		}

		/** The folder mmdebstrap copies apt's archive cache out to. */
		Path incomingFolder() {
			return folder.resolve("incoming"); //$NON-NLS-1$
		}

		/** The apt names of the .debs offered, sorted. */
		public List<String> offered() {
			return List.copyOf(offered);
		}

		/** Offers the cached .debs that match the index, and removes those it no longer lists or that are damaged. */
		public void offer(Collection<BinaryPackage> packages, Progress progress) throws ImageBuildException {
			try {
				offer(byAptName(packages), progress);
			} catch (IOException e) {
				throw new ImageBuildException(ImageText.bind(ImageText.PackageCache_cannotUse, entry, e.getMessage()), e);
			}
		}

		private void offer(Map<String, BinaryPackage> index, Progress progress) throws IOException {
			long offeredBytes = 0;
			List<Path> candidates = new ArrayList<>();
			int removed = 0;
			try (DirectoryStream<Path> debs = Files.newDirectoryStream(entry.resolve(DEBS), "*" + DEB)) { //$NON-NLS-1$
				for (Path deb : debs) {
					if (index.containsKey(deb.getFileName().toString())) {
						candidates.add(deb);
					} else if (Files.deleteIfExists(deb)) { // the archive moved on: never offered again
						removed++;
					}
				}
			}
			List<Path> good = candidates.parallelStream().filter(deb -> matches(deb, index.get(deb.getFileName().toString()))).toList();
			FileTime now = FileTime.from(Instant.now());
			for (Path deb : good) {
				String name = deb.getFileName().toString();
				try {
					Files.createLink(offerFolder().resolve(name), deb);
					Files.setLastModifiedTime(deb, now);
				} catch (NoSuchFileException e) {
					continue; // another build removed it just now: apt downloads it
				} catch (UnsupportedOperationException e) {
					Files.copy(deb, offerFolder().resolve(name));
				}
				offered.add(name);
				offeredBytes += index.get(name).size();
			}
			for (Path deb : candidates) {
				if (!good.contains(deb)) {
					Files.deleteIfExists(deb); // damaged: apt downloads it again
					removed++;
				}
			}
			offered.sort(null);
			progress.log(ImageText.bind(ImageText.PackageCache_offering,
					new Object[] { offered.size(), CachePolicy.formatSize(offeredBytes), removed }));
		}

		/**
		 * The mmdebstrap options that offer the cached .debs and keep what apt downloads: the files go
		 * through a folder of their own inside the chroot, so that apt's folder keeps its metadata.
		 */
		public List<String> mmdebstrapOptions() {
			List<String> options = new ArrayList<>();
			options.add("--skip=essential/unlink"); //$NON-NLS-1$
			if (!offered.isEmpty()) {
				// before apt-get update, which makes apt's folders as these are made (0755, owned by root)
				options.add("--setup-hook=umask 022 && mkdir -p \"$1" + CHROOT_OFFER + "\""); //$NON-NLS-1$ //$NON-NLS-2$
				options.add("--setup-hook=sync-in " + offerFolder() + " " + CHROOT_OFFER); //$NON-NLS-1$ //$NON-NLS-2$
				options.add("--setup-hook=mv \"$1" + CHROOT_OFFER + "\"/*.deb \"$1/var/cache/apt/archives/\" && rmdir \"$1" + CHROOT_OFFER //$NON-NLS-1$ //$NON-NLS-2$
						+ "\""); //$NON-NLS-1$
				// what came from the cache need not go back to it
				StringBuilder remove = new StringBuilder("cd \"$1/var/cache/apt/archives\" && rm -f --"); //$NON-NLS-1$
				for (String name : offered) {
					remove.append(" '").append(name).append('\''); //$NON-NLS-1$
				}
				options.add("--customize-hook=" + remove); //$NON-NLS-1$
			}
			options.add("--customize-hook=sync-out /var/cache/apt/archives " + incomingFolder()); //$NON-NLS-1$
			return options;
		}

		/**
		 * Moves the .debs apt downloaded into the entry, each one that matches the index, atomically. A
		 * failure here fails no build: it is logged, and the next build downloads what is missing.
		 *
		 * @return how many were added
		 */
		public int collect(Collection<BinaryPackage> packages, Progress progress) {
			Map<String, BinaryPackage> index = byAptName(packages);
			int added = 0;
			long bytes = 0;
			try (DirectoryStream<Path> debs = Files.newDirectoryStream(incomingFolder(), "*" + DEB)) { //$NON-NLS-1$
				List<Path> incoming = new ArrayList<>();
				debs.forEach(incoming::add);
				List<Path> good = incoming.parallelStream().filter(deb -> {
					BinaryPackage known = index.get(deb.getFileName().toString());
					return known != null && matches(deb, known);
				}).toList();
				for (Path deb : good) {
					Path target = entry.resolve(DEBS).resolve(deb.getFileName());
					try {
						Files.move(deb, target, StandardCopyOption.ATOMIC_MOVE);
					} catch (FileAlreadyExistsException e) {
						continue; // another build added the same file: same name, same bytes
					}
					added++;
					bytes += Files.size(target);
				}
				BuildCache.touch(entry);
			} catch (IOException e) {
				progress.log(ImageText.bind(ImageText.PackageCache_cannotUse, entry, e.getMessage()));
				return added;
			}
			progress.log(ImageText.bind(ImageText.PackageCache_collected, added, CachePolicy.formatSize(bytes)));
			return added;
		}

		/** Removes the build's folder and ends its use of the entry; what cannot be removed stays for the next build to clear. */
		@Override
		public void close() {
			try {
				BuildCache.deleteTree(folder);
			} catch (IOException e) {
				// a folder older than ABANDONED_AFTER is removed by the next build that opens the entry
			}
			try {
				use.deleteAndClose();
			} catch (IOException e) {
				// the lock goes with the process; kiln cache prune removes the file
			}
		}
	}
}
