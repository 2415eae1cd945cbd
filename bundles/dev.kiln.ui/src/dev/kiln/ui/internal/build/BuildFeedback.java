package dev.kiln.ui.internal.build;

import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.part.ISetSelectionTarget;

import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.image.BuildReport;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.launch.ApplianceLaunchShortcut;
import dev.kiln.ui.internal.publish.PublishHandler;

/**
 * What the workbench shows of every appliance build, whoever started it: the project's {@link BuildConsole} follows
 * the build, and a {@link BuildNotification} says when it ended — what was built and how long it took, with Run,
 * Publish and Show in Folder, or why it failed. A cancelled build ends quietly (the user knows).
 */
public class BuildFeedback implements IStartup {

	/** The most lines of a failure's cause the notice shows; the console has them all. */
	private static final int CAUSE_LINES = 4;

	private final IJobChangeListener builds = new JobChangeAdapter() {
		@Override
		public void aboutToRun(IJobChangeEvent event) {
			if (event.getJob() instanceof ApplianceBuildJob build) {
				started(build);
			}
		}

		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob() instanceof ApplianceBuildJob build) {
				ended(build, event.getResult());
			}
		}
	};

	@Override
	public void earlyStartup() {
		Job.getJobManager().addJobChangeListener(builds);
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				Job.getJobManager().removeJobChangeListener(builds);
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				// removed before the shutdown: no notice while the window closes
			}
		});
	}

	private static void started(ApplianceBuildJob build) {
		BuildConsole console = BuildConsole.of(build.project());
		console.begin();
		build.addBuildListener(console);
		if (build.isUser()) {
			ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console);
		}
	}

	private static void ended(ApplianceBuildJob build, IStatus result) {
		BuildConsole console = BuildConsole.of(build.project());
		console.end(result, build.report(), build.duration());
		if (result.getSeverity() == IStatus.CANCEL || !PlatformUI.isWorkbenchRunning()) {
			return;
		}
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> notice(display, build, result, console).open());
	}

	private static BuildNotification notice(Display display, ApplianceBuildJob build, IStatus result, BuildConsole console) {
		IProject project = build.project();
		BuildReport report = build.report();
		String took = BuildTimes.format(build.duration());
		if (result.getSeverity() == IStatus.ERROR || report == null) {
			String cause = result.getMessage().lines().limit(CAUSE_LINES).collect(Collectors.joining("\n")); //$NON-NLS-1$
			return new BuildNotification(display, UIText.bind(UIText.BuildNotification_failedTitle, project.getName()),
					UIText.bind(UIText.BuildNotification_failed, took, cause), true)
					.link(UIText.BuildNotification_showConsole, () -> ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console));
		}
		String prefix = report.applianceId() + "-" + report.version() + "."; //$NON-NLS-1$ //$NON-NLS-2$
		String formats = report.artifacts().stream().map(a -> a.file().getFileName().toString())
				.map(name -> name.startsWith(prefix) ? name.substring(prefix.length()) : name).collect(Collectors.joining(", ")); //$NON-NLS-1$
		long bytes = report.artifacts().stream().mapToLong(BuildReport.Artifact::size).sum();
		String text = UIText.bind(UIText.BuildNotification_built, new Object[] { report.artifacts().size(), formats, BuildTimes.size(bytes), took });
		if (result.getSeverity() == IStatus.WARNING) {
			text += "\n" + result.getMessage(); //$NON-NLS-1$
		}
		return new BuildNotification(display, UIText.bind(UIText.BuildNotification_builtTitle, project.getName()), text, false)
				.link(UIText.BuildNotification_run, () -> new ApplianceLaunchShortcut().launch(new StructuredSelection(project), ILaunchManager.RUN_MODE))
				.link(UIText.BuildNotification_publish, () -> PublishHandler.open(display.getActiveShell(), Optional.of(project)))
				.link(UIText.BuildNotification_showInFolder, () -> showInFolder(project, report))
				.link(UIText.BuildNotification_showConsole, () -> ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console));
	}

	/** Selects the first image in the Project Explorer ({@code build/} when it is gone). */
	private static void showInFolder(IProject project, BuildReport report) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		IResource target = project.getFolder(ApplianceBuildJob.OUTPUT_FOLDER);
		if (!report.artifacts().isEmpty()) {
			IResource image = project.getFolder(ApplianceBuildJob.OUTPUT_FOLDER).getFile(report.artifacts().get(0).file().getFileName().toString());
			target = image.exists() ? image : target;
		}
		try {
			IViewPart explorer = page.showView(IPageLayout.ID_PROJECT_EXPLORER);
			if (explorer instanceof ISetSelectionTarget selectable) {
				selectable.selectReveal(new StructuredSelection(target));
			}
		} catch (PartInitException e) {
			// the Project Explorer is not there: nothing to show the folder in
		}
	}
}
