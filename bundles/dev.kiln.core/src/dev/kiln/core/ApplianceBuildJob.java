package dev.kiln.core;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ManifestCheck;
import dev.kiln.core.internal.publish.VendorIdentityStore;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.ovf.OvaException;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.core.internal.CoreText;
import dev.kiln.core.internal.MonitorProgress;
import dev.kiln.core.internal.ProjectBuildRule;
import dev.kiln.image.BuildCancelledException;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.ImageEngine;
import dev.kiln.model.io.ManifestProblem;

/**
 * Builds an appliance project's images into its derived {@code build/} folder through
 * {@link ApplianceBuild}, exactly as the {@code kiln build} command does, so both give the same bytes.
 * Reports the engine's phases to the progress monitor and stops when cancelled. Builds of one project
 * run one after the other; the workspace stays usable meanwhile.
 */
public final class ApplianceBuildJob extends Job {

	/** The folder of the project that receives the images (derived). */
	public static final String OUTPUT_FOLDER = ProjectOutputs.FOLDER;

	/** The family of all appliance build jobs, for {@code IJobManager#join} and {@code cancel}. */
	public static final Object FAMILY = ApplianceBuildJob.class;

	private final IProject project;
	private final Path cacheDirectory;
	private final CopyOnWriteArrayList<ApplianceBuildListener> listeners = new CopyOnWriteArrayList<>();
	private volatile BuildReport report;
	private volatile Duration duration;

	/**
	 * System property naming the build cache of the workbench's builds and maintenance checks (the UI tests share the
	 * build tests' cache); default {@link ImageEngine#defaultCacheDirectory()}.
	 */
	public static final String CACHE_PROPERTY = "kiln.cache"; //$NON-NLS-1$

	/** A build with the workbench's cache of base systems ({@link #defaultCacheDirectory()}). */
	public ApplianceBuildJob(IProject project) {
		this(project, defaultCacheDirectory());
	}

	/** A build with the cache of base systems in {@code cacheDirectory}. */
	public ApplianceBuildJob(IProject project, Path cacheDirectory) {
		super(NLS.bind(CoreText.ApplianceBuildJob_name, project.getName()));
		this.project = project;
		this.cacheDirectory = cacheDirectory;
	}

	public IProject project() {
		return project;
	}

	/** @return the cache {@value #CACHE_PROPERTY} names, else {@link ImageEngine#defaultCacheDirectory()} */
	public static Path defaultCacheDirectory() {
		String property = System.getProperty(CACHE_PROPERTY);
		return property == null || property.isBlank() ? ImageEngine.defaultCacheDirectory() : Path.of(property);
	}

	/** What the build produced (images with sizes and SHA-256), or {@code null} until it succeeded. */
	public BuildReport report() {
		return report;
	}

	/** How long the last run took, from waiting for the project's other build to the refreshed output; {@code null} before. */
	public Duration duration() {
		return duration;
	}

	/**
	 * {@code listener} hears the steps and the log of this job's runs; add it before the job runs
	 * (an {@code IJobChangeListener}'s {@code aboutToRun} is the place).
	 */
	public void addBuildListener(ApplianceBuildListener listener) {
		listeners.addIfAbsent(listener);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		long started = System.nanoTime();
		report = null;
		try {
			return build(monitor);
		} finally {
			duration = Duration.ofNanos(System.nanoTime() - started);
		}
	}

	private IStatus build(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, getName(), 100);
		IPath location = project.getLocation();
		if (location == null) {
			return Status.error(NLS.bind(CoreText.ApplianceBuildJob_noLocation, project.getName()));
		}
		Path root = location.toPath();
		String manifest = project.getFile(ManifestCheck.MANIFEST_FILE).getFullPath().toString();
		ISchedulingRule rule = new ProjectBuildRule(project);
		IJobManager jobs = Job.getJobManager();
		IStatus status;
		try {
			// split() throws when the job is cancelled already: before the try whose finally ends the rule
			IProgressMonitor waitForRule = progress.split(1);
			try {
				jobs.beginRule(rule, waitForRule);
				String unsigned = null;
				ImageEngine engine;
				engine = new ImageEngine(cacheDirectory);
				try {
					// the vendor identity signs the OVA, as KILN_SIGNING_KEYSTORE does for kiln build
					VendorIdentity identity = new VendorIdentityStore().identity().orElse(null);
					if (identity != null && OvaSigner.accepts(identity)) {
						engine = new ImageEngine(cacheDirectory, OvaSigner.of(identity));
					} else if (identity != null) {
						unsigned = NLS.bind(CoreText.ApplianceBuildJob_identityCannotSignOva, identity.keyAlgorithm());
					}
				} catch (IdentityException | OvaException e) {
					unsigned = e.getMessage();
				}
				report = new ApplianceBuild(engine).build(root, manifest, root.resolve(OUTPUT_FOLDER), ApplianceBuild.sourceDateEpoch(),
						new MonitorProgress(progress.split(95), monitor, step -> stepBegins(monitor, step), this::lineLogged));
				status = unsigned == null ? Status.OK_STATUS : Status.warning(NLS.bind(CoreText.ApplianceBuildJob_unsigned, project.getName(), unsigned));
			} finally {
				jobs.endRule(rule);
			}
		} catch (ApplianceBuild.InvalidManifestException e) {
			status = Status.error(NLS.bind(CoreText.ApplianceBuildJob_invalidManifest, project.getName(),
					e.problems().stream().map(ManifestProblem::toString).collect(Collectors.joining("\n")))); //$NON-NLS-1$
		} catch (BuildCancelledException | OperationCanceledException e) {
			status = Status.CANCEL_STATUS;
		} catch (ImageBuildException e) {
			status = Status.error(NLS.bind(CoreText.ApplianceBuildJob_failed, project.getName(), e.getMessage()), e);
		}
		try {
			refreshOutput(progress.newChild(4));
		} catch (CoreException e) {
			return status.isOK() ? e.getStatus() : status;
		}
		if (status.getSeverity() <= IStatus.WARNING) {
			// in a job of its own, so the build ends now: the audit may ask the archive for a minute
			new MaintenanceCheckJob(project, cacheDirectory).schedule();
		}
		return status;
	}

	/** The status line shows the step ("Building appliance wiki: Installing packages (12%)"), the listeners hear it. */
	private void stepBegins(IProgressMonitor monitor, String step) {
		monitor.setTaskName(step);
		listeners.forEach(l -> l.step(step));
	}

	private void lineLogged(String line) {
		listeners.forEach(l -> l.line(line));
	}

	/** Brings {@code build/} into the workspace, marked derived (not source, not shared). */
	private void refreshOutput(IProgressMonitor monitor) throws CoreException {
		IFolder folder = project.getFolder(OUTPUT_FOLDER);
		IWorkspace workspace = project.getWorkspace();
		workspace.run(m -> {
			folder.refreshLocal(IResource.DEPTH_INFINITE, m);
			if (folder.exists()) {
				folder.setDerived(true, m);
			}
		}, workspace.getRuleFactory().refreshRule(folder), IWorkspace.AVOID_UPDATE, monitor);
	}
}
