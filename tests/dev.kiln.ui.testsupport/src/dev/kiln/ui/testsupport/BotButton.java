package dev.kiln.ui.testsupport;

import org.eclipse.swt.widgets.Button;

/** A push button (also the base of check boxes and radio buttons). */
public class BotButton extends BotWidget<Button> {

	public BotButton(Button button, Bot bot) {
		super(button, bot);
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> Bot.withoutMnemonic(widget.getText()));
	}

	/** Clicks the button once it is enabled; fails if it stays disabled. */
	public BotButton click() {
		waitForEnabled();
		clickAndWait();
		return this;
	}
}
