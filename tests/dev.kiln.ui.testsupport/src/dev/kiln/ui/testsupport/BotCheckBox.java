package dev.kiln.ui.testsupport;

import org.eclipse.swt.widgets.Button;

/** A check box (an SWT button with the CHECK style). */
public class BotCheckBox extends BotButton {

	public BotCheckBox(Button button, Bot bot) {
		super(button, bot);
	}

	public boolean isChecked() {
		return UIThreadRunnable.syncExec(widget::getSelection);
	}

	/** Toggles the box, as a click does. */
	@Override
	public BotCheckBox click() {
		waitForEnabled();
		UIThreadRunnable.syncExec(() -> widget.setSelection(!widget.getSelection()));
		clickAndWait();
		return this;
	}

	public BotCheckBox select() {
		return isChecked() ? this : click();
	}

	public BotCheckBox deselect() {
		return isChecked() ? click() : this;
	}
}
