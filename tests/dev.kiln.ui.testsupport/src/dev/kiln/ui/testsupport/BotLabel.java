package dev.kiln.ui.testsupport;

import org.eclipse.swt.widgets.Label;

/** A label. */
public class BotLabel extends BotWidget<Label> {

	public BotLabel(Label label, Bot bot) {
		super(label, bot);
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> Bot.withoutMnemonic(widget.getText()));
	}
}
