package dev.kiln.build;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.Progress;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.debian.ArchivePockets;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.Keyrings;
import dev.kiln.image.debian.Pocket;
import dev.kiln.model.Appliance;

/**
 * The maintenance audit of an appliance project's last build, shared by {@code kiln audit <project>} and the
 * workbench's maintenance check: the packages the build listed next to its images ({@link PackageList}) against the
 * pockets the manifest keeps, on its mirrors (else those of the machine's apt sources), with its keyring trusted besides
 * Debian's, as a build takes them (ADR 020). An audit asks the archive for each pocket's InRelease: a fix published an
 * hour ago is reported, whatever a build cached.
 */
public final class ProjectAudit {

	/**
	 * The last build of a project's manifest version.
	 *
	 * @param appliance    the appliance's id
	 * @param version      its version
	 * @param packageList  the package list the build wrote
	 * @param packages     the packages it lists
	 */
	public record LastBuild(String appliance, String version, Path packageList, List<InstalledPackage> packages) {

		/** Copies the list. */
		public LastBuild {
			packages = List.copyOf(packages);
		}

		/** @return what the report names as audited: {@code hello-appliance 1.0.0} */
		public String subject() {
			return appliance + " " + version; //$NON-NLS-1$
		}
	}

	private final Path cacheDirectory;
	private final URI mirror;
	private final URI securityMirror;
	private final List<Path> keyrings;

	/** @param cacheDirectory the build cache whose archive indexes the audit reads and adds to */
	public ProjectAudit(Path cacheDirectory) {
		this(cacheDirectory, null, null, List.of());
	}

	private ProjectAudit(Path cacheDirectory, URI mirror, URI securityMirror, List<Path> keyrings) {
		this.cacheDirectory = cacheDirectory;
		this.mirror = mirror;
		this.securityMirror = securityMirror;
		this.keyrings = List.copyOf(keyrings);
	}

	/**
	 * @param newMirror          the archive of the release and its updates instead of the manifest's; {@code null}: the
	 *                           manifest's
	 * @param newSecurityMirror  the security archive instead of the manifest's; {@code null}: the manifest's
	 * @return an audit with these mirrors
	 */
	public ProjectAudit withMirrors(URI newMirror, URI newSecurityMirror) {
		return new ProjectAudit(cacheDirectory, newMirror, newSecurityMirror, keyrings);
	}

	/** @return an audit that also trusts {@code keyring} (besides Debian's and the manifest's) */
	public ProjectAudit withKeyring(Path keyring) {
		List<Path> more = new ArrayList<>(keyrings);
		more.add(keyring);
		return new ProjectAudit(cacheDirectory, mirror, securityMirror, more);
	}

	/**
	 * @param projectRoot  the project's folder
	 * @param appliance    its manifest
	 * @return the build of the manifest's version in the project's output folder; empty when that version's package list
	 *         is not there (never built, or built before Kiln listed packages)
	 * @throws IOException when the list cannot be read
	 */
	public static Optional<LastBuild> lastBuild(Path projectRoot, Appliance appliance) throws IOException {
		Path folder = ProjectOutputs.folder(projectRoot);
		Path list = folder.resolve(PackageList.name(appliance.getId(), appliance.getVersion()));
		if (!Files.isRegularFile(list)) {
			return Optional.empty();
		}
		return Optional.of(new LastBuild(appliance.getId(), appliance.getVersion(), list,
				PackageList.read(folder, appliance.getId(), appliance.getVersion())));
	}

	/**
	 * @return the pockets a build of the manifest takes now, release suite first
	 * @throws DebianArchiveException when a mirror is needed and the machine's apt sources name none
	 */
	public List<Pocket> pockets(Path projectRoot, Appliance appliance) throws DebianArchiveException {
		BuildRecipe.BaseSystem os = os(projectRoot, appliance);
		return ArchivePockets.resolve(os.suite(), os.pockets(), mirror != null ? mirror : os.mirror(),
				securityMirror != null ? securityMirror : os.securityMirror());
	}

	/**
	 * Audits the last build against the pockets of the manifest.
	 *
	 * @throws DebianArchiveException when a pocket cannot be read or verified, or a keyring cannot be read
	 * @throws java.util.concurrent.CancellationException when {@code progress} asks to stop
	 */
	public MaintenanceReport audit(Path projectRoot, Appliance appliance, LastBuild build, Progress progress) throws DebianArchiveException {
		List<Pocket> pockets = pockets(projectRoot, appliance);
		List<Path> trusted = new ArrayList<>(List.of(DebianArchive.DEBIAN_ARCHIVE_KEYRING));
		Path manifestKeyring = os(projectRoot, appliance).keyring();
		if (manifestKeyring != null) {
			trusted.add(manifestKeyring);
		}
		trusted.addAll(keyrings);
		return new MaintenanceAudit(options(cacheDirectory, trusted)).audit(build.subject(), build.packages(), pockets, progress);
	}

	/**
	 * The archive as an audit reads it: the indexes in the build cache, each pocket's InRelease asked for now (not a
	 * build's cached copy) and checked against the keyrings, combined into one.
	 *
	 * @param cacheDirectory  the build cache
	 * @param keyrings        Debian's keyring and any other to trust
	 * @throws DebianArchiveException when a keyring cannot be read
	 */
	public static DebianArchive.Options options(Path cacheDirectory, List<Path> keyrings) throws DebianArchiveException {
		Path indexes = cacheDirectory.resolve(BuildCache.Kind.ARCHIVE_INDEX.folder());
		return DebianArchive.Options.defaults().withCacheRoot(indexes).withKeyring(Keyrings.combine(keyrings, indexes.resolve("keyrings"))) //$NON-NLS-1$
				.withMaxAge(Duration.ZERO);
	}

	private static BuildRecipe.BaseSystem os(Path projectRoot, Appliance appliance) {
		return RecipeMapper.map(appliance, projectRoot, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH).os();
	}
}
