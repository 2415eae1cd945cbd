package dev.kiln.ui.testsupport;

/** No widget matched a lookup within the bot's timeout. */
public class WidgetNotFoundException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public WidgetNotFoundException(String message) {
		super(message);
	}
}
