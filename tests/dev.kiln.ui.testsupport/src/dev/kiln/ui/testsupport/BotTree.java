package dev.kiln.ui.testsupport;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/** A tree, as in a wizard selection page or the Project Explorer. */
public class BotTree extends BotWidget<Tree> {

	public BotTree(Tree tree, Bot bot) {
		super(tree, bot);
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> widget.getItemCount() + " items");
	}

	/** The top-level item with this text (waits for it to appear). */
	public BotTreeItem getTreeItem(String text) {
		return bot.find("tree item '" + text + "'", () -> BotTreeItem.named(widget.getItems(), text),
				item -> new BotTreeItem(item, bot));
	}

	/** Expands the items along {@code path} and returns the last one. */
	public BotTreeItem expandNode(String... path) {
		BotTreeItem item = getTreeItem(path[0]).expand();
		for (int i = 1; i < path.length; i++) {
			item = item.getNode(path[i]).expand();
		}
		return item;
	}

	/** Selects the item at {@code path}, expanding its parents. */
	public BotTreeItem select(String... path) {
		BotTreeItem item = path.length == 1 ? getTreeItem(path[0])
				: expandNode(Arrays.copyOf(path, path.length - 1)).getNode(path[path.length - 1]);
		return item.select();
	}

	/** Texts of the top-level items. */
	public List<String> itemTexts() {
		return UIThreadRunnable.syncExec(() -> {
			List<String> texts = new ArrayList<>();
			for (TreeItem item : widget.getItems()) {
				texts.add(item.getText());
			}
			return texts;
		});
	}

	/**
	 * The item of the tree's context menu with this label, for the current selection. The menu is
	 * filled the way SWT fills it when it opens (Show event), so object contributions are there.
	 */
	public BotMenu contextMenu(String label) {
		return bot.find("context menu item '" + label + "'", () -> {
			Menu menu = widget.getMenu();
			if (menu == null) {
				return null;
			}
			menu.notifyListeners(SWT.Show, new Event());
			return Bot.itemOf(menu, label);
		}, item -> new BotMenu(item, bot));
	}

	public boolean hasItems() {
		return UIThreadRunnable.syncExec(() -> widget.getItemCount() > 0);
	}
}
