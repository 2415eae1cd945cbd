package dev.kiln.ui.internal.maintenance;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;

import dev.kiln.core.MaintenanceWatch;

/** Starts the periodic maintenance check with the workbench, and stops it when the workbench shuts down. */
public class MaintenanceWatchOnStartup implements IStartup {

	@Override
	public void earlyStartup() {
		MaintenanceWatch watch = new MaintenanceWatch();
		watch.start();
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				watch.stop();
			}
		});
	}
}
