package dev.kiln.ui.testsupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;

/** A radio button (as SWTBot's SWTBotRadio): clicking it deselects the others of its group. */
public class BotRadio extends BotButton {

	public BotRadio(Button button, Bot bot) {
		super(button, bot);
	}

	public boolean isSelected() {
		return UIThreadRunnable.syncExec(widget::getSelection);
	}

	/** Selects this radio and deselects its siblings, sending the events a user's click makes. */
	@Override
	public BotRadio click() {
		waitForEnabled();
		postAndWait(() -> {
			for (Control sibling : widget.getParent().getChildren()) {
				if (sibling != widget && sibling instanceof Button other && (other.getStyle() & SWT.RADIO) != 0 && other.getSelection()) {
					other.setSelection(false);
					other.notifyListeners(SWT.Selection, new Event());
				}
			}
			widget.setFocus();
			widget.setSelection(true);
			notify(SWT.Selection);
		});
		return this;
	}
}
