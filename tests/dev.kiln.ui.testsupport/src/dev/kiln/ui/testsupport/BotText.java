package dev.kiln.ui.testsupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;

/** A text field. */
public class BotText extends BotWidget<Text> {

	public BotText(Text text, Bot bot) {
		super(text, bot);
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> widget.getText());
	}

	/** Replaces the content; SWT sends the Modify event listeners expect. */
	public BotText setText(String text) {
		waitForEnabled();
		UIThreadRunnable.syncExec(() -> {
			widget.setFocus();
			widget.setText(text);
		});
		return this;
	}

	/** Types {@code text} at the caret one character at a time, with key events, as a user would. */
	public BotText typeText(String text) {
		waitForEnabled();
		for (char c : text.toCharArray()) {
			UIThreadRunnable.syncExec(() -> {
				widget.setFocus();
				Event down = new Event();
				down.character = c;
				down.keyCode = c;
				notify(SWT.KeyDown, down);
				widget.insert(String.valueOf(c));
				Event up = new Event();
				up.character = c;
				up.keyCode = c;
				notify(SWT.KeyUp, up);
			});
		}
		return this;
	}

	/** Whether the user can type into the field (a read-only field still shows and copies its text). */
	public boolean isEditable() {
		return UIThreadRunnable.syncExec(() -> !widget.isDisposed() && widget.getEditable() && widget.isEnabled());
	}

	public String getMessage() {
		return UIThreadRunnable.syncExec(widget::getMessage);
	}
}
