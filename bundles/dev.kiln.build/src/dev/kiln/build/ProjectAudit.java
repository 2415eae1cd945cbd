package dev.kiln.build;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.Progress;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.debian.ArchivePockets;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.Pocket;
import dev.kiln.model.Appliance;

/**
 * The maintenance audit of an appliance project's last build, shared by {@code kiln audit <project>} and the
 * workbench's maintenance check: the packages the build listed next to its images ({@link PackageList}) against the
 * pockets the manifest keeps, on its mirrors (else those of the machine's apt sources), with its keyring trusted besides
 * Debian's, as a build takes them (ADR 020).
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

	private ProjectAudit() {
	}

	/**
	 * @param projectRoot  the project's folder
	 * @param appliance    its manifest
	 * @return the build of the manifest's version in the project's output folder; empty when that version's package list
	 *         is not there (never built, or built before Kiln listed packages)
	 * @throws IOException when the list cannot be read
	 */
	public static Optional<LastBuild> lastBuild(Path projectRoot, Appliance appliance) throws IOException {
		return lastBuildIn(ProjectOutputs.folder(projectRoot), appliance);
	}

	/**
	 * @param folder where the build wrote its images, when not the project's output folder (the Maven plug-in's
	 *               {@code target/appliance})
	 * @return the build of the manifest's version in {@code folder}; empty when that version's package list is not there
	 * @throws IOException when the list cannot be read
	 */
	public static Optional<LastBuild> lastBuildIn(Path folder, Appliance appliance) throws IOException {
		Path list = folder.resolve(PackageList.name(appliance.getId(), appliance.getVersion()));
		if (!Files.isRegularFile(list)) {
			return Optional.empty();
		}
		return Optional.of(new LastBuild(appliance.getId(), appliance.getVersion(), list,
				PackageList.read(folder, appliance.getId(), appliance.getVersion())));
	}

	/**
	 * @param mirror          the archive of the release and its updates instead of the manifest's (kiln audit --mirror);
	 *                        {@code null}: the manifest's
	 * @param securityMirror  the security archive instead of the manifest's; {@code null}: the manifest's
	 * @return the pockets a build of the manifest takes now, release suite first
	 * @throws DebianArchiveException when a mirror is needed and the machine's apt sources name none
	 */
	public static List<Pocket> pockets(Path projectRoot, Appliance appliance, URI mirror, URI securityMirror) throws DebianArchiveException {
		BuildRecipe.BaseSystem os = os(projectRoot, appliance);
		return ArchivePockets.resolve(os.suite(), os.pockets(), mirror != null ? mirror : os.mirror(),
				securityMirror != null ? securityMirror : os.securityMirror());
	}

	/** @return the keyring the manifest trusts besides Debian's ({@code os keyring}), if it names one */
	public static Optional<Path> manifestKeyring(Path projectRoot, Appliance appliance) {
		return Optional.ofNullable(os(projectRoot, appliance).keyring());
	}

	/**
	 * The archive as an audit reads it: the indexes in the build cache, the InRelease files checked against the
	 * keyrings, combined into one.
	 *
	 * @param cacheDirectory  the build cache
	 * @param keyrings        the keyrings to trust besides Debian's
	 * @throws DebianArchiveException when a keyring cannot be read
	 */
	public static DebianArchive.Options options(Path cacheDirectory, List<Path> keyrings) throws DebianArchiveException {
		return DebianArchive.Options.trusting(cacheDirectory.resolve(BuildCache.Kind.ARCHIVE_INDEX.folder()), keyrings);
	}

	/**
	 * Audits the last build against the pockets of the manifest, on its mirrors, trusting its keyring.
	 *
	 * @param cacheDirectory the build cache whose archive indexes the audit reads and adds to
	 * @throws MaintenanceAudit.Failure naming what cannot be read or verified: a pocket, the apt sources, a keyring
	 * @throws java.util.concurrent.CancellationException when {@code progress} asks to stop
	 */
	public static MaintenanceReport audit(Path cacheDirectory, Path projectRoot, Appliance appliance, LastBuild build, Progress progress)
			throws MaintenanceAudit.Failure {
		List<Path> keyrings = manifestKeyring(projectRoot, appliance).map(List::of).orElse(List.of());
		List<Pocket> pockets;
		DebianArchive.Options options;
		try {
			pockets = pockets(projectRoot, appliance, null, null);
			options = options(cacheDirectory, keyrings);
		} catch (DebianArchiveException e) {
			throw new MaintenanceAudit.Failure(e.getMessage(), e);
		}
		return new MaintenanceAudit(options).audit(build.subject(), build.packages(), pockets, progress);
	}

	private static BuildRecipe.BaseSystem os(Path projectRoot, Appliance appliance) {
		return RecipeMapper.map(appliance, projectRoot, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH).os();
	}
}
