package dev.kiln.ui.internal;

import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPlaceholderFolderLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.console.IConsoleConstants;

import dev.kiln.ui.internal.build.ImagesView;
import dev.kiln.ui.internal.launch.ApplianceTerminalView;
import dev.kiln.ui.internal.maintenance.MaintenanceView;

/**
 * The Kiln perspective: projects and running appliances (Debug view) on the left, the manifest editor in
 * the middle, outline on the right, problems, console (builds and QEMU serial output; the running appliances'
 * terminals beside it), maintenance (pending
 * security fixes), the built images and progress below; the Run menu and toolbar.
 */
public class KilnPerspective implements IPerspectiveFactory {

	/** The perspective id, as in plugin.xml. */
	public static final String ID = "dev.kiln.ui.perspective"; //$NON-NLS-1$

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer"; //$NON-NLS-1$
	private static final String NEW_APPLIANCE_PROJECT_WIZARD = "dev.kiln.ui.newApplianceProject"; //$NON-NLS-1$
	private static final String NEW_FOLDER_WIZARD = "org.eclipse.ui.wizards.new.folder"; //$NON-NLS-1$
	private static final String NEW_FILE_WIZARD = "org.eclipse.ui.wizards.new.file"; //$NON-NLS-1$
	private static final String RESOURCE_PERSPECTIVE = "org.eclipse.ui.resourcePerspective"; //$NON-NLS-1$

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors); //$NON-NLS-1$
		left.addView(PROJECT_EXPLORER);
		IFolderLayout running = layout.createFolder("running", IPageLayout.BOTTOM, 0.65f, "left"); //$NON-NLS-1$ //$NON-NLS-2$
		running.addView(IDebugUIConstants.ID_DEBUG_VIEW);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.70f, editors); //$NON-NLS-1$
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView(IConsoleConstants.ID_CONSOLE_VIEW);
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addView(MaintenanceView.ID);
		bottom.addView(ImagesView.ID);
		bottom.addPlaceholder(IPageLayout.ID_PROGRESS_VIEW);
		// beside the Console, not in its stack: the Console comes to the front whenever the guest writes
		IPlaceholderFolderLayout terminals = layout.createPlaceholderFolder("terminals", IPageLayout.RIGHT, 0.45f, "bottom"); //$NON-NLS-1$ //$NON-NLS-2$
		terminals.addPlaceholder(ApplianceTerminalView.ID + ":*"); //$NON-NLS-1$
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.75f, editors); //$NON-NLS-1$
		right.addView(IPageLayout.ID_OUTLINE);

		layout.addShowViewShortcut(PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IConsoleConstants.ID_CONSOLE_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
		layout.addShowViewShortcut(IDebugUIConstants.ID_DEBUG_VIEW);
		layout.addShowViewShortcut(MaintenanceView.ID);
		layout.addShowViewShortcut(ImagesView.ID);
		layout.addActionSet(IDebugUIConstants.LAUNCH_ACTION_SET);
		layout.addNewWizardShortcut(NEW_APPLIANCE_PROJECT_WIZARD);
		layout.addNewWizardShortcut(NEW_FOLDER_WIZARD);
		layout.addNewWizardShortcut(NEW_FILE_WIZARD);
		layout.addPerspectiveShortcut(RESOURCE_PERSPECTIVE);
	}
}
