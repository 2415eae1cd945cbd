package dev.kiln.ui.internal.build;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.part.ViewPart;

import dev.kiln.build.BuiltImages;
import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.ApplianceNature;
import dev.kiln.ui.internal.UIText;

/**
 * Appliance Images: each appliance project of the workspace with the images its last build left in {@code build/}
 * (format, size, SHA-256) and whether they were built from the project's current manifest and files or are stale. The
 * view reads the output folders in a job of its own, again when a project's files change or a build ends; Build
 * builds the selected project again.
 */
public class ImagesView extends ViewPart {

	public static final String ID = "dev.kiln.ui.imagesView"; //$NON-NLS-1$

	/** A project and what it has built ({@code images} is null while it is being read, or when it cannot be). */
	record ProjectRow(IProject project, BuiltImages images, String problem) {

		String state() {
			if (problem != null) {
				return problem;
			}
			if (images == null) {
				return UIText.ImagesView_reading;
			}
			return switch (images.freshness()) {
				case UP_TO_DATE -> UIText.ImagesView_current;
				case STALE -> UIText.ImagesView_stale;
				case MISSING -> UIText.ImagesView_notBuilt;
			};
		}

		List<ImageRow> imageRows() {
			return images == null ? List.of() : images.images().stream().map(image -> new ImageRow(this, image)).toList();
		}
	}

	/** An image of a project's last build. */
	record ImageRow(ProjectRow parent, BuiltImages.Image image) {
	}

	private TreeViewer viewer;
	private Action build;
	private Action refresh;
	private List<ProjectRow> rows = List.of();

	private final Job reader = Job.create(UIText.ImagesView_readJob, this::read);

	private final IJobChangeListener buildsEnd = new JobChangeAdapter() {
		@Override
		public void done(IJobChangeEvent event) {
			if (event.getJob() instanceof ApplianceBuildJob) {
				reader.schedule();
			}
		}
	};

	private final IResourceChangeListener projectsChange = event -> {
		if (event.getDelta() != null && event.getDelta().getAffectedChildren().length > 0) {
			// wait for a burst of changes (a build refreshing its output) to settle
			reader.schedule(500);
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Tree tree = viewer.getTree();
		tree.setHeaderVisible(true);
		tree.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(tree);
		column(UIText.ImagesView_name, 260, row -> row.project().getName(), image -> image.image().file().getFileName().toString());
		column(UIText.ImagesView_format, 90, row -> "", image -> image.image().format()); //$NON-NLS-1$
		column(UIText.ImagesView_size, 90, row -> "", image -> BuildTimes.size(image.image().size())); //$NON-NLS-1$
		column(UIText.ImagesView_state, 260, ProjectRow::state, image -> ""); //$NON-NLS-1$
		column(UIText.ImagesView_sha256, 470, row -> "", image -> image.image().sha256()); //$NON-NLS-1$
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return rows.toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				return element instanceof ProjectRow row ? row.imageRows().toArray() : new Object[0];
			}

			@Override
			public Object getParent(Object element) {
				return element instanceof ImageRow image ? image.parent() : null;
			}

			@Override
			public boolean hasChildren(Object element) {
				return element instanceof ProjectRow row && !row.imageRows().isEmpty();
			}
		});
		viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
		viewer.setInput(rows);
		createActions();
		viewer.addSelectionChangedListener(event -> updateActions());
		Job.getJobManager().addJobChangeListener(buildsEnd);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(projectsChange, IResourceChangeEvent.POST_CHANGE);
		reader.setSystem(true);
		reader.schedule();
	}

	private void column(String title, int width, Function<ProjectRow, String> project, Function<ImageRow, String> image) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return element instanceof ProjectRow row ? project.apply(row) : image.apply((ImageRow) element);
			}
		});
	}

	private void createActions() {
		build = new Action(UIText.ImagesView_build) {
			@Override
			public void run() {
				selectedProject().ifPresent(project -> {
					ApplianceBuildJob job = new ApplianceBuildJob(project);
					job.setUser(true);
					job.schedule();
				});
			}
		};
		build.setToolTipText(UIText.ImagesView_buildTooltip);
		refresh = new Action(UIText.ImagesView_refresh) {
			@Override
			public void run() {
				reader.schedule();
			}
		};
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(build);
		toolBar.add(refresh);
		MenuManager menu = new MenuManager();
		menu.add(build);
		menu.add(refresh);
		viewer.getTree().setMenu(menu.createContextMenu(viewer.getTree()));
		updateActions();
	}

	private Optional<IProject> selectedProject() {
		Object selected = viewer.getStructuredSelection().getFirstElement();
		if (selected instanceof ProjectRow row) {
			return Optional.of(row.project());
		}
		return selected instanceof ImageRow image ? Optional.of(image.parent().project()) : Optional.empty();
	}

	private void updateActions() {
		build.setEnabled(selectedProject().isPresent());
	}

	/** The rows of the view as they are now; the test reads them. */
	List<ProjectRow> rows() {
		return rows;
	}

	private IStatus read(IProgressMonitor monitor) {
		List<ProjectRow> read = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			IPath location = project.getLocation();
			if (!ApplianceNature.isApplianceProject(project) || location == null) {
				continue;
			}
			try {
				read.add(new ProjectRow(project, BuiltImages.of(location.toPath()), null));
			} catch (IOException e) {
				read.add(new ProjectRow(project, null, UIText.bind(UIText.ImagesView_unreadable, e.getMessage())));
			}
		}
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(() -> show(read));
		}
		return Status.OK_STATUS;
	}

	private void show(List<ProjectRow> read) {
		if (viewer.getControl().isDisposed()) {
			return;
		}
		Optional<IProject> selected = selectedProject();
		rows = read;
		viewer.refresh();
		viewer.expandAll();
		selected.flatMap(project -> read.stream().filter(row -> row.project().equals(project)).findFirst())
				.ifPresent(row -> viewer.setSelection(new StructuredSelection(row)));
		updateActions();
	}

	@Override
	public void dispose() {
		Job.getJobManager().removeJobChangeListener(buildsEnd);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectsChange);
		reader.cancel();
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
