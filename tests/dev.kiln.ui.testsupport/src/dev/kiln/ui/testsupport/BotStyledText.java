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

	/** The 1-based line of a character offset, as editors number lines. */
	public int lineAtOffset(int offset) {
		return UIThreadRunnable.syncExec(() -> widget.getLineAtOffset(offset) + 1);
	}
}
