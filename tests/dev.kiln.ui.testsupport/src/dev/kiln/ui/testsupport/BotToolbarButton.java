package dev.kiln.ui.testsupport;

import org.eclipse.jface.action.IAction;

/**
 * A button of a view's tool bar, found by its action's text or tool tip (as SWTBot's view tool bar buttons). A click
 * runs the action as the button does, posted, so a dialog it opens can be driven by the bot.
 */
public class BotToolbarButton {

	private final IAction action;
	private final Bot bot;

	public BotToolbarButton(IAction action, Bot bot) {
		this.action = action;
		this.bot = bot;
	}

	public String getText() {
		return UIThreadRunnable.syncExec(() -> Bot.withoutMnemonic(action.getText()));
	}

	public boolean isEnabled() {
		return UIThreadRunnable.syncExec(action::isEnabled);
	}

	/** Clicks the button once it is enabled; fails if it stays disabled. */
	public BotToolbarButton click() {
		bot.waitUntil(Conditions.that("tool bar button '" + getText() + "' to be enabled", this::isEnabled));
		UIThreadRunnable.asyncExec(action::run);
		UIThreadRunnable.syncExec(() -> {
			// barrier: runs after the action, or inside the modal loop it opened
		});
		return this;
	}
}
