package dev.kiln.ui.internal;

import java.util.Optional;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.kiln.core.ApplianceNature;

/** Finds the appliance project a command is about: the active editor's, else the selected one. */
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

	private static Optional<IProject> appliance(IProject project) {
		return project != null && ApplianceNature.isApplianceProject(project) ? Optional.of(project) : Optional.empty();
	}
}
