package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.editor.ManifestEditor;
import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotMultiPageEditor;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * The Kiln Manifest Editor as a vendor uses it: appliance.xml opens on the form pages, each page
 * edits its part of the manifest, every edit can be undone and redone, the Source page follows,
 * and saving writes the canonical manifest.
 */
class ManifestEditorTest extends WorkbenchTestCase {

	private static final String PROJECT = "editor";
	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	private IProject project;
	private IFile manifest;

	@BeforeEach
	void createProject() throws CoreException {
		project = ManifestEditors.minimalProject(PROJECT);
		manifest = ManifestEditors.manifest(project);
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.waitForBuild(JOBS_TIMEOUT);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		bot.closeAllEditors();
		UiTestProjects.deleteAll();
	}

	private BotMultiPageEditor openFromProjectExplorer() {
		bot.viewById(PROJECT_EXPLORER).show();
		bot.viewById(PROJECT_EXPLORER).bot().tree().expandNode(PROJECT).getNode("appliance.xml").doubleClick();
		BotMultiPageEditor editor = bot.multipageEditorByTitle("appliance.xml");
		assertTrue(editor.getPart() instanceof ManifestEditor, "the default editor of appliance.xml is the manifest editor");
		assertEquals(java.util.List.of("Overview", "Operating System", "Application", "Hardware & Network", "Properties",
				"Marketplace", "Source"), editor.getPagesTitles());
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

		form.textWithLabel("Version:").setText("2.0.0");
		waitForSource(part, "version=\"2.0.0\"");

		editor.activatePage("Operating System");
		form.textWithLabel("Mirror override:").setText("https://deb.example.org/debian");
		waitForSource(part, "mirror=\"https://deb.example.org/debian\"");

		editor.activatePage("Application");
		form.textWithLabel("First-boot script:").setText("app/bin/editor");
		waitForSource(part, "firstBootScript=\"app/bin/editor\"");

		editor.activatePage("Hardware & Network");
		form.textWithLabel("Memory (MiB):").setText("1024");
		waitForSource(part, "memoryMb=\"1024\"");

		editor.activatePage("Properties");
		form.button("Add...").click();
		BotShell add = bot.shell("Add Property");
		add.bot().text().setText("admin.email");
		add.bot().button("OK").click();
		bot.waitUntil(Conditions.shellCloses(add));
		form.textWithLabel("Label:").setText("Administrator e-mail");
		waitForSource(part, "label=\"Administrator e-mail\"");

		editor.activatePage("Marketplace");
		form.textWithLabel("Support e-mail:").setText("support@example.org");
		waitForSource(part, "email=\"support@example.org\"");

		form.textWithLabel("Support e-mail:").pressShortcut(SWT.CTRL, 'z');
		waitForSourceWithout(part, "support@example.org");
		assertEquals("", form.textWithLabel("Support e-mail:").getText());
		form.textWithLabel("Title:").pressShortcut(SWT.CTRL, 'y');
		waitForSource(part, "email=\"support@example.org\"");
		assertEquals("support@example.org", form.textWithLabel("Support e-mail:").getText());

		editor.activatePage("Source");
		String source = editor.bot().styledText().getText();
		for (String edit : new String[] { "version=\"2.0.0\"", "mirror=\"https://deb.example.org/debian\"",
				"firstBootScript=\"app/bin/editor\"", "memoryMb=\"1024\"", "key=\"admin.email\"",
				"label=\"Administrator e-mail\"", "email=\"support@example.org\"" }) {
			assertTrue(source.contains(edit), edit + " in " + source);
		}
		editor.activatePage("Overview");
		assertEquals("2.0.0", form.textWithLabel("Version:").getText());
		assertTrue(editor.isDirty());

		editor.save();
		assertFalse(editor.isDirty());
		assertEquals(ManifestEditors.sourceText(part), ManifestEditors.fileText(manifest));
		assertEquals(source, ManifestEditors.fileText(manifest));
	}
}
