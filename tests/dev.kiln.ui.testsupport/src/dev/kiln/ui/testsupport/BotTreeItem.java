package dev.kiln.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.TreeItem;

/** An item of a {@link BotTree}. */
public class BotTreeItem extends BotWidget<TreeItem> {

	public BotTreeItem(TreeItem item, Bot bot) {
		super(item, bot);
	}

	static TreeItem named(TreeItem[] items, String text) {
		for (TreeItem item : items) {
			if (!item.isDisposed() && text.equals(item.getText())) {
				return item;
			}
		}
		return null;
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> widget.getText());
	}

	/** Expands the item, sending the Expand event lazy content providers fill children on. */
	public BotTreeItem expand() {
		UIThreadRunnable.syncExec(() -> {
			if (!widget.getExpanded()) {
				Event event = new Event();
				event.item = widget;
				widget.getParent().notifyListeners(SWT.Expand, event);
				widget.setExpanded(true);
			}
		});
		return this;
	}

	/** The child with this text (expanding this item first; waits for it to appear). */
	public BotTreeItem getNode(String text) {
		expand();
		return bot.find("tree item '" + text + "' under '" + getText() + "'", () -> named(widget.getItems(), text),
				item -> new BotTreeItem(item, bot));
	}

	/** Selects the item as a click does: the tree's selection and a Selection event. */
	public BotTreeItem select() {
		UIThreadRunnable.syncExec(() -> {
			widget.getParent().setFocus();
			widget.getParent().setSelection(widget);
		});
		postAndWait(() -> {
			Event event = new Event();
			event.item = widget;
			event.type = SWT.Selection;
			event.widget = widget.getParent();
			widget.getParent().notifyListeners(SWT.Selection, event);
		});
		return this;
	}

	/** Double-clicks the item (opens it, in most viewers). */
	public BotTreeItem doubleClick() {
		select();
		postAndWait(() -> {
			Event event = new Event();
			event.item = widget;
			widget.getParent().notifyListeners(SWT.DefaultSelection, event);
		});
		return this;
	}

	/** Texts of the children (expanding this item first). */
	public List<String> getNodes() {
		expand();
		return UIThreadRunnable.syncExec(() -> {
			List<String> texts = new ArrayList<>();
			for (TreeItem item : widget.getItems()) {
				texts.add(item.getText());
			}
			return texts;
		});
	}
}
