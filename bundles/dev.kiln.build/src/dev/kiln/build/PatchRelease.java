package dev.kiln.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.kiln.build.internal.BuildText;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.Pocket;
import dev.kiln.model.Appliance;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.Release;
import dev.kiln.publish.ReleaseSbom;

/**
 * A patch release in one step, as {@code kiln release --patch} and the workbench's maintenance actions run it:
 * audit the latest published release of the appliance against the archive's pockets, raise the patch version
 * in the manifest, rebuild (the build takes the pockets' current packages), check that the new images have no
 * pending security fix, and publish them with release notes made from the package changes between the two
 * releases' SBOMs, fixed CVE ids first. When anything fails after the version was raised, the manifest gets
 * its text back.
 */
public final class PatchRelease {

	/**
	 * What to patch and where to publish.
	 *
	 * @param projectRoot      the appliance project (its appliance.xml)
	 * @param manifestName     how messages name the manifest
	 * @param outputDirectory  where the build writes the images
	 * @param target           the marketplace the previous release is on and the new one goes to
	 * @param options          publish options, with the vendor identity that signs
	 * @param storefront       the storefront folder to bring up to date, or {@code null}
	 * @param sourceDateEpoch  the time stamp of the build and the release
	 */
	public record Request(Path projectRoot, String manifestName, Path outputDirectory, MarketplaceTarget target, Credentials credentials,
			PublishOptions options, Path storefront, long sourceDateEpoch) {
	}

	/**
	 * A published patch release.
	 *
	 * @param previousVersion  the release it replaces
	 * @param before           the audit of the previous release
	 * @param build            the new build
	 * @param after            the audit of the new build
	 * @param releaseNotes     the notes published with it
	 * @param published        what the marketplace published
	 */
	public record Result(String previousVersion, MaintenanceReport before, BuildReport build, MaintenanceReport after, String releaseNotes,
			ReleasePublisher.Published published) {

		/** @return the new version */
		public String version() {
			return build.version();
		}
	}

	/** Nothing to publish: the previous release has no pending update. */
	public static final class NothingToPatch extends Exception {
		private static final long serialVersionUID = 1L;
		private final transient MaintenanceReport report;

		NothingToPatch(String message, MaintenanceReport report) {
			super(message);
			this.report = report;
		}

		/** @return the audit of the latest release that found nothing */
		public MaintenanceReport report() {
			return report;
		}
	}

	/** A patch release that stopped, in words; the manifest is as it was. */
	public static final class Failure extends Exception {
		private static final long serialVersionUID = 1L;

		Failure(String message, Throwable cause) {
			super(message, cause);
		}
	}

	private final ImageEngine engine;
	private final ReleasePublisher publisher;
	private final Path archiveCache;

	/**
	 * @param archiveCache  the build cache's folder of archive indexes ({@code <cache>/debian}): the audits read the pockets
	 *                      through it, as builds do
	 */
	public PatchRelease(ImageEngine engine, ReleasePublisher publisher, Path archiveCache) {
		this.engine = engine;
		this.publisher = publisher;
		this.archiveCache = archiveCache;
	}

	/**
	 * Runs the patch release. Blocks on the network and the build: call it from a job or a command.
	 *
	 * @throws NothingToPatch  when the latest release has no pending update (nothing is changed)
	 * @throws Failure         in words, when a step fails; the manifest is as it was
	 * @throws ImageBuildException when the manifest has errors ({@link ApplianceBuild.InvalidManifestException}) or the build is
	 *                         cancelled
	 */
	public Result run(Request request, Progress progress) throws NothingToPatch, Failure, ImageBuildException {
		Path manifest = request.projectRoot().resolve(ManifestCheck.MANIFEST_FILE);
		ManifestCheck.Result check = new ManifestCheck().check(manifest, request.projectRoot(), request.manifestName());
		if (check.hasErrors() || check.appliance() == null) {
			throw new ApplianceBuild.InvalidManifestException(check.problems().stream().filter(p -> p.isError()).toList());
		}
		Appliance appliance = check.appliance();
		Path keyring = ProjectAudit.manifestKeyring(request.projectRoot(), appliance).orElse(null);
		List<Pocket> pockets;
		MaintenanceAudit audit;
		try {
			pockets = ProjectAudit.pockets(request.projectRoot(), appliance, null, null);
			audit = new MaintenanceAudit(DebianArchive.Options.trusting(archiveCache, keyring == null ? List.of() : List.of(keyring)));
		} catch (DebianArchiveException e) {
			throw new Failure(e.getMessage(), e);
		}

		// the latest release, its packages and what is pending for them
		String id = appliance.getId();
		PublishedRelease previous;
		ReleaseSbom sbom;
		try {
			Marketplace marketplace = Marketplaces.connect(request.target(), request.credentials());
			progress.phase(BuildText.bind(BuildText.PatchRelease_latest, id, marketplace.describe()), -1);
			String repository = request.target().repositoryOf(id);
			Optional<String> latest = marketplace.catalog(progress).stream().filter(entry -> entry.appliance().equals(repository))
					.map(CatalogEntry::versions).flatMap(List::stream).max(Comparator.comparing(ManifestVersion::order));
			if (latest.isEmpty()) {
				throw new Failure(BuildText.bind(BuildText.PatchRelease_nothingPublished, id, marketplace.describe()), null);
			}
			previous = marketplace.release(repository, latest.get());
			byte[] sbomBytes = marketplace.sbom(previous).orElseThrow(() -> new Failure(
					BuildText.bind(BuildText.PatchRelease_noSbom, id, previous.version(), marketplace.describe()), null));
			sbom = ReleaseSbom.read(sbomBytes);
		} catch (PublishException | IllegalArgumentException e) {
			throw new Failure(e.getMessage(), e);
		}
		MaintenanceReport before = audit(audit, id + " " + previous.version(), sbom.packages(), pockets, progress); //$NON-NLS-1$
		if (before.updates().isEmpty()) {
			throw new NothingToPatch(BuildText.bind(BuildText.PatchRelease_nothingPending, id, previous.version()), before);
		}

		String version = ManifestVersion.nextPatch(ManifestVersion.order(appliance.getVersion()).compareTo(ManifestVersion.order(previous.version())) > 0
				? appliance.getVersion() : previous.version());
		String original;
		try {
			original = ManifestVersion.set(manifest, version);
		} catch (IOException e) {
			throw new Failure(e.getMessage(), e);
		}
		boolean done = false;
		try {
			progress.phase(BuildText.bind(BuildText.PatchRelease_building, id, version), -1);
			BuildReport build = new ApplianceBuild(engine).build(request.projectRoot(), request.manifestName(), request.outputDirectory(),
					request.sourceDateEpoch(), progress);
			MaintenanceReport after = audit(audit, id + " " + version, build.packages(), pockets, progress); //$NON-NLS-1$
			if (after.securityFixesPending()) {
				throw new Failure(BuildText.bind(BuildText.PatchRelease_stillPending, id, version,
						String.join(", ", after.securityUpdates().stream().map(MaintenanceReport.PendingUpdate::name).toList())), null); //$NON-NLS-1$
			}
			String notes = ReleaseNotes.write(previous.version(), sbom.packages(), build.packages(), before.updates());
			Appliance rebuilt = new ManifestCheck().check(manifest, request.projectRoot(), request.manifestName()).appliance();
			List<Release.Image> images = ProjectRelease.images(rebuilt, request.outputDirectory(), ProjectRelease.defaultFormats(rebuilt));
			Release release = ProjectRelease.release(rebuilt, request.projectRoot(), images, notes, request.sourceDateEpoch());
			ReleasePublisher.Published published = publisher.publish(new ReleasePublisher.Request(release, request.target(), request.credentials(),
					request.options(), request.storefront(), new ReleaseSecurityCheck(keyring, archiveCache)), progress);
			done = true;
			return new Result(previous.version(), before, build, after, notes, published);
		} catch (PublishException e) {
			throw new Failure(e.getMessage(), e);
		} finally {
			if (!done) {
				try {
					ManifestVersion.restore(manifest, original);
				} catch (IOException e) {
					progress.log(BuildText.bind(BuildText.PatchRelease_cannotRestore, manifest, e.getMessage()));
				}
			}
		}
	}

	private static MaintenanceReport audit(MaintenanceAudit audit, String subject, List<BuildReport.InstalledPackage> packages, List<Pocket> pockets,
			Progress progress) throws Failure {
		try {
			return audit.audit(subject, packages, pockets, progress);
		} catch (MaintenanceAudit.Failure e) {
			throw new Failure(e.getMessage(), e);
		}
	}
}
