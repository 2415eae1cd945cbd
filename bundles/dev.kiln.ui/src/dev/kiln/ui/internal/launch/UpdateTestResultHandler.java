package dev.kiln.ui.internal.launch;

import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.debug.core.IStatusHandler;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.console.ConsolePlugin;
import org.eclipse.ui.console.IConsole;

import dev.kiln.launch.UpdateTestLaunch;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.build.BuildNotification;
import dev.kiln.ui.internal.publish.PublishHandler;

/**
 * Tells the user how an update test ended: a passed test in a notice in the window's corner (with Publish… and the
 * console), a failed one in an error dialog with the guest's reason. Registered for the codes
 * {@link UpdateTestLaunch#TEST_PASSED} and {@link UpdateTestLaunch#TEST_FAILED}; the launch is the source.
 */
public final class UpdateTestResultHandler implements IStatusHandler {

	@Override
	public Object handleStatus(IStatus status, Object source) {
		ILaunch launch = source instanceof ILaunch l ? l : null;
		Display display = PlatformUI.getWorkbench().getDisplay();
		display.asyncExec(() -> {
			if (status.getCode() == UpdateTestLaunch.TEST_PASSED) {
				notice(display, status, launch);
			} else {
				Shell shell = display.getActiveShell();
				MessageDialog.openError(shell != null ? shell : PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(),
						UIText.UpdateTest_failedTitle, status.getMessage());
			}
		});
		return null;
	}

	private static void notice(Display display, IStatus status, ILaunch launch) {
		BuildNotification notice = new BuildNotification(display, UIText.UpdateTest_passedTitle, status.getMessage(), false);
		project(launch).ifPresent(project -> notice.link(UIText.BuildNotification_publish,
				() -> PublishHandler.open(display.getActiveShell(), Optional.of(project))));
		console(launch).ifPresent(console -> notice.link(UIText.BuildNotification_showConsole,
				() -> ConsolePlugin.getDefault().getConsoleManager().showConsoleView(console)));
		notice.open();
	}

	private static Optional<IProject> project(ILaunch launch) {
		try {
			if (launch != null && launch.getLaunchConfiguration() != null) {
				var resources = launch.getLaunchConfiguration().getMappedResources();
				if (resources != null && resources.length > 0) {
					return Optional.of(resources[0].getProject());
				}
			}
		} catch (CoreException e) {
			// no Publish link
		}
		return Optional.empty();
	}

	private static Optional<IConsole> console(ILaunch launch) {
		if (launch == null || launch.getProcesses().length == 0) {
			return Optional.empty();
		}
		IProcess process = launch.getProcesses()[0];
		return Optional.ofNullable(DebugUITools.getConsole(process));
	}
}
