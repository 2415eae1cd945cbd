package dev.kiln.ui.internal.quickfix;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.kiln.model.Appliance;

/**
 * One way to resolve one manifest problem: a change of the model (a command, so it is undoable in
 * an open editor), a change of the project (creating a missing file), or both.
 */
interface ManifestFix {

	/** @return what the fix does, e.g. "Renumber port 'admin' to 8081" */
	String label();

	/**
	 * @param root
	 *            the appliance to change, with the same structure as the one the fix was found on
	 * @return the command, or {@code null} when the model stays as it is
	 */
	Command command(EditingDomain domain, Appliance root);

	/** Changes the project besides the manifest; nothing by default. */
	default void changeProject(IProject project) throws CoreException {
		// the model change is all
	}
}
