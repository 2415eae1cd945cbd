package dev.kiln.image.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.kiln.image.BuildRecipe.BaseSystem;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.UnknownPackagesException;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.cache.CacheLock;
import dev.kiln.image.debian.ArchivePockets;
import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.PackageIndex;
import dev.kiln.image.debian.Pocket;
import dev.kiln.image.debian.PocketState;
import dev.kiln.image.debian.Release;

/**
 * The Debian archive as one build sees it: the pockets of the base system's release (suite, updates,
 * security), each read through a verifying, caching {@link DebianArchive} of its mirror, and the keyring
 * their InRelease files must be signed with. A pocket that cannot be read or verified fails the build and
 * is named: a build never falls back to fewer pockets than the manifest asks for, nor to a security pocket
 * cached earlier when its archive cannot be reached.
 */
public final class BuildArchive {

	private final BaseSystem os;
	private final List<Pocket> pockets;
	private final Path keyring;
	private final Map<String, DebianArchive> archives = new HashMap<>();
	private final Duration lockWait;
	private final Progress progress;

	private BuildArchive(BaseSystem os, List<Pocket> pockets, Path keyring, Path indexCache, Duration lockWait, Progress progress) {
		this.os = os;
		this.pockets = pockets;
		this.keyring = keyring;
		this.lockWait = lockWait;
		this.progress = progress;
		DebianArchive.Options options = DebianArchive.Options.defaults().withCacheRoot(indexCache).withKeyring(keyring);
		for (Pocket pocket : pockets) {
			// the security pocket is asked every build: a fix published an hour ago is in the next image
			archives.computeIfAbsent(archiveKey(pocket), key -> new DebianArchive(pocket.mirror(),
					pocket.kind() == Pocket.Kind.SECURITY ? options.withMaxAge(Duration.ZERO) : options));
		}
	}

	private static String archiveKey(Pocket pocket) {
		return (pocket.kind() == Pocket.Kind.SECURITY ? "security " : "") + pocket.mirror(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param indexCache  the cache's folder of archive indexes (also where a combined keyring is kept)
	 * @throws ImageBuildException when no mirror is given and the apt sources name none, or the manifest's
	 *                             keyring cannot be read
	 */
	public static BuildArchive open(BaseSystem os, Path indexCache, Duration lockWait, Progress progress) throws ImageBuildException {
		List<Pocket> pockets;
		try {
			pockets = ArchivePockets.resolve(os.suite(), os.pockets(), os.mirror(), os.securityMirror());
		} catch (DebianArchiveException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_setMirror, e.getMessage()), e);
		}
		try {
			Path keyring = DebianArchive.Options.trusting(indexCache, os.keyring() == null ? List.of() : List.of(os.keyring())).keyring();
			return new BuildArchive(os, pockets, keyring, indexCache, lockWait, progress);
		} catch (DebianArchiveException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_nothingBuilt, e.getMessage()), e);
		}
	}

	/** @return the pockets, release suite first */
	public List<Pocket> pockets() {
		return pockets;
	}

	/** @return the keyring every pocket's InRelease is checked with (apt's {@code signed-by} in the image build) */
	public Path keyring() {
		return keyring;
	}

	/**
	 * @return each pocket's verified state, in the order of {@link #pockets()}
	 * @throws ImageBuildException naming the pocket that cannot be read or verified
	 */
	public List<PocketState> states() throws ImageBuildException {
		List<PocketState> states = new ArrayList<>();
		for (Pocket pocket : pockets) {
			states.add(read(pocket, archive -> archive.state(pocket.suite())));
			if (pocket.kind() == Pocket.Kind.SECURITY && read(pocket, archive -> archive.release(pocket.suite())).origin() == Release.Origin.OFFLINE_CACHE) {
				// never an image from a security pocket that may be stale without saying so: the build stops
				throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_nothingBuilt, ImageText.bind(ImageText.BuildArchive_pocketUnusable,
						pocket.suite(), pocket.mirror(), ImageText.BuildArchive_securityUnreachable)));
			}
		}
		return List.copyOf(states);
	}

	/**
	 * Checks that every package of the base is in one of the pockets' signed indexes.
	 *
	 * @return the packages of every pocket, for the package cache to match .debs against
	 * @throws UnknownPackagesException naming the packages no pocket has
	 */
	public Collection<BinaryPackage> checkPackages() throws ImageBuildException {
		Map<Pocket, PackageIndex> indexes = indexes();
		List<String> unknown = BaseLayerCache.packages(os).stream()
				.filter(name -> indexes.values().stream().noneMatch(index -> index.isInstallable(name))).toList();
		if (!unknown.isEmpty()) {
			String where = pockets.stream().map(pocket -> pocket.suite() + " " + pocket.mirror()).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
			throw new UnknownPackagesException(unknown, ImageText.bind(ImageText.ImageEngine_archive, os.suite(), os.architecture(), where));
		}
		List<BinaryPackage> all = new ArrayList<>();
		indexes.values().forEach(index -> all.addAll(index.packages()));
		return all;
	}

	/**
	 * The installed packages with the pocket each version came from: the security or updates pocket when
	 * its index has that very version, else the release suite. Reads the pockets' indexes but the release
	 * suite's (small, cached).
	 */
	public List<InstalledPackage> withPockets(List<InstalledPackage> installed) throws ImageBuildException {
		Map<String, String> pocketOf = new HashMap<>();
		// security last: a version in both pockets is a security update
		for (Pocket pocket : pockets) {
			if (pocket.kind() == Pocket.Kind.RELEASE) {
				continue;
			}
			PackageIndex index = read(pocket, archive -> archive.packages(pocket.suite(), "main", os.architecture())); //$NON-NLS-1$
			for (BinaryPackage deb : index.packages()) {
				pocketOf.put(deb.name() + " " + deb.version() + " " + deb.architecture(), pocket.suite()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		String release = pockets.get(0).suite();
		return installed.stream().map(p -> p.inPocket(pocketOf.getOrDefault(p.name() + " " + p.version() + " " + p.architecture(), release))) //$NON-NLS-1$ //$NON-NLS-2$
				.toList();
	}

	private Map<Pocket, PackageIndex> indexes() throws ImageBuildException {
		Map<Pocket, PackageIndex> indexes = new LinkedHashMap<>();
		for (Pocket pocket : pockets) {
			indexes.put(pocket, read(pocket, archive -> archive.packages(pocket.suite(), "main", os.architecture()))); //$NON-NLS-1$
		}
		return indexes;
	}

	@FunctionalInterface
	private interface Read<T> {
		T from(DebianArchive archive) throws DebianArchiveException;
	}

	/** Reads from a pocket's archive under its cache lock: one build at a time refreshes a mirror's indexes. */
	private <T> T read(Pocket pocket, Read<T> read) throws ImageBuildException {
		DebianArchive archive = archives.get(archiveKey(pocket));
		try (CacheLock lock = CacheLock.acquire(BuildCache.lockFile(archive.cacheDirectory()),
				ImageText.bind(ImageText.ImageEngine_waitingForIndex, pocket.mirror()), lockWait, progress)) {
			T result = read.from(archive);
			BuildCache.touch(archive.cacheDirectory());
			return result;
		} catch (DebianArchiveException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_nothingBuilt,
					ImageText.bind(ImageText.BuildArchive_pocketUnusable, pocket.suite(), pocket.mirror(), e.getMessage())), e);
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ImageEngine_cannotUseCache, archive.cacheDirectory(), e.getMessage()), e);
		}
	}
}
