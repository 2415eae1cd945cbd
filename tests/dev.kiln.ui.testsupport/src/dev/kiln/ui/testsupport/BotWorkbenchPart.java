package dev.kiln.ui.testsupport;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.PlatformUI;

/** A view or an editor of the active workbench page. */
public abstract class BotWorkbenchPart<R extends IWorkbenchPartReference> {

	protected final R reference;
	protected final Bot bot;

	protected BotWorkbenchPart(R reference, Bot bot) {
		this.reference = reference;
		this.bot = bot;
	}

	public R getReference() {
		return reference;
	}

	public String getTitle() {
		return UIThreadRunnable.syncExec(reference::getPartName);
	}

	/** The part itself, restored if it was not yet created. */
	public IWorkbenchPart getPart() {
		return UIThreadRunnable.syncExec(() -> reference.getPart(true));
	}

	/**
	 * Makes the part visible and active. Posted, so a dialog the activation opens (an editor asking
	 * whether to reload a file changed on disk) can be driven by the bot.
	 */
	public void show() {
		UIThreadRunnable.asyncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(reference.getPart(true)));
		UIThreadRunnable.syncExec(() -> {
			// barrier: runs after the activation, or inside the modal loop it opened
		});
	}

	public boolean isActive() {
		return UIThreadRunnable.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActivePartReference() == reference);
	}

	/** A bot that looks for widgets inside this part only. */
	public Bot bot() {
		Composite control = UIThreadRunnable.syncExec(() -> {
			IWorkbenchPart part = reference.getPart(true);
			MPart model = part.getSite().getService(MPart.class);
			return (Composite) model.getWidget();
		});
		return new Bot(control, bot.timeout());
	}
}
