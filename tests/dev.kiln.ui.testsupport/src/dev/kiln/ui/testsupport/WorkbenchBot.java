package dev.kiln.ui.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;

/** A {@link Bot} that also knows the workbench: window, perspectives, views, editors, jobs (as SWTBot's SWTWorkbenchBot). */
public class WorkbenchBot extends Bot {

	/** The workbench window's shell, activated. */
	public BotShell activeWorkbenchWindow() {
		return find("workbench window", () -> {
			IWorkbenchWindow window = window();
			return window == null ? null : window.getShell();
		}, shell -> new BotShell(shell, this)).activate();
	}

	// --- perspectives ---------------------------------------------------------------------------

	/** The registered perspective with this id. */
	public BotPerspective perspectiveById(String id) {
		return find("perspective with id '" + id + "'",
				() -> PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithId(id), BotPerspective::new);
	}

	/** The registered perspective with this label. */
	public BotPerspective perspectiveByLabel(String label) {
		return find("perspective labelled '" + label + "'",
				() -> PlatformUI.getWorkbench().getPerspectiveRegistry().findPerspectiveWithLabel(label), BotPerspective::new);
	}

	/** The perspective of the active page. */
	public BotPerspective activePerspective() {
		IPerspectiveDescriptor active = UIThreadRunnable.syncExec(() -> page().getPerspective());
		return new BotPerspective(active);
	}

	// --- views ----------------------------------------------------------------------------------

	/** The open view with this id (waits for it to open). */
	public BotView viewById(String id) {
		return find("view with id '" + id + "'", () -> {
			for (IViewReference view : page().getViewReferences()) {
				if (view.getId().equals(id)) {
					return view;
				}
			}
			return null;
		}, view -> new BotView(view, this));
	}

	/** The open view with this title (waits for it to open). */
	public BotView viewByTitle(String title) {
		return find("view titled '" + title + "'", () -> {
			for (IViewReference view : page().getViewReferences()) {
				if (title.equals(view.getPartName())) {
					return view;
				}
			}
			return null;
		}, view -> new BotView(view, this));
	}

	/** Ids of the views open on the active page. */
	public List<String> viewIds() {
		return UIThreadRunnable.syncExec(() -> {
			List<String> ids = new ArrayList<>();
			for (IViewReference view : page().getViewReferences()) {
				ids.add(view.getId());
			}
			return ids;
		});
	}

	// --- editors --------------------------------------------------------------------------------

	/** The open editor with this title (waits for it to open). */
	public BotEditor editorByTitle(String title) {
		return find("editor titled '" + title + "'", () -> {
			for (IEditorReference editor : page().getEditorReferences()) {
				if (title.equals(editor.getPartName())) {
					return editor;
				}
			}
			return null;
		}, editor -> new BotEditor(editor, this));
	}

	/** The open multi-page editor with this title (waits for it to open), as SWTBot's multipageEditorByTitle. */
	public BotMultiPageEditor multipageEditorByTitle(String title) {
		return find("multi-page editor titled '" + title + "'", () -> {
			for (IEditorReference editor : page().getEditorReferences()) {
				if (title.equals(editor.getPartName())) {
					return editor;
				}
			}
			return null;
		}, editor -> new BotMultiPageEditor(editor, this));
	}

	/** The active editor (waits for one). */
	public BotEditor activeEditor() {
		return find("active editor", () -> {
			var active = page().getActiveEditor();
			return active == null ? null : (IEditorReference) page().getReference(active);
		}, editor -> new BotEditor(editor, this));
	}

	public void saveAllEditors() {
		UIThreadRunnable.syncExec(() -> page().saveAllEditors(false));
	}

	/** Closes every editor, discarding unsaved changes. */
	public void closeAllEditors() {
		UIThreadRunnable.syncExec(() -> page().closeAllEditors(false));
	}

	// --- clean-up and jobs ------------------------------------------------------------------------

	/** Closes every visible shell but the workbench window's (dialogs, wizards, pop-ups), innermost first. */
	public void closeAllShells() {
		UIThreadRunnable.syncExec(() -> {
			Shell main = window() == null ? null : window().getShell();
			Shell[] shells = display().getShells();
			for (int i = shells.length - 1; i >= 0; i--) {
				if (shells[i] != main && !shells[i].isDisposed() && shells[i].isVisible()) {
					shells[i].close();
				}
			}
		});
	}

	/**
	 * Waits until no job is running or waiting (sleeping jobs do not count), or fails after
	 * {@code limit} naming the jobs still busy. Never sleeps a fixed time.
	 */
	public void waitForJobs(Duration limit) {
		waitUntil(new ICondition() {
			private String busy = "";

			@Override
			public boolean test() {
				List<String> names = new ArrayList<>();
				for (Job job : Job.getJobManager().find(null)) {
					if (job.getState() == Job.RUNNING || job.getState() == Job.WAITING) {
						names.add(job.getName());
					}
				}
				busy = String.join(", ", names);
				return names.isEmpty();
			}

			@Override
			public String getFailureMessage() {
				return "jobs to finish; still busy: " + busy;
			}
		}, limit);
	}

	/**
	 * Waits until the workspace build has run (auto-build jobs are scheduled with a delay and sleep
	 * until then, which {@link #waitForJobs(Duration)} does not count), then for all other jobs.
	 */
	public void waitForBuild(Duration limit) {
		waitForWorkspaceBuild(limit);
		waitForJobs(limit);
	}

	/**
	 * Waits until the workspace build has run, but not for other jobs: for code that itself runs in a job
	 * (an early start-up extension), which {@link #waitForJobs(Duration)} would wait for until it fails.
	 */
	public void waitForWorkspaceBuild(Duration limit) {
		waitUntil(Conditions.that("the workspace build to finish",
				() -> Job.getJobManager().find(ResourcesPlugin.FAMILY_AUTO_BUILD).length == 0
						&& Job.getJobManager().find(ResourcesPlugin.FAMILY_MANUAL_BUILD).length == 0),
				limit);
	}

	private static IWorkbenchWindow window() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window;
	}

	private static IWorkbenchPage page() {
		IWorkbenchWindow window = window();
		if (window == null || window.getActivePage() == null) {
			throw new IllegalStateException("no workbench window with an active page");
		}
		return window.getActivePage();
	}
}
