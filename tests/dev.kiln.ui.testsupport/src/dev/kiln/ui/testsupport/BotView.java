package dev.kiln.ui.testsupport;

import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;

/** A view of the active workbench page. */
public class BotView extends BotWorkbenchPart<IViewReference> {

	public BotView(IViewReference reference, Bot bot) {
		super(reference, bot);
	}

	public void close() {
		UIThreadRunnable.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(reference));
	}
}
