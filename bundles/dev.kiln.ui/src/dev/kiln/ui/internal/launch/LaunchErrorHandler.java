package dev.kiln.ui.internal.launch;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.debug.core.IStatusHandler;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;

import dev.kiln.ui.internal.UIText;

/**
 * Shows why an "Appliance in QEMU" launch did not start, in a dialog with the whole message (what is wrong
 * and what to do). Registered for the launch's error code, it also makes the Platform open the Run
 * Configurations dialog on the failed configuration, whose settings may be the fix.
 */
public final class LaunchErrorHandler implements IStatusHandler {

	@Override
	public Object handleStatus(IStatus status, Object source) {
		Display display = PlatformUI.getWorkbench().getDisplay();
		Runnable show = () -> {
			Shell shell = display.getActiveShell();
			MessageDialog.openError(shell != null ? shell : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
					UIText.LaunchShortcut_errorTitle, status.getMessage());
		};
		if (Display.getCurrent() == display) {
			show.run();
		} else {
			display.asyncExec(show);
		}
		return null;
	}
}
