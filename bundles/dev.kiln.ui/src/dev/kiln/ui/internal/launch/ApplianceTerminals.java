package dev.kiln.ui.internal.launch;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.kiln.launch.ApplianceLaunch;

/**
 * Opens an {@link ApplianceTerminalView} on the serial console of each appliance QEMU starts (Run As → Appliance in
 * QEMU), and tells it when QEMU ends. The Console view keeps the boot log as before.
 */
public class ApplianceTerminals implements IStartup {

	private final Map<IProcess, String> views = new HashMap<>();
	private int opened;

	private final IDebugEventSetListener processes = events -> {
		for (DebugEvent event : events) {
			if (event.getSource() instanceof IProcess process && ApplianceLaunch.PROCESS_TYPE.equals(process.getAttribute(IProcess.ATTR_PROCESS_TYPE))) {
				if (event.getKind() == DebugEvent.CREATE) {
					inUi(() -> open(process));
				} else if (event.getKind() == DebugEvent.TERMINATE) {
					inUi(() -> ended(process));
				} else if (event.getKind() == DebugEvent.CHANGE) {
					inUi(() -> view(process).ifPresent(view -> view.labelChanged(process)));
				}
			}
		}
	};

	@Override
	public void earlyStartup() {
		DebugPlugin.getDefault().addDebugEventListener(processes);
		PlatformUI.getWorkbench().addWorkbenchListener(new IWorkbenchListener() {
			@Override
			public boolean preShutdown(IWorkbench workbench, boolean forced) {
				DebugPlugin.getDefault().removeDebugEventListener(processes);
				return true;
			}

			@Override
			public void postShutdown(IWorkbench workbench) {
				// removed before the shutdown
			}
		});
	}

	private static void inUi(Runnable action) {
		if (PlatformUI.isWorkbenchRunning()) {
			Display display = PlatformUI.getWorkbench().getDisplay();
			if (!display.isDisposed()) {
				display.asyncExec(action);
			}
		}
	}

	private void open(IProcess process) {
		IWorkbenchPage page = page();
		if (page == null || views.containsKey(process)) {
			return;
		}
		String secondary = Integer.toString(++opened);
		try {
			IViewPart view = page.showView(ApplianceTerminalView.ID, secondary, IWorkbenchPage.VIEW_VISIBLE);
			if (view instanceof ApplianceTerminalView terminal) {
				views.put(process, secondary);
				terminal.attach(process);
			}
		} catch (PartInitException e) {
			// no terminal: the Console view still shows the serial console
		}
	}

	private void ended(IProcess process) {
		view(process).ifPresent(ApplianceTerminalView::processEnded);
		views.remove(process);
	}

	private Optional<ApplianceTerminalView> view(IProcess process) {
		String secondary = views.get(process);
		IWorkbenchPage page = page();
		if (secondary == null || page == null) {
			return Optional.empty();
		}
		IViewReference reference = page.findViewReference(ApplianceTerminalView.ID, secondary);
		return reference != null && reference.getView(false) instanceof ApplianceTerminalView terminal ? Optional.of(terminal) : Optional.empty();
	}

	private static IWorkbenchPage page() {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null && PlatformUI.getWorkbench().getWorkbenchWindowCount() > 0) {
			window = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
		}
		return window == null ? null : window.getActivePage();
	}
}
