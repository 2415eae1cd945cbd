package dev.kiln.ui.testsupport;

import org.eclipse.swt.widgets.Control;

/** Any control that takes the keyboard, such as a terminal's canvas. */
public class BotControl extends BotWidget<Control> {

	public BotControl(Control control, Bot bot) {
		super(control, bot);
	}

	@Override
	public String getText() {
		return "";
	}

	/** Types {@code text} with real key events after giving the control the keyboard (its window active, then it). */
	public BotControl type(String text) {
		waitForEnabled();
		UIThreadRunnable.syncExec(() -> {
			widget.getShell().forceActive();
			widget.setFocus();
		});
		typeKeys(text);
		return this;
	}
}
