package dev.kiln.build;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import dev.kiln.build.internal.BuildText;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.Progress;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.debian.ArchivePockets;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.Pocket;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.storefront.SecurityCheck;
import dev.kiln.publish.storefront.SecurityStatus;

/**
 * The storefront's security check on the maintenance watch: the packages a release's SBOM lists, against the pockets
 * its SBOM records (suites and mirrors, as the build read them), through {@link MaintenanceAudit}. A release whose SBOM
 * records no archive state is checked against the three pockets of the Debian release its packages came from, on the
 * machine's mirrors. A check object reads each pocket's InRelease from the mirror once (a cached one from before the
 * object was made is not trusted), so one storefront generation shows the archive as it is then.
 */
public final class ReleaseSecurityCheck implements SecurityCheck {

	private final Path keyring;
	private final Path indexes;
	private final Clock clock;
	private final Instant started;
	private DebianArchive.Options options;

	/**
	 * @param keyring  a keyring trusted besides Debian's archive keyring (the vendor's own archive, the manifest's
	 *                 {@code keyring}), or {@code null}
	 * @param indexes  the build cache's folder of archive indexes ({@code <cache>/debian}, see
	 *                 {@link BuildCache.Kind#ARCHIVE_INDEX}): the pockets are read through it, as builds and audits do
	 */
	public ReleaseSecurityCheck(Path keyring, Path indexes) {
		this(keyring, indexes, Clock.systemUTC());
	}

	/** As {@link #ReleaseSecurityCheck(Path, Path)}, with the clock that stamps each check. */
	public ReleaseSecurityCheck(Path keyring, Path indexes, Clock clock) {
		this.keyring = keyring;
		this.indexes = Objects.requireNonNull(indexes);
		this.clock = Objects.requireNonNull(clock);
		this.started = clock.instant();
	}

	@Override
	public SecurityStatus check(PublishedRelease release, ReleaseSbom sbom, Progress progress) {
		if (sbom.packages().isEmpty()) {
			return SecurityStatus.notChecked(BuildText.ReleaseSecurityCheck_noPackages);
		}
		TreeSet<String> releases = releases(sbom);
		if (sbom.archiveState().isEmpty() && releases.isEmpty()) {
			return SecurityStatus.notChecked(BuildText.ReleaseSecurityCheck_noPockets);
		}
		if (sbom.archiveState().isEmpty() && releases.size() > 1) {
			return SecurityStatus.notChecked(BuildText.bind(BuildText.ReleaseSecurityCheck_manyReleases, String.join(", ", releases))); //$NON-NLS-1$
		}
		Instant attempted = clock.instant();
		try {
			List<Pocket> pockets = sbom.archiveState().isEmpty()
					? ArchivePockets.resolve(releases.first(), EnumSet.allOf(Pocket.Kind.class), null, null)
					: sbom.archiveState().stream().map(state -> new Pocket(kind(state.suite()), state.suite(), state.mirror())).toList();
			MaintenanceReport report = new MaintenanceAudit(options()).audit(release.appliance() + ":" + release.version(), sbom.packages(), //$NON-NLS-1$
					pockets, progress);
			List<SecurityStatus.Fix> fixes = report.securityUpdates().stream()
					.map(u -> new SecurityStatus.Fix(u.name(), u.architecture(), u.shippedVersion(), u.candidateVersion(), u.pocket(), u.cves(),
							u.summary()))
					.toList();
			return SecurityStatus.checked(report.checked(), fixes, report.updates().size() - fixes.size());
		} catch (DebianArchiveException | MaintenanceAudit.Failure e) {
			return SecurityStatus.failed(attempted, e.getMessage());
		}
	}

	/**
	 * The archive's options for the next audit: the keyrings, the build cache's index folder, and an InRelease cached
	 * before this check was made counts as stale.
	 */
	private synchronized DebianArchive.Options options() throws DebianArchiveException {
		if (options == null) {
			options = DebianArchive.Options.trusting(indexes, keyring == null ? List.of() : List.of(keyring)).withClock(clock);
		}
		return options.withMaxAge(Duration.between(started, clock.instant()));
	}

	/** The Debian releases the packages' pockets name: trixie for trixie-security. */
	private static TreeSet<String> releases(ReleaseSbom sbom) {
		TreeSet<String> releases = new TreeSet<>();
		for (InstalledPackage p : sbom.packages()) {
			if (!p.pocket().isEmpty()) {
				releases.add(p.pocket().substring(0, p.pocket().length() - kind(p.pocket()).suite("").length())); //$NON-NLS-1$
			}
		}
		return releases;
	}

	/** {@code trixie-security} is a security pocket, {@code trixie-updates} an updates pocket, anything else a release. */
	private static Pocket.Kind kind(String suite) {
		for (Pocket.Kind kind : List.of(Pocket.Kind.SECURITY, Pocket.Kind.UPDATES)) {
			if (suite.endsWith(kind.suite(""))) { //$NON-NLS-1$
				return kind;
			}
		}
		return Pocket.Kind.RELEASE;
	}
}
