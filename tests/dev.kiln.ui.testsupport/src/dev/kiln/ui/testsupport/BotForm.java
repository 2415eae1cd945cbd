package dev.kiln.ui.testsupport;

import org.eclipse.ui.forms.widgets.Form;

/** The header of a form: title and message (the error or warning banner of a form page). */
public class BotForm extends BotWidget<Form> {

	public BotForm(Form form, Bot bot) {
		super(form, bot);
	}

	/** The form's title. */
	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(widget::getText);
	}

	/** The message shown in the header, or {@code null}. */
	public String getMessage() {
		return UIThreadRunnable.syncExec(widget::getMessage);
	}

	/** The message's type, an {@code IMessageProvider} constant. */
	public int getMessageType() {
		return UIThreadRunnable.syncExec(widget::getMessageType);
	}
}
