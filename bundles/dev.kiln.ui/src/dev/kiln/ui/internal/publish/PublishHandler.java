package dev.kiln.ui.internal.publish;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import dev.kiln.ui.internal.ApplianceProjects;

/** Publish to Marketplace… on the appliance project of the active manifest editor or of the selection. */
public class PublishHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		open(HandlerUtil.getActiveShell(event), ApplianceProjects.of(event));
		return null;
	}

	/** Opens the wizard on {@code project} (or on none), after saving its editors (asking first). */
	public static void open(Shell shell, Optional<IProject> project) {
		PublishWizard wizard = new PublishWizard();
		// the wizard reads appliance.xml and may write the listing back: unsaved edits first (asking)
		if (project.isPresent() && !IDE.saveAllEditors(new IResource[] { project.get() }, true)) {
			return;
		}
		IStructuredSelection selection = project.<IStructuredSelection>map(StructuredSelection::new).orElse(StructuredSelection.EMPTY);
		wizard.init(PlatformUI.getWorkbench(), selection);
		new WizardDialog(shell, wizard).open();
	}
}
