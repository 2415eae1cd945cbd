package dev.kiln.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.kiln.build.MaintenanceAudit;
import dev.kiln.build.MaintenanceReport;
import dev.kiln.build.MaintenanceReport.PendingUpdate;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ProjectAudit;
import dev.kiln.core.internal.CoreText;
import dev.kiln.core.internal.MonitorProgress;
import dev.kiln.core.internal.ProjectBuildRule;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.SourcePosition;

/**
 * The maintenance check of an appliance project: audits its last build (the package list next to its images) against
 * the pockets of its manifest ({@link ProjectAudit}) and keeps one {@value #MARKER} error on {@code appliance.xml} per
 * pending security fix, on the line of {@code <os>}. Nothing built: no marker. A pocket that cannot be read leaves the
 * markers as they were and goes to the error log and the {@link #status(IProject) status}, never to a dialog. Waits
 * for a build of the project to end (and a build for it), but holds no resource: the workspace stays usable.
 */
public final class MaintenanceCheckJob extends Job {

	/** The marker type of pending security fixes (a problem and text marker). */
	public static final String MARKER = "dev.kiln.core.maintenanceProblem"; //$NON-NLS-1$
	/** Marker attribute: the package with a pending fix. */
	public static final String PACKAGE = "package"; //$NON-NLS-1$
	/** Marker attribute: the version with the fix. */
	public static final String CANDIDATE_VERSION = "candidateVersion"; //$NON-NLS-1$
	/** Marker attribute: the CVE ids the fix names, comma-separated. */
	public static final String CVES = "cves"; //$NON-NLS-1$

	/** The family of the checks of projects and of published releases, for {@code IJobManager#join} and the views. */
	public static final Object FAMILY = MaintenanceCheckJob.class;

	private static final QualifiedName STATUS = new QualifiedName("dev.kiln.core", "maintenanceStatus"); //$NON-NLS-1$ //$NON-NLS-2$

	private final IProject project;
	private final Path cacheDirectory;

	/** A check with the build cache of the workbench's builds ({@link ApplianceBuildJob#defaultCacheDirectory()}). */
	public MaintenanceCheckJob(IProject project) {
		this(project, ApplianceBuildJob.defaultCacheDirectory());
	}

	/** A check that reads and keeps the archive's indexes in the build cache {@code cacheDirectory}. */
	public MaintenanceCheckJob(IProject project, Path cacheDirectory) {
		super(NLS.bind(CoreText.MaintenanceCheckJob_name, project.getName()));
		this.project = project;
		this.cacheDirectory = cacheDirectory;
		setRule(new ProjectBuildRule(project));
	}

	public IProject project() {
		return project;
	}

	/** @return what the last check of the project in this session found; empty when it was not checked yet */
	public static Optional<MaintenanceStatus> status(IProject project) {
		try {
			return project.isAccessible() && project.getSessionProperty(STATUS) instanceof MaintenanceStatus status ? Optional.of(status)
					: Optional.empty();
		} catch (CoreException e) {
			return Optional.empty();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		IPath location = project.getLocation();
		if (!ApplianceNature.isApplianceProject(project) || location == null) {
			return Status.OK_STATUS;
		}
		Path root = location.toPath();
		IFile manifest = project.getFile(ManifestCheck.MANIFEST_FILE);
		String where = project.getFolder(ProjectOutputs.FOLDER).getFullPath().toString();
		ManifestCheck.Result check = new ManifestCheck().check(root.resolve(ManifestCheck.MANIFEST_FILE), root, manifest.getFullPath().toString());
		if (check.hasErrors() || check.appliance() == null) {
			// the manifest's own markers say what is wrong; the last build's markers stay until a check can run
			keep(MaintenanceStatus.failed(project.getName(), "", where, NLS.bind(CoreText.MaintenanceCheckJob_manifestErrors, //$NON-NLS-1$
					manifest.getFullPath())));
			return Status.OK_STATUS;
		}
		Appliance appliance = check.appliance();
		progress.worked(5);
		try {
			Optional<ProjectAudit.LastBuild> build = ProjectAudit.lastBuild(root, appliance);
			if (build.isEmpty() || build.get().packages().isEmpty()) {
				mark(manifest, 0, null, progress.split(5));
				keep(MaintenanceStatus.notBuilt(appliance.getId(), appliance.getVersion(), where,
						NLS.bind(build.isEmpty() ? CoreText.MaintenanceCheckJob_notBuilt : CoreText.MaintenanceCheckJob_noPackages,
								appliance.getVersion(), where)));
				return Status.OK_STATUS;
			}
			String list = project.getFile(root.relativize(build.get().packageList()).toString()).getFullPath().toString();
			MaintenanceReport report = ProjectAudit.audit(cacheDirectory, root, appliance, build.get(),
					new MonitorProgress(progress.split(90), monitor));
			mark(manifest, SourcePosition.lineOf(appliance.getOs()), report, progress.split(5));
			keep(MaintenanceStatus.checked(appliance.getId(), appliance.getVersion(), list, report));
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (MaintenanceAudit.Failure | IOException e) {
			String note = NLS.bind(CoreText.MaintenanceCheckJob_failed, project.getName(), e.getMessage());
			ILog.of(MaintenanceCheckJob.class).warn(note);
			keep(MaintenanceStatus.failed(appliance.getId(), appliance.getVersion(), where, note));
			return Status.OK_STATUS;
		} catch (CoreException e) {
			ILog.of(MaintenanceCheckJob.class).log(e.getStatus());
			return Status.OK_STATUS;
		}
	}

	/** Replaces the project's maintenance markers with one per pending security fix of the report ({@code null}: none). */
	private void mark(IFile manifest, int line, MaintenanceReport report, IProgressMonitor monitor) throws CoreException {
		IWorkspace workspace = project.getWorkspace();
		// markers need no scheduling rule; one operation gives one resource delta
		workspace.run(m -> {
			if (!project.isAccessible()) {
				return;
			}
			project.deleteMarkers(MARKER, true, IResource.DEPTH_INFINITE);
			if (report == null || !manifest.exists()) {
				return;
			}
			for (PendingUpdate fix : report.securityUpdates()) {
				IMarker marker = manifest.createMarker(MARKER);
				marker.setAttributes(new String[] { IMarker.MESSAGE, IMarker.SEVERITY, IMarker.LINE_NUMBER, PACKAGE, CANDIDATE_VERSION, CVES },
						new Object[] { message(fix), IMarker.SEVERITY_ERROR, Math.max(line, 1), fix.name(), fix.candidateVersion(),
								String.join(",", fix.cves()) }); //$NON-NLS-1$
			}
		}, null, IWorkspace.AVOID_UPDATE, monitor);
	}

	static String message(PendingUpdate fix) {
		return fix.cves().isEmpty()
				? NLS.bind(CoreText.MaintenanceCheckJob_securityFix, new Object[] { fix.name(), fix.shippedVersion(), fix.candidateVersion(), fix.pocket() })
				: NLS.bind(CoreText.MaintenanceCheckJob_securityFixWithCves, new Object[] { fix.name(), fix.shippedVersion(), fix.candidateVersion(),
						fix.pocket(), String.join(", ", fix.cves()) }); //$NON-NLS-1$
	}

	private void keep(MaintenanceStatus status) {
		try {
			if (project.isAccessible()) {
				project.setSessionProperty(STATUS, status);
			}
		} catch (CoreException e) {
			// the project was closed or deleted meanwhile: nothing to show it for
		}
	}
}
