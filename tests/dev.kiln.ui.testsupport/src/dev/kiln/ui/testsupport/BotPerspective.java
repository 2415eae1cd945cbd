package dev.kiln.ui.testsupport;

import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.PlatformUI;

/** A perspective of the workbench window. */
public class BotPerspective {

	private final IPerspectiveDescriptor descriptor;

	public BotPerspective(IPerspectiveDescriptor descriptor) {
		this.descriptor = descriptor;
	}

	public String getId() {
		return descriptor.getId();
	}

	public String getLabel() {
		return descriptor.getLabel();
	}

	/** Switches the active page to this perspective. */
	public void activate() {
		UIThreadRunnable.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().setPerspective(descriptor));
	}

	public boolean isActive() {
		return UIThreadRunnable.syncExec(() -> {
			IPerspectiveDescriptor active = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getPerspective();
			return active != null && active.getId().equals(descriptor.getId());
		});
	}
}
