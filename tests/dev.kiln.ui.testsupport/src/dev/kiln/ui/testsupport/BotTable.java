package dev.kiln.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

/** A table. */
public class BotTable extends BotWidget<Table> {

	public BotTable(Table table, Bot bot) {
		super(table, bot);
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> widget.getItemCount() + " rows");
	}

	public int rowCount() {
		return UIThreadRunnable.syncExec(widget::getItemCount);
	}

	/** The text of a cell. */
	public String cell(int row, int column) {
		return UIThreadRunnable.syncExec(() -> widget.getItem(row).getText(column));
	}

	/** Texts of the first column, top to bottom. */
	public List<String> rows() {
		return UIThreadRunnable.syncExec(() -> {
			List<String> texts = new ArrayList<>();
			for (TableItem item : widget.getItems()) {
				texts.add(item.getText());
			}
			return texts;
		});
	}

	public boolean containsItem(String text) {
		return rows().contains(text);
	}

	/** Selects the row whose first column has this text (waits for it to appear). */
	public BotTable select(String text) {
		TableItem item = bot.find("table row '" + text + "'", () -> {
			for (TableItem candidate : widget.getItems()) {
				if (text.equals(candidate.getText())) {
					return candidate;
				}
			}
			return null;
		}, found -> found);
		UIThreadRunnable.syncExec(() -> {
			widget.setFocus();
			widget.setSelection(item);
		});
		postAndWait(() -> {
			Event event = new Event();
			event.item = item;
			notify(SWT.Selection, event);
		});
		return this;
	}

	/** Whether the row with this text is checked (a table with SWT.CHECK). */
	public boolean isChecked(String text) {
		return UIThreadRunnable.syncExec(() -> item(text).getChecked());
	}

	/** Checks or unchecks the row with this text as a click on its box does (a table with SWT.CHECK). */
	public BotTable setChecked(String text, boolean checked) {
		TableItem item = bot.find("table row '" + text + "'", () -> item(text), found -> found);
		UIThreadRunnable.syncExec(() -> item.setChecked(checked));
		postAndWait(() -> {
			Event event = new Event();
			event.item = item;
			event.detail = SWT.CHECK;
			notify(SWT.Selection, event);
		});
		return this;
	}

	private TableItem item(String text) {
		for (TableItem candidate : widget.getItems()) {
			if (text.equals(candidate.getText())) {
				return candidate;
			}
		}
		return null;
	}

	/** Double-clicks the selected row. */
	public BotTable doubleClick(String text) {
		select(text);
		postAndWait(() -> {
			Event event = new Event();
			event.item = widget.getSelection()[0];
			notify(SWT.DefaultSelection, event);
		});
		return this;
	}
}
