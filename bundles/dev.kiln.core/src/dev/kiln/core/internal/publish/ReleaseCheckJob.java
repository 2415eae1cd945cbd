package dev.kiln.core.internal.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import dev.kiln.build.MaintenanceAudit;
import dev.kiln.build.MaintenanceReport;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectAudit;
import dev.kiln.build.RecipeMapper;
import dev.kiln.build.ReleaseAudit;
import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.ApplianceNature;
import dev.kiln.core.MaintenanceCheckJob;
import dev.kiln.core.MaintenanceStatus;
import dev.kiln.core.internal.CoreText;
import dev.kiln.core.internal.MonitorProgress;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.Pocket;
import dev.kiln.model.Appliance;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.ReleaseSbom;

/**
 * The maintenance check of the published releases: the latest version of each appliance in each saved marketplace
 * (passwords from secure storage), its SBOM's packages against the pockets the SBOM records. A workspace project of
 * the same appliance lends its manifest's keyring (a vendor's own archive). A marketplace or release that cannot be
 * read gives a failed status and a line in the error log, never a dialog. Belongs to {@link MaintenanceCheckJob#FAMILY}.
 */
public final class ReleaseCheckJob extends Job {

	private static final QualifiedName STATUSES = new QualifiedName("dev.kiln.core", "releaseMaintenanceStatuses"); //$NON-NLS-1$ //$NON-NLS-2$

	private final MarketplaceStore store;
	private final Path cacheDirectory;

	public ReleaseCheckJob() {
		this(new MarketplaceStore(), ApplianceBuildJob.defaultCacheDirectory());
	}

	public ReleaseCheckJob(MarketplaceStore store, Path cacheDirectory) {
		super(CoreText.ReleaseCheckJob_name);
		this.store = store;
		this.cacheDirectory = cacheDirectory;
	}

	/** @return what the last check of the releases in this session found, by marketplace and appliance; empty before one */
	@SuppressWarnings("unchecked")
	public static List<MaintenanceStatus> statuses() {
		try {
			Object value = ResourcesPlugin.getWorkspace().getRoot().getSessionProperty(STATUSES);
			return value instanceof List<?> list ? (List<MaintenanceStatus>) list : List.of();
		} catch (CoreException e) {
			return List.of();
		}
	}

	/** @return whether the releases were checked in this session */
	public static boolean checked() {
		try {
			return ResourcesPlugin.getWorkspace().getRoot().getSessionProperty(STATUSES) != null;
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == MaintenanceCheckJob.FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<SavedMarketplace> marketplaces = store.marketplaces();
		SubMonitor progress = SubMonitor.convert(monitor, getName(), Math.max(1, marketplaces.size()));
		List<MaintenanceStatus> statuses = new ArrayList<>();
		try {
			for (SavedMarketplace saved : marketplaces) {
				check(saved, statuses, progress.split(1));
			}
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		}
		try {
			ResourcesPlugin.getWorkspace().getRoot().setSessionProperty(STATUSES, List.copyOf(statuses));
		} catch (CoreException e) {
			ILog.of(ReleaseCheckJob.class).log(e.getStatus());
		}
		return Status.OK_STATUS;
	}

	/** Checks the latest release of each appliance of one marketplace. */
	private void check(SavedMarketplace saved, List<MaintenanceStatus> statuses, IProgressMonitor monitor) {
		String registry = saved.url().getAuthority();
		List<CatalogEntry> catalog;
		Marketplace marketplace;
		try {
			marketplace = Marketplaces.connect(saved.target(), store.credentials(saved));
			catalog = marketplace.catalog(Progress.NONE);
		} catch (PublishException | StorageException e) {
			statuses.add(failed(saved.name(), "", registry, e.getMessage())); //$NON-NLS-1$
			return;
		}
		SubMonitor progress = SubMonitor.convert(monitor, Math.max(1, catalog.size()));
		for (CatalogEntry entry : catalog) {
			if (entry.versions().isEmpty()) {
				continue;
			}
			String version = entry.versions().get(entry.versions().size() - 1);
			String where = registry + "/" + entry.appliance() + ":" + version; //$NON-NLS-1$ //$NON-NLS-2$
			statuses.add(check(marketplace, entry.appliance(), version, where, progress.split(1)));
		}
	}

	private MaintenanceStatus check(Marketplace marketplace, String appliance, String version, String where, IProgressMonitor monitor) {
		try {
			PublishedRelease release = marketplace.release(appliance, version);
			Optional<byte[]> content = marketplace.sbom(release);
			if (content.isEmpty()) {
				return MaintenanceStatus.notBuilt(appliance, version, where, CoreText.ReleaseCheckJob_noSbom);
			}
			ReleaseSbom sbom = ReleaseSbom.read(content.get());
			String id = sbom.appliance() != null ? sbom.appliance() : appliance;
			List<Pocket> pockets = ReleaseAudit.recordedPockets(sbom, null, null);
			if (sbom.packages().isEmpty() || pockets.isEmpty()) {
				return MaintenanceStatus.notBuilt(id, version, where, CoreText.ReleaseCheckJob_notRecorded);
			}
			List<Path> keyrings = projectKeyring(id).map(List::of).orElse(List.of());
			MaintenanceReport report = new MaintenanceAudit(ProjectAudit.options(cacheDirectory, keyrings)).audit(where, sbom.packages(), pockets,
					new MonitorProgress(monitor, monitor));
			return MaintenanceStatus.checked(id, version, where, report);
		} catch (PublishException | MaintenanceAudit.Failure | DebianArchiveException | IllegalArgumentException e) {
			return failed(appliance, version, where, e.getMessage());
		}
	}

	private static MaintenanceStatus failed(String appliance, String version, String where, String message) {
		String note = NLS.bind(CoreText.ReleaseCheckJob_failed, where, message);
		ILog.of(ReleaseCheckJob.class).warn(note);
		return MaintenanceStatus.failed(appliance, version, where, note);
	}

	/** The keyring the manifest of a workspace project of this appliance names, if any. */
	private static Optional<Path> projectKeyring(String applianceId) {
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		for (IProject project : root.getProjects()) {
			IPath location = project.getLocation();
			if (!ApplianceNature.isApplianceProject(project) || location == null) {
				continue;
			}
			Path folder = location.toPath();
			Appliance appliance = new ManifestCheck().check(folder.resolve(ManifestCheck.MANIFEST_FILE), null, project.getName()).appliance();
			if (appliance != null && applianceId.equals(appliance.getId()) && appliance.getOs() != null) {
				Path keyring = RecipeMapper.map(appliance, folder, 0).os().keyring();
				if (keyring != null) {
					return Optional.of(keyring);
				}
			}
		}
		return Optional.empty();
	}
}
