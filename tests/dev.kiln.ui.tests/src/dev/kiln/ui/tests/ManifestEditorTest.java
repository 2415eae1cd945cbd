package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.IMessage;
import org.junit.jupiter.api.Test;

import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;
import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotForm;
import dev.kiln.ui.testsupport.BotMultiPageEditor;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.BotStyledText;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.UIThreadRunnable;

/**
 * The Kiln Manifest Editor as a vendor uses it: appliance.xml opens on the form pages, each page
 * edits its part of the manifest, every edit can be undone and redone, the Source page follows,
 * and saving writes the canonical manifest.
 */
class ManifestEditorTest extends ManifestEditorTestCase {

	private static final String PROJECT = "editor";
	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Override
	protected String projectName() {
		return PROJECT;
	}

	private BotMultiPageEditor openFromProjectExplorer() {
		bot.viewById(PROJECT_EXPLORER).show();
		bot.viewById(PROJECT_EXPLORER).bot().tree().expandNode(PROJECT).getNode("appliance.xml").doubleClick();
		BotMultiPageEditor editor = bot.multipageEditorByTitle("appliance.xml");
		assertTrue(editor.getPart() instanceof ManifestEditor, "the default editor of appliance.xml is the manifest editor");
		assertEquals(java.util.List.of(UIText.OverviewPage_title, UIText.OperatingSystemPage_title, UIText.ApplicationPage_title,
				UIText.HardwareNetworkPage_title, UIText.UpdatesPage_title, UIText.PropertiesPage_title, UIText.MarketplacePage_title, UIText.ManifestEditor_sourcePage),
				editor.getPagesTitles());
		return editor;
	}

	private void waitForSource(ManifestEditor part, String expected) {
		bot.waitUntil(Conditions.that("the Source page to contain " + expected,
				() -> ManifestEditors.sourceText(part).contains(expected)));
	}

	private void waitForSourceWithout(ManifestEditor part, String unexpected) {
		bot.waitUntil(Conditions.that("the Source page to lose " + unexpected,
				() -> !ManifestEditors.sourceText(part).contains(unexpected)));
	}

	@Test
	void aFieldEditedOnEachFormPageIsUndoneRedoneShownInTheSourceAndSaved() throws CoreException {
		BotMultiPageEditor editor = openFromProjectExplorer();
		ManifestEditor part = (ManifestEditor) editor.getPart();
		Bot form = editor.bot();

		form.textWithLabel(UIText.OverviewPage_version).setText("2.0.0");
		waitForSource(part, "version=\"2.0.0\"");

		editor.activatePage(UIText.OperatingSystemPage_title);
		form.textWithLabel(UIText.OperatingSystemPage_mirror).setText("https://deb.example.org/debian");
		waitForSource(part, "mirror=\"https://deb.example.org/debian\"");

		editor.activatePage(UIText.ApplicationPage_title);
		form.textWithLabel(UIText.ApplicationPage_firstBootScript).setText("app/bin/editor");
		waitForSource(part, "firstBootScript=\"app/bin/editor\"");

		editor.activatePage(UIText.HardwareNetworkPage_title);
		form.textWithLabel(UIText.HardwareNetworkPage_memory).setText("1024");
		waitForSource(part, "memoryMb=\"1024\"");

		editor.activatePage(UIText.PropertiesPage_title);
		form.button(UIText.ObjectTable_add).click();
		BotShell add = bot.shell(UIText.PropertiesPage_addTitle);
		add.bot().text().setText("admin.email");
		add.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(add));
		form.textWithLabel(UIText.PropertiesPage_label).setText("Administrator e-mail");
		waitForSource(part, "label=\"Administrator e-mail\"");

		editor.activatePage(UIText.MarketplacePage_title);
		form.textWithLabel(UIText.MarketplacePage_supportEmail).setText("support@example.org");
		waitForSource(part, "email=\"support@example.org\"");

		form.textWithLabel(UIText.MarketplacePage_supportEmail).pressShortcut(SWT.CTRL, 'z');
		waitForSourceWithout(part, "support@example.org");
		assertEquals("", form.textWithLabel(UIText.MarketplacePage_supportEmail).getText());
		form.textWithLabel(UIText.MarketplacePage_listingTitle).pressShortcut(SWT.CTRL, 'y');
		waitForSource(part, "email=\"support@example.org\"");
		assertEquals("support@example.org", form.textWithLabel(UIText.MarketplacePage_supportEmail).getText());

		editor.activatePage(UIText.ManifestEditor_sourcePage);
		String source = editor.bot().styledText().getText();
		for (String edit : new String[] { "version=\"2.0.0\"", "mirror=\"https://deb.example.org/debian\"",
				"firstBootScript=\"app/bin/editor\"", "memoryMb=\"1024\"", "key=\"admin.email\"",
				"label=\"Administrator e-mail\"", "email=\"support@example.org\"" }) {
			assertTrue(source.contains(edit), edit + " in " + source);
		}
		editor.activatePage(UIText.OverviewPage_title);
		assertEquals("2.0.0", form.textWithLabel(UIText.OverviewPage_version).getText());
		assertTrue(editor.isDirty());

		editor.save();
		assertFalse(editor.isDirty());
		assertEquals(ManifestEditors.sourceText(part), ManifestEditors.fileText(manifest));
		assertEquals(source, ManifestEditors.fileText(manifest));
	}

	@Test
	void anUnreadableSourceIsShownOnTheFormPagesWhichTurnReadOnlyAndNoTextIsLost() {
		BotMultiPageEditor editor = openFromProjectExplorer();
		editor.activatePage(UIText.ManifestEditor_sourcePage);
		BotStyledText text = editor.bot().styledText();
		String valid = text.getText();
		String broken = valid.replace("<network configuration=\"dhcp\"", "<network configuration=\"dhcp\" <oops");
		assertFalse(broken.equals(valid), "the template has a network element");
		text.setText(broken);

		editor.activatePage(UIText.HardwareNetworkPage_title);
		BotForm header = editor.bot().form();
		bot.waitUntil(Conditions.that("the form header to show the source error",
				() -> header.getMessage() != null && header.getMessage().startsWith("The source cannot be read")));
		assertEquals(IMessageProvider.ERROR, header.getMessageType());
		int line = broken.substring(0, broken.indexOf("<oops")).split("\n", -1).length;
		assertTrue(header.getMessage().contains("line " + line + ","), header.getMessage());
		assertEquals("editor", editor.bot().textWithLabel(UIText.HardwareNetworkPage_hostname).getText(), "the last readable content stays");
		assertFalse(editor.bot().textWithLabel(UIText.HardwareNetworkPage_hostname).isEditable(), "fields are read-only");
		editor.activatePage(UIText.OverviewPage_title);
		assertFalse(editor.bot().textWithLabel(UIText.OverviewPage_version).isEditable());

		editor.activatePage(UIText.ManifestEditor_sourcePage);
		assertEquals(broken, editor.bot().styledText().getText(), "switching pages keeps the text as typed");
		editor.bot().styledText().setText(valid.replace("hostname=\"editor\"", "hostname=\"fixed\""));
		editor.activatePage(UIText.HardwareNetworkPage_title);
		assertEquals("fixed", editor.bot().textWithLabel(UIText.HardwareNetworkPage_hostname).getText());
		assertTrue(editor.bot().textWithLabel(UIText.HardwareNetworkPage_hostname).isEditable());
		bot.waitUntil(Conditions.that("the source error to leave the header", () -> header.getMessage() == null
				|| !header.getMessage().contains("cannot be read")));
	}

	@Test
	void aValueBreakingARuleIsMarkedOnItsFieldAndInTheHeaderBeforeSaving() {
		BotMultiPageEditor editor = openFromProjectExplorer();
		editor.bot().textWithLabel(UIText.OverviewPage_id).setText("Not An Id");
		BotForm header = editor.bot().form();
		bot.waitUntil(Conditions.valueIs("the header's message", header::getMessage, "1 error detected"));
		assertEquals(IMessageProvider.ERROR, header.getMessageType());
		Control decorated = UIThreadRunnable.syncExec(() -> {
			for (IMessage message : header.widget().getChildrenMessages()) {
				if (message.getMessage().contains("'Not An Id' is not a valid identifier")) {
					return message.getControl();
				}
			}
			return null;
		});
		assertEquals(editor.bot().textWithLabel(UIText.OverviewPage_id).widget(), decorated, "the message decorates the Id field");

		editor.bot().textWithLabel(UIText.OverviewPage_id).setText("now-valid");
		bot.waitUntil(Conditions.valueIs("the header's message", header::getMessage, null));
	}
}
