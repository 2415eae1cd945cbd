package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;
import dev.kiln.ui.internal.editor.form.ObjectTable;
import dev.kiln.ui.internal.editor.form.UpdatesPage;
import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotForm;
import dev.kiln.ui.testsupport.BotMultiPageEditor;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.UIThreadRunnable;

/** The Updates page: turning updates on and off, kept paths and channels written to the manifest, a bad path marked. */
class UpdatesPageTest extends ManifestEditorTestCase {

	private ManifestEditor part;
	private BotMultiPageEditor editor;
	private UpdatesPage page;

	@Override
	protected String projectName() {
		return "updates";
	}

	@BeforeEach
	void openUpdatesPage() {
		part = ManifestEditors.open(manifest);
		editor = bot.multipageEditorByTitle("appliance.xml");
		editor.activatePage(UIText.UpdatesPage_title);
		page = UIThreadRunnable.syncExec(() -> part.formPages().stream().filter(UpdatesPage.class::isInstance)
				.map(UpdatesPage.class::cast).findFirst().orElseThrow());
	}

	private void waitForSource(String expected) {
		bot.waitUntil(Conditions.that("the Source page to contain " + expected, () -> ManifestEditors.sourceText(part).contains(expected)));
	}

	private void add(ObjectTable table, String dialogTitle, String value) {
		new Bot(UIThreadRunnable.syncExec(table::control), bot.timeout()).button(UIText.ObjectTable_add).click();
		BotShell dialog = bot.shell(dialogTitle);
		dialog.bot().text().setText(value);
		dialog.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(dialog));
	}

	@Test
	void updatesTurnedOnWithAKeptPathAndAChannelAreSavedAsUpdatesElement() throws CoreException {
		Bot form = editor.bot();
		assertFalse(form.checkBox(UIText.UpdatesPage_enabled).isChecked(), "the template has no updates");

		form.checkBox(UIText.UpdatesPage_enabled).click();
		waitForSource("<updates/>");
		add(page.keeps(), UIText.UpdatesPage_addKeepTitle, "/var/lib/updates");
		add(page.channels(), UIText.UpdatesPage_addChannelTitle, "beta");
		form.textWithLabel(UIText.UpdatesPage_url).setText("https://downloads.example.com/updates/");
		waitForSource("url=\"https://downloads.example.com/updates/\"");
		editor.save();

		assertTrue(ManifestEditors.fileText(manifest).contains("""
				  </hardware>
				  <updates url="https://downloads.example.com/updates/">
				    <channel name="beta"/>
				    <keep path="/var/lib/updates"/>
				  </updates>
				"""), ManifestEditors.fileText(manifest));
	}

	@Test
	void turningUpdatesOffRemovesTheElementAndUndoBringsItBack() {
		Bot form = editor.bot();
		form.checkBox(UIText.UpdatesPage_enabled).click();
		add(page.keeps(), UIText.UpdatesPage_addKeepTitle, "/var/lib/updates");
		waitForSource("<keep path=\"/var/lib/updates\"/>");

		form.checkBox(UIText.UpdatesPage_enabled).click();
		bot.waitUntil(Conditions.that("the Source page to lose <updates>", () -> !ManifestEditors.sourceText(part).contains("<updates")));
		form.textWithLabel(UIText.UpdatesPage_url).pressShortcut(SWT.CTRL, 'z');

		waitForSource("<keep path=\"/var/lib/updates\"/>");
		bot.waitUntil(Conditions.that("the check box to follow", () -> form.checkBox(UIText.UpdatesPage_enabled).isChecked()));
	}

	@Test
	void aKeptSystemPathIsMarkedOnItsRowAndInTheHeader() {
		editor.bot().checkBox(UIText.UpdatesPage_enabled).click();
		add(page.keeps(), UIText.UpdatesPage_addKeepTitle, "/usr/share/updates");

		BotForm header = editor.bot().form();
		bot.waitUntil(Conditions.valueIs("the header's message", header::getMessage, "1 error detected"));
		assertEquals(IMessageProvider.ERROR, header.getMessageType());
		Control decorated = UIThreadRunnable.syncExec(() -> {
			for (IMessage message : header.widget().getChildrenMessages()) {
				if (message.getMessage().equals("Kept path '/usr/share/updates' is part of the system, which every new version brings"
						+ " with it: keep the application's own data, such as /var/lib/<app> or /etc/<app>")) {
					return message.getControl();
				}
			}
			return null;
		});
		assertEquals(UIThreadRunnable.syncExec(() -> page.keeps().table()), decorated, "the message marks the table of kept paths");
	}
}
