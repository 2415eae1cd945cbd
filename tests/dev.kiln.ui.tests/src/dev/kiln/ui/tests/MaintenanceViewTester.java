package dev.kiln.ui.tests;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.kiln.build.ProjectOutputs;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.maintenance.MaintenanceView;
import dev.kiln.ui.testsupport.BotTable;
import dev.kiln.ui.testsupport.BotView;
import dev.kiln.ui.testsupport.Screenshots;
import dev.kiln.ui.testsupport.UIThreadRunnable;
import dev.kiln.ui.testsupport.WorkbenchBot;

/** The Maintenance view as a user reads and drives it, by the labels of {@link UIText}. */
final class MaintenanceViewTester {

	/** The columns, as the view orders them. */
	private static final int APPLIANCE = 0;
	private static final int WHERE = 2;
	private static final int STATE = 3;
	private static final int CVES = 4;

	private final WorkbenchBot bot;
	private final BotView view;

	private MaintenanceViewTester(WorkbenchBot bot, BotView view) {
		this.bot = bot;
		this.view = view;
	}

	/** The Kiln perspective, its Maintenance view shown. */
	static MaintenanceViewTester open(WorkbenchBot bot) {
		bot.perspectiveById(KilnPerspective.ID).activate();
		UIThreadRunnable.syncExec(() -> {
			try {
				PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(MaintenanceView.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		BotView view = bot.viewById(MaintenanceView.ID);
		view.show();
		return new MaintenanceViewTester(bot, view);
	}

	/** Check Now, in the view's tool bar. */
	void checkNow() {
		view.toolbarButton(UIText.MaintenanceView_checkNow).click();
	}

	/** The state column of a project's last build (the view shown first); empty while the view has no row for it. */
	Optional<String> state(IProject project) {
		return cell(project, STATE);
	}

	/** The CVE ids column of a project's last build. */
	Optional<String> cves(IProject project) {
		return cell(project, CVES);
	}

	private Optional<String> cell(IProject project, int column) {
		view.show();
		BotTable table = view.bot().table();
		String buildFolder = project.getFolder(ProjectOutputs.FOLDER).getFullPath().toString();
		for (int row = 0; row < table.rowCount(); row++) {
			if (table.cell(row, WHERE).startsWith(buildFolder) && !table.cell(row, APPLIANCE).isEmpty()) {
				return Optional.of(table.cell(row, column));
			}
		}
		return Optional.empty();
	}

	/** A picture of the workbench window with the view, into {@code file}. */
	Path screenshot(Path file) {
		view.show();
		UIThreadRunnable.syncExec(() -> {
			var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			window.getShell().setBounds(0, 0, 1280, 800);
			while (window.getShell().getDisplay().readAndDispatch()) {
				// paint everything before the picture
			}
		});
		return Screenshots.captureShell(bot.activeWorkbenchWindow(), file);
	}
}
