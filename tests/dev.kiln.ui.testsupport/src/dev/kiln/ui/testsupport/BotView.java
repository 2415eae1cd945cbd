package dev.kiln.ui.testsupport;

import org.eclipse.jface.action.ActionContributionItem;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IContributionItem;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;

/** A view of the active workbench page. */
public class BotView extends BotWorkbenchPart<IViewReference> {

	public BotView(IViewReference reference, Bot bot) {
		super(reference, bot);
	}

	/** The button of the view's tool bar whose action has this text (mnemonic ignored) or tool tip (waits for it). */
	public BotToolbarButton toolbarButton(String text) {
		return bot.find("tool bar button '" + text + "' of the view " + reference.getId(), () -> {
			IViewPart view = reference.getView(true);
			for (IContributionItem item : view.getViewSite().getActionBars().getToolBarManager().getItems()) {
				if (item instanceof ActionContributionItem contribution && item.isVisible()) {
					IAction action = contribution.getAction();
					if (Bot.showsLabel(Bot.withoutMnemonic(action.getText()), text) || text.equals(action.getToolTipText())) {
						return action;
					}
				}
			}
			return null;
		}, action -> new BotToolbarButton(action, bot));
	}

	public void close() {
		UIThreadRunnable.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(reference));
	}
}
