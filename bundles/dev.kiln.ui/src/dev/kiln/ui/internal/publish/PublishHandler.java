package dev.kiln.ui.internal.publish;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;

/** Publish to Marketplace… on the selected appliance project. */
public class PublishHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		PublishWizard wizard = new PublishWizard();
		IStructuredSelection selection = HandlerUtil.getCurrentStructuredSelection(event);
		wizard.init(PlatformUI.getWorkbench(), selection);
		new WizardDialog(HandlerUtil.getActiveShell(event), wizard).open();
		return null;
	}
}
