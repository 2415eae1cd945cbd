package dev.kiln.ui.internal;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.kiln.core.ApplianceNature;

/** Finds the appliance project a command or a launch configuration is about: the active editor's, the selected one, or one the user chooses. */
public final class ApplianceProjects {

	private ApplianceProjects() {
	}

	/**
	 * The project of the active editor when it is the active part (the manifest editor's Overview
	 * links), otherwise the project of the first selected resource.
	 */
	public static Optional<IProject> of(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		if (part instanceof IEditorPart editor) {
			IResource resource = Adapters.adapt(editor.getEditorInput(), IResource.class);
			if (resource != null) {
				return appliance(resource.getProject());
			}
		}
		return of(HandlerUtil.getCurrentSelection(event));
	}

	/** The appliance project of the first selected resource. */
	public static Optional<IProject> of(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IResource resource = Adapters.adapt(structured.getFirstElement(), IResource.class);
			if (resource != null) {
				return appliance(resource.getProject());
			}
		}
		return Optional.empty();
	}

	/** The appliance project of the workbench window's selection (a launch configuration's default). */
	public static Optional<IProject> selected() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		return window == null ? Optional.empty() : of(window.getSelectionService().getSelection());
	}

	/** Lets the user choose one of the workspace's appliance projects, in a dialog that says what for. */
	public static Optional<IProject> choose(Shell shell, String message) {
		IProject[] appliances = Arrays.stream(ResourcesPlugin.getWorkspace().getRoot().getProjects()).filter(ApplianceNature::isApplianceProject)
				.toArray(IProject[]::new);
		ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {

			@Override
			public String getText(Object element) {
				return ((IProject) element).getName();
			}
		});
		dialog.setTitle(UIText.ApplianceTab_chooseProjectTitle);
		dialog.setMessage(message);
		dialog.setElements(appliances);
		return dialog.open() == Window.OK && dialog.getFirstResult() instanceof IProject chosen ? Optional.of(chosen) : Optional.empty();
	}

	private static Optional<IProject> appliance(IProject project) {
		return project != null && ApplianceNature.isApplianceProject(project) ? Optional.of(project) : Optional.empty();
	}
}
