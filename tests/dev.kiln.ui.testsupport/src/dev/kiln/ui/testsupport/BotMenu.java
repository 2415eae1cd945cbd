package dev.kiln.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;

/**
 * A menu item of a menu bar or pop-up menu. Opening a sub-menu sends it the SWT Show event first, so
 * that contributions computed on show (the workbench's dynamic menus) are there to be found.
 */
public class BotMenu extends BotWidget<MenuItem> {

	public BotMenu(MenuItem item, Bot bot) {
		super(item, bot);
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> Bot.menuLabel(widget.getText()));
	}

	/** The item of this item's sub-menu with the given label (mnemonics and accelerators ignored). */
	public BotMenu menu(String label) {
		return bot.find("menu item '" + label + "' under '" + getText() + "'",
				() -> {
					Menu sub = widget.isDisposed() ? null : widget.getMenu();
					return sub == null ? null : Bot.itemOf(showing(sub), label);
				}, item -> new BotMenu(item, bot));
	}

	/** Labels of this item's sub-menu. */
	public List<String> menuItems() {
		return UIThreadRunnable.syncExec(() -> {
			List<String> labels = new ArrayList<>();
			Menu sub = widget.getMenu();
			if (sub != null) {
				for (MenuItem item : showing(sub).getItems()) {
					labels.add(Bot.menuLabel(item.getText()));
				}
			}
			return labels;
		});
	}

	/** Chooses the item. Any dialog it opens can then be driven by the bot. */
	public BotMenu click() {
		waitForEnabled();
		postAndWait(() -> {
			notify(SWT.Arm);
			notify(SWT.Selection);
			hideParents();
		});
		return this;
	}

	public boolean isChecked() {
		return UIThreadRunnable.syncExec(widget::getSelection);
	}

	/** Sends the Show event SWT sends when the menu opens, then returns the menu. */
	private static Menu showing(Menu menu) {
		menu.notifyListeners(SWT.Show, new Event());
		return menu;
	}

	private void hideParents() {
		for (Menu menu = widget.getParent(); menu != null; menu = menu.getParentMenu()) {
			if ((menu.getStyle() & SWT.BAR) == 0) {
				menu.notifyListeners(SWT.Hide, new Event());
			}
		}
	}
}
