package dev.kiln.ui.testsupport;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.part.MultiPageEditorPart;

/** A multi-page editor (a form editor, say): its page tabs (as SWTBot's SWTBotMultiPageEditor). */
public class BotMultiPageEditor extends BotEditor {

	public BotMultiPageEditor(IEditorReference reference, Bot bot) {
		super(reference, bot);
	}

	/** Shows the page with this tab title, as clicking its tab does. */
	public BotMultiPageEditor activatePage(String title) {
		CTabItem item = bot.find("page '" + title + "' of " + getTitle(), () -> {
			CTabFolder folder = folder();
			for (CTabItem candidate : folder == null ? new CTabItem[0] : folder.getItems()) {
				if (title.equals(Bot.withoutMnemonic(candidate.getText()))) {
					return candidate;
				}
			}
			return null;
		}, found -> found);
		UIThreadRunnable.syncExec(() -> {
			CTabFolder folder = item.getParent();
			if (folder.getSelection() != item) {
				folder.setSelection(item);
				Event event = new Event();
				event.item = item;
				event.widget = folder;
				folder.notifyListeners(SWT.Selection, event);
			}
		});
		return this;
	}

	/** The title of the page shown. */
	public String getActivePageTitle() {
		return UIThreadRunnable.syncExec(() -> {
			CTabItem selected = folder().getSelection();
			return selected == null ? null : Bot.withoutMnemonic(selected.getText());
		});
	}

	/** The titles of the page tabs, in order. */
	public List<String> getPagesTitles() {
		return UIThreadRunnable.syncExec(() -> {
			List<String> titles = new ArrayList<>();
			for (CTabItem item : folder().getItems()) {
				titles.add(Bot.withoutMnemonic(item.getText()));
			}
			return titles;
		});
	}

	public int getPageCount() {
		return getPagesTitles().size();
	}

	/** The editor's own page folder (call on the UI thread). */
	private CTabFolder folder() {
		if (!(reference.getEditor(true) instanceof MultiPageEditorPart editor)) {
			throw new IllegalStateException(getTitle() + " is not a multi-page editor");
		}
		return findFolder((Composite) ((org.eclipse.e4.ui.model.application.ui.basic.MPart) editor.getSite()
				.getService(org.eclipse.e4.ui.model.application.ui.basic.MPart.class)).getWidget());
	}

	private static CTabFolder findFolder(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof CTabFolder folder && (folder.getStyle() & SWT.BOTTOM) != 0) {
				return folder;
			}
			if (child instanceof Composite composite) {
				CTabFolder found = findFolder(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
