package dev.kiln.build;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.kiln.build.MaintenanceReport.PendingUpdate;
import dev.kiln.build.internal.BuildText;
import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.cache.CacheLock;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.DebianChangelog;
import dev.kiln.image.debian.DebianVersion;
import dev.kiln.image.debian.PackageChangelogs;
import dev.kiln.image.debian.PackageVersions;
import dev.kiln.image.debian.Pocket;
import dev.kiln.image.debian.PocketState;
import dev.kiln.image.debian.Release;

/**
 * The maintenance watch: which installed packages of an image or a release have newer versions in the archive's
 * pockets ({@code trixie}, {@code trixie-updates}, {@code trixie-security}), with what the newer packages' own Debian
 * changelogs say about them (CVE ids, urgency, a summary). Each pocket's index is read through {@link DebianArchive}:
 * verified against the signed Release and cached, as a compact {@link PackageVersions} table; the changelogs come from
 * the newer .debs ({@link PackageChangelogs}), cached per source package and version. Headless; the same for
 * {@code kiln audit} and the workbench.
 */
public final class MaintenanceAudit {

	/** The component whose packages Kiln installs. */
	private static final String COMPONENT = "main"; //$NON-NLS-1$
	private static final String ALL = "all"; //$NON-NLS-1$
	/** Changelogs are fetched this many at a time: the mirror's latency, not the machine, bounds them. */
	private static final int PARALLEL_FETCHES = 4;

	private final DebianArchive.Options options;

	/** @param options the keyring the pockets' Releases must be signed with and the cache folder of the archive */
	public MaintenanceAudit(DebianArchive.Options options) {
		this.options = Objects.requireNonNull(options);
	}

	/** One pocket as read for this audit. */
	private record Read(Pocket pocket, DebianArchive archive, PocketState state, Map<String, PackageVersions> indexes) {
	}

	/** The newest version of an installed package, and where it is. */
	private record Candidate(InstalledPackage installed, DebianVersion shipped, BinaryPackage binary, Read read) {
	}

	/** Why an audit could not be made, in words: a pocket that cannot be read or verified, a cache that cannot be used. */
	public static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/**
	 * Reads the pockets under the cache locks of their mirrors' folders (as builds do, so that neither a build
	 * refreshing the indexes nor {@code kiln cache prune} changes them meanwhile). The security pocket is asked every
	 * audit, and a security pocket that cannot be reached fails the audit: a fix published an hour ago is pending now,
	 * and an audit from a copy that may be stale must not say "up to date".
	 *
	 * @param subject   what is audited, for the report: {@code hello-appliance 1.0.0} or a release reference
	 * @param installed the packages of the image, as the build or the SBOM lists them
	 * @param pockets   the pockets to check them against
	 * @return the pending updates, the pockets' states and when they were read
	 * @throws Failure               naming the pocket that cannot be read or verified: a security gate must not pass on a
	 *                               pocket it did not see
	 * @throws CancellationException when {@code progress} asks to stop
	 */
	public MaintenanceReport audit(String subject, List<InstalledPackage> installed, List<Pocket> pockets, Progress progress) throws Failure {
		Map<URI, DebianArchive> archives = new LinkedHashMap<>();
		for (Pocket pocket : pockets) {
			archives.computeIfAbsent(pocket.mirror(), mirror -> new DebianArchive(mirror, options));
		}
		Map<Path, CacheLock> locks = new TreeMap<>();
		try {
			for (DebianArchive archive : archives.values()) {
				if (!locks.containsKey(archive.cacheDirectory())) {
					locks.put(archive.cacheDirectory(), CacheLock.acquire(BuildCache.lockFile(archive.cacheDirectory()),
							BuildText.bind(BuildText.MaintenanceAudit_waiting, archive.mirror()), CachePolicy.DEFAULT_LOCK_WAIT, progress));
				}
			}
			return audit(subject, installed, pockets, archives, progress);
		} catch (BuildCancelledException e) {
			throw new CancellationException();
		} catch (ImageBuildException e) {
			throw new Failure(e.getMessage(), e);
		} finally {
			for (Map.Entry<Path, CacheLock> lock : locks.entrySet()) {
				try (CacheLock held = lock.getValue()) {
					BuildCache.touch(lock.getKey());
				} catch (IOException e) {
					// the lock goes with the process at the latest; the time of last use only guides pruning
				}
			}
		}
	}

	private MaintenanceReport audit(String subject, List<InstalledPackage> installed, List<Pocket> pockets, Map<URI, DebianArchive> archives,
			Progress progress) throws Failure {
		progress.phase(BuildText.bind(BuildText.MaintenanceAudit_readingPockets, pockets.size()), pockets.size());
		List<String> architectures = architectures(installed);
		ExecutorService threads = Executors.newFixedThreadPool(PARALLEL_FETCHES, runnable -> {
			Thread thread = new Thread(runnable, "kiln-audit"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		try {
			// the pockets at the same time: the security archive's answer comes while the release suite is verified
			List<Future<Read>> reading = new ArrayList<>();
			for (Pocket pocket : pockets) {
				reading.add(threads.submit(() -> read(pocket, archives, architectures, progress)));
			}
			List<Read> reads = new ArrayList<>();
			for (Future<Read> read : reading) {
				reads.add(await(read));
			}
			return report(subject, installed, reads, threads, progress);
		} finally {
			threads.shutdownNow();
		}
	}

	/** Reads a pocket's version tables; the security pocket is asked every audit, the others read from the cache while fresh. */
	private Read read(Pocket pocket, Map<URI, DebianArchive> archives, List<String> architectures, Progress progress) throws Failure {
		checkCancelled(progress);
		DebianArchive archive = pocket.kind() == Pocket.Kind.SECURITY ? new DebianArchive(pocket.mirror(), options.withMaxAge(Duration.ZERO))
				: archives.get(pocket.mirror());
		try {
			Map<String, PackageVersions> indexes = new LinkedHashMap<>();
			for (String architecture : architectures) {
				indexes.put(architecture, archive.versions(pocket.suite(), COMPONENT, architecture));
			}
			PackageVersions first = indexes.values().iterator().next();
			if (pocket.kind() == Pocket.Kind.SECURITY && first.release().origin() == Release.Origin.OFFLINE_CACHE) {
				throw new Failure(BuildText.bind(BuildText.MaintenanceAudit_pocketUnusable, pocket.suite(), pocket.mirror(),
						BuildText.MaintenanceAudit_securityUnreachable), null);
			}
			progress.worked(1);
			return new Read(pocket, archive, first.state(), indexes);
		} catch (DebianArchiveException e) {
			throw new Failure(BuildText.bind(BuildText.MaintenanceAudit_pocketUnusable, pocket.suite(), pocket.mirror(), e.getMessage()), e);
		}
	}

	/** Finds the newest version of each installed package in the pockets, and what its changelog says. */
	private MaintenanceReport report(String subject, List<InstalledPackage> installed, List<Read> reads, ExecutorService threads, Progress progress)
			throws Failure {
		List<Candidate> candidates = new ArrayList<>();
		List<String> notInArchive = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (InstalledPackage p : installed) {
			DebianVersion shipped;
			try {
				shipped = DebianVersion.parse(p.version());
			} catch (IllegalArgumentException e) {
				notes.add(BuildText.bind(BuildText.MaintenanceAudit_badVersion, p.name(), p.version()));
				continue;
			}
			Candidate newest = null;
			boolean known = false;
			for (Read read : reads) {
				for (PackageVersions index : read.indexes().values()) {
					BinaryPackage binary = index.find(p.name()).filter(b -> sameArchitecture(p, b)).orElse(null);
					if (binary == null) {
						continue;
					}
					known = true;
					if (binary.version().compareTo(shipped) > 0 && (newest == null || better(binary, read, newest))) {
						newest = new Candidate(p, shipped, binary, read);
					}
				}
			}
			if (newest != null) {
				candidates.add(newest);
			} else if (!known) {
				notInArchive.add(p.name());
			}
		}
		List<PendingUpdate> updates = updates(candidates, threads, progress);
		updates.sort(Comparator.comparing(PendingUpdate::name).thenComparing(PendingUpdate::architecture));
		notInArchive.sort(null);
		return new MaintenanceReport(subject, options.clock().instant(), reads.stream().map(Read::state).toList(), installed.size(), updates,
				notInArchive, notes);
	}

	/** The architectures whose indexes list the packages: those installed, and amd64 when every package is "all". */
	private static List<String> architectures(List<InstalledPackage> installed) {
		TreeSet<String> architectures = new TreeSet<>();
		installed.stream().map(InstalledPackage::architecture).filter(a -> !a.isEmpty() && !a.equals(ALL)).forEach(architectures::add);
		return architectures.isEmpty() ? List.of("amd64") : List.copyOf(architectures); //$NON-NLS-1$
	}

	/** A package may move between "all" and an architecture from one version to the next. */
	private static boolean sameArchitecture(InstalledPackage installed, BinaryPackage binary) {
		return installed.architecture().isEmpty() || installed.architecture().equals(binary.architecture())
				|| installed.architecture().equals(ALL) || binary.architecture().equals(ALL);
	}

	/** The higher version wins; of the same version in two pockets, the security pocket's, then the updates'. */
	private static boolean better(BinaryPackage binary, Read read, Candidate than) {
		int order = binary.version().compareTo(than.binary().version());
		return order > 0 || (order == 0 && read.pocket().kind().compareTo(than.read().pocket().kind()) > 0);
	}

	/** Fetches each needed changelog once (one per pocket, source and version), a few at a time. */
	private static List<PendingUpdate> updates(List<Candidate> candidates, ExecutorService threads, Progress progress) throws Failure {
		Map<String, List<Candidate>> bySource = new LinkedHashMap<>();
		for (Candidate candidate : candidates) {
			String key = candidate.read().pocket().suite() + " " + candidate.binary().source() + " " + candidate.binary().version(); //$NON-NLS-1$ //$NON-NLS-2$
			bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(candidate);
		}
		progress.phase(BuildText.bind(BuildText.MaintenanceAudit_readingChangelogs, bySource.size()), bySource.size());
		Map<String, Future<PackageChangelogs.Lookup>> lookups = new LinkedHashMap<>();
		bySource.forEach((key, group) -> {
			Candidate first = group.get(0);
			PackageVersions index = first.read().indexes().values().stream().filter(i -> i.find(first.binary().name()).isPresent()).findFirst()
					.orElseThrow();
			DebianVersion since = group.stream().map(Candidate::shipped).min(Comparator.naturalOrder()).orElseThrow();
			lookups.put(key, threads.submit(() -> {
				checkCancelled(progress);
				PackageChangelogs.Lookup lookup = new PackageChangelogs(first.read().archive()).changelog(first.binary(), index, since);
				progress.worked(1);
				return lookup;
			}));
		});
		List<PendingUpdate> updates = new ArrayList<>();
		for (Map.Entry<String, List<Candidate>> group : bySource.entrySet()) {
			PackageChangelogs.Lookup lookup = await(lookups.get(group.getKey()));
			group.getValue().forEach(candidate -> updates.add(update(candidate, lookup)));
		}
		return updates;
	}

	private static <T> T await(Future<T> task) throws Failure {
		try {
			return task.get();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new CancellationException();
		} catch (ExecutionException e) {
			if (e.getCause() instanceof Failure failure) {
				throw failure;
			}
			if (e.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(e.getCause());
		}
	}

	/**
	 * The entries above the shipped version and the CVE ids they name. An entry that names a CVE the shipped version
	 * fixed already ("drop the patch for CVE-..., included upstream") lists it again: an audit says too much rather than
	 * hide a second fix of the same CVE.
	 */
	private static PendingUpdate update(Candidate candidate, PackageChangelogs.Lookup lookup) {
		List<DebianChangelog.Entry> entries = List.of();
		SortedSet<String> cves = new TreeSet<>(DebianChangelog.CVE_ORDER);
		String urgency = ""; //$NON-NLS-1$
		String summary = ""; //$NON-NLS-1$
		if (lookup.changelog() != null) {
			DebianChangelog changelog = lookup.changelog();
			entries = changelog.newerThan(candidate.shipped());
			entries.forEach(entry -> cves.addAll(entry.cves()));
			urgency = DebianChangelog.highestUrgency(entries);
			summary = entries.stream().map(DebianChangelog.Entry::summary).filter(line -> DebianChangelog.CVE.matcher(line).find()).findFirst()
					.orElse(entries.isEmpty() ? "" : entries.get(0).summary()); //$NON-NLS-1$
		}
		boolean security = candidate.read().pocket().kind() == Pocket.Kind.SECURITY || !cves.isEmpty();
		BinaryPackage binary = candidate.binary();
		return new PendingUpdate(candidate.installed().name(), candidate.installed().architecture(), candidate.installed().version(),
				binary.version().toString(), candidate.read().pocket().suite(), binary.source(), security, List.copyOf(cves), urgency, summary,
				entries, lookup.unavailable());
	}

	private static void checkCancelled(Progress progress) {
		if (progress.isCancelled()) {
			throw new CancellationException();
		}
	}
}
