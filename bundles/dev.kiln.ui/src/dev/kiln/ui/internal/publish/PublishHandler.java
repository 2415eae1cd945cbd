package dev.kiln.ui.internal.publish;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import dev.kiln.ui.internal.ApplianceProjects;

/** Publish to Marketplace… on the appliance project of the active manifest editor or of the selection. */
public class PublishHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		PublishWizard wizard = new PublishWizard();
		var project = ApplianceProjects.of(event);
		// the wizard reads appliance.xml and may write the listing back: unsaved edits first (asking)
		if (project.isPresent() && !IDE.saveAllEditors(new IResource[] { project.get() }, true)) {
			return null;
		}
		IStructuredSelection selection = project.<IStructuredSelection>map(StructuredSelection::new).orElse(StructuredSelection.EMPTY);
		wizard.init(PlatformUI.getWorkbench(), selection);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
