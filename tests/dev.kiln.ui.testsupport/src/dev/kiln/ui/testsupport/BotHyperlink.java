package dev.kiln.ui.testsupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.forms.widgets.AbstractHyperlink;

/** A hyperlink of a form (as SWTBot's SWTBotHyperlink). */
public class BotHyperlink extends BotWidget<AbstractHyperlink> {

	public BotHyperlink(AbstractHyperlink link, Bot bot) {
		super(link, bot);
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> widget instanceof org.eclipse.ui.forms.widgets.Hyperlink link ? link.getText() : "");
	}

	public String getToolTipText() {
		return UIThreadRunnable.syncExec(widget::getToolTipText);
	}

	/** Follows the link, as pressing Enter on it does (the link's own activation path). */
	public BotHyperlink click() {
		waitForEnabled();
		postAndWait(() -> {
			widget.setFocus();
			Event event = new Event();
			event.character = '\r';
			event.keyCode = SWT.CR;
			notify(SWT.KeyDown, event);
		});
		return this;
	}
}
