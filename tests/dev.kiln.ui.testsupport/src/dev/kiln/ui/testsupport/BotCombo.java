package dev.kiln.ui.testsupport;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;

/** A drop-down list or editable combo. */
public class BotCombo extends BotWidget<Combo> {

	public BotCombo(Combo combo, Bot bot) {
		super(combo, bot);
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> widget.getText());
	}

	public List<String> items() {
		return UIThreadRunnable.syncExec(() -> Arrays.asList(widget.getItems()));
	}

	/** Selects the item with this text, as picking it from the list does. */
	public BotCombo setSelection(String item) {
		waitForEnabled();
		int index = UIThreadRunnable.syncExec(() -> widget.indexOf(item));
		if (index < 0) {
			throw new WidgetNotFoundException("no item '" + item + "' in combo; items are " + items());
		}
		UIThreadRunnable.syncExec(() -> widget.select(index));
		postAndWait(() -> notify(SWT.Selection));
		return this;
	}
}
