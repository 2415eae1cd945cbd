package dev.kiln.ui.internal.maintenance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.IJobChangeListener;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.part.ViewPart;

import dev.kiln.core.ApplianceNature;
import dev.kiln.core.MaintenanceCheckJob;
import dev.kiln.core.MaintenanceStatus;
import dev.kiln.core.MaintenanceWatch;
import dev.kiln.core.internal.publish.ReleaseCheckJob;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.quickfix.RebuildWithUpdates;

/**
 * Maintenance: the last build of each appliance project of the workspace and the latest release of each appliance in
 * the saved marketplaces, with the security fixes and updates the Debian archive has for them. The rows show what the
 * checks found ({@link MaintenanceCheckJob}, {@link ReleaseCheckJob}), kept in the workspace's session; the view
 * follows the checks as they end and never reads a file or the network itself. Check Now checks everything again;
 * Show Details opens a row's report; Rebuild with Updates builds a project again.
 */
public class MaintenanceView extends ViewPart {

	public static final String ID = "dev.kiln.ui.maintenanceView"; //$NON-NLS-1$

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault()); //$NON-NLS-1$

	/**
	 * A row: a project's last build ({@code project} set; {@code status} empty until checked) or a published release.
	 */
	record Row(IProject project, Optional<MaintenanceStatus> status, boolean checking) {

		String appliance() {
			return status.map(MaintenanceStatus::appliance).orElse(project == null ? "" : project.getName()); //$NON-NLS-1$
		}

		String state() {
			if (checking) {
				return UIText.MaintenanceView_checking;
			}
			if (status.isEmpty()) {
				return UIText.MaintenanceView_notChecked;
			}
			MaintenanceStatus found = status.get();
			return switch (found.state()) {
				case NOT_BUILT -> UIText.MaintenanceView_notBuilt;
				case FAILED -> UIText.MaintenanceView_error;
				case CHECKED -> checkedState(found.securityFixes().size(), found.otherUpdates());
			};
		}

		private static String checkedState(int securityFixes, int otherUpdates) {
			if (securityFixes > 0 && otherUpdates > 0) {
				return UIText.bind(UIText.MaintenanceView_securityFixesAndUpdates, securityFixes, otherUpdates);
			}
			if (securityFixes > 0) {
				return UIText.bind(UIText.MaintenanceView_securityFixes, securityFixes);
			}
			return otherUpdates > 0 ? UIText.bind(UIText.MaintenanceView_updates, otherUpdates) : UIText.MaintenanceView_upToDate;
		}
	}

	private TableViewer viewer;
	private Label summary;
	private Action checkNow;
	private Action showDetails;
	private Action rebuild;

	private final IJobChangeListener checksEnd = new JobChangeAdapter() {
		@Override
		public void scheduled(IJobChangeEvent event) {
			followed(event.getJob());
		}

		@Override
		public void done(IJobChangeEvent event) {
			followed(event.getJob());
		}

		private void followed(Job job) {
			if (job.belongsTo(MaintenanceCheckJob.FAMILY)) {
				refreshLater();
			}
		}
	};

	private final IResourceChangeListener projectsChange = event -> {
		if (event.getDelta() != null && event.getDelta().getAffectedChildren().length > 0) {
			refreshLater();
		}
	};

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().applyTo(parent);
		viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
		column(UIText.MaintenanceView_appliance, 160, Row::appliance);
		column(UIText.MaintenanceView_version, 80, row -> row.status().map(MaintenanceStatus::version).orElse("")); //$NON-NLS-1$
		column(UIText.MaintenanceView_where, 280, row -> row.status().map(MaintenanceStatus::where).orElse("")); //$NON-NLS-1$
		column(UIText.MaintenanceView_state, 170, Row::state);
		column(UIText.MaintenanceView_cves, 220, row -> row.status().map(s -> String.join(", ", s.cves())).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
		column(UIText.MaintenanceView_checkedAt, 130, row -> row.status().map(s -> TIME.format(s.checked())).orElse("")); //$NON-NLS-1$
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		ColumnViewerToolTipSupport.enableFor(viewer);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

		createActions();
		viewer.addSelectionChangedListener(event -> updateActions());
		viewer.addDoubleClickListener(event -> showDetails());
		Job.getJobManager().addJobChangeListener(checksEnd);
		ResourcesPlugin.getWorkspace().addResourceChangeListener(projectsChange, IResourceChangeEvent.POST_CHANGE);
		refresh();
		checkWhatWasNotChecked();
	}

	private void column(String title, int width, Function<Row, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}

			@Override
			public String getToolTipText(Object element) {
				return ((Row) element).status().map(MaintenanceStatus::note).orElse(null);
			}
		});
	}

	private void createActions() {
		checkNow = new Action(UIText.MaintenanceView_checkNow) {
			@Override
			public void run() {
				checkAll();
			}
		};
		checkNow.setToolTipText(UIText.MaintenanceView_checkNowTooltip);
		showDetails = new Action(UIText.MaintenanceView_showDetails) {
			@Override
			public void run() {
				showDetails();
			}
		};
		rebuild = new Action(UIText.RebuildWithUpdates_label) {
			@Override
			public void run() {
				selected().map(Row::project).ifPresent(RebuildWithUpdates::rebuild);
			}
		};
		IToolBarManager toolBar = getViewSite().getActionBars().getToolBarManager();
		toolBar.add(checkNow);
		toolBar.add(showDetails);
		toolBar.add(rebuild);
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(this::fillContextMenu);
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		updateActions();
	}

	private void fillContextMenu(IMenuManager menu) {
		menu.add(showDetails);
		menu.add(rebuild);
		// PatchRelease hook: "Publish Patch Release" goes here, for a release row whose appliance is a workspace project:
		// a core job (like PublishJob) runs dev.kiln.build.PatchRelease for that project and the row's saved marketplace
		menu.add(checkNow);
	}

	private Optional<Row> selected() {
		return viewer.getStructuredSelection().getFirstElement() instanceof Row row ? Optional.of(row) : Optional.empty();
	}

	private void updateActions() {
		Optional<Row> row = selected();
		showDetails.setEnabled(row.flatMap(Row::status).isPresent());
		rebuild.setEnabled(row.map(r -> r.project() != null && !r.checking()).orElse(false));
	}

	/** Checks every appliance project and the saved marketplaces' releases, in the background. */
	public void checkAll() {
		long projects = MaintenanceWatch.checkAll().stream().filter(MaintenanceCheckJob.class::isInstance).count();
		summary.setText(UIText.bind(UIText.MaintenanceView_checkingAll, projects));
	}

	/** The rows as the checks left them: reads the workspace's session only, never a file. */
	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		List<IProject> checking = new ArrayList<>();
		boolean releasesChecking = false;
		for (Job job : Job.getJobManager().find(MaintenanceCheckJob.FAMILY)) {
			if (job instanceof MaintenanceCheckJob check) {
				checking.add(check.project());
			} else if (job instanceof ReleaseCheckJob) {
				releasesChecking = true;
			}
		}
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (ApplianceNature.isApplianceProject(project)) {
				rows.add(new Row(project, MaintenanceCheckJob.status(project), checking.contains(project)));
			}
		}
		for (MaintenanceStatus release : ReleaseCheckJob.statuses()) {
			rows.add(new Row(null, Optional.of(release), releasesChecking));
		}
		return rows;
	}

	private void refreshLater() {
		if (viewer != null && !viewer.getControl().isDisposed()) {
			viewer.getControl().getDisplay().asyncExec(this::refresh);
		}
	}

	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		IStructuredSelection selection = viewer.getStructuredSelection();
		Object selectedProject = selection.getFirstElement() instanceof Row row ? row.project() : null;
		List<Row> rows = rows();
		viewer.setInput(rows);
		rows.stream().filter(row -> row.project() != null && row.project().equals(selectedProject)).findFirst()
				.ifPresent(row -> viewer.setSelection(new StructuredSelection(row)));
		summary.setText(summary(rows));
		updateActions();
	}

	private static String summary(List<Row> rows) {
		if (rows.isEmpty()) {
			return UIText.MaintenanceView_noAppliances;
		}
		long pending = rows.stream().filter(row -> row.status().map(s -> !s.securityFixes().isEmpty()).orElse(false)).count();
		return UIText.bind(UIText.MaintenanceView_summary, pending, rows.size());
	}

	/** On opening: checks the projects and the releases that were not checked in this session. */
	private void checkWhatWasNotChecked() {
		for (Row row : rows()) {
			if (row.project() != null && row.status().isEmpty() && !row.checking()) {
				new MaintenanceCheckJob(row.project()).schedule();
			}
		}
		if (!ReleaseCheckJob.checked()) {
			new ReleaseCheckJob().schedule();
		}
	}

	private void showDetails() {
		selected().flatMap(Row::status).ifPresent(status -> new ReportDialog(getSite().getShell(), status).open());
	}

	@Override
	public void dispose() {
		Job.getJobManager().removeJobChangeListener(checksEnd);
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(projectsChange);
		super.dispose();
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}
