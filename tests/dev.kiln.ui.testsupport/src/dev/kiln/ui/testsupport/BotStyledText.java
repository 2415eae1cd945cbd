package dev.kiln.ui.testsupport;

import org.eclipse.swt.custom.StyledText;

/** The text widget of editors (as SWTBot's SWTBotStyledText). */
public class BotStyledText extends BotWidget<StyledText> {

	public BotStyledText(StyledText text, Bot bot) {
		super(text, bot);
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> widget.getText());
	}

	/** Replaces the whole content, as select-all and paste would; the editor becomes dirty. */
	public BotStyledText setText(String text) {
		waitForEnabled();
		UIThreadRunnable.syncExec(() -> {
			widget.setFocus();
			widget.setText(text);
		});
		return this;
	}

	/** Replaces {@code length} characters at {@code offset} with {@code text}, as typing over a selection does. */
	public BotStyledText replace(int offset, int length, String text) {
		waitForEnabled();
		UIThreadRunnable.syncExec(() -> {
			widget.setFocus();
			widget.replaceTextRange(offset, length, text);
		});
		return this;
	}

	/**
	 * Types {@code text} at the end of the content with real key events, as a user at the keyboard does in a console
	 * (a new line is the Enter key). Letters, digits and blanks only: the keys need no shift.
	 */
	public BotStyledText typeAtEnd(String text) {
		waitForEnabled();
		UIThreadRunnable.syncExec(() -> {
			widget.getShell().forceActive();
			widget.setFocus();
			widget.setCaretOffset(widget.getCharCount());
		});
		typeKeys(text);
		return this;
	}

	/** Where the character at {@code offset} is drawn, in pixels from the left of the widget's client area. */
	public int xAtOffset(int offset) {
		return UIThreadRunnable.syncExec(() -> widget.getLocationAtOffset(offset).x);
	}

	/** The 1-based line of a character offset, as editors number lines. */
	public int lineAtOffset(int offset) {
		return UIThreadRunnable.syncExec(() -> widget.getLineAtOffset(offset) + 1);
	}
}
