package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.console.IConsoleConstants;
import org.junit.jupiter.api.Test;

import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/** The Kiln perspective, opened the way a user opens it: Window → Perspective → Open Perspective → Other…. */
class KilnPerspectiveTest extends WorkbenchTestCase {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@Test
	void kilnIsOfferedInTheOpenPerspectiveDialogAndOpensWithItsViews() {
		bot.menu("Window").menu("Perspective").menu("Open Perspective").menu("Other...").click();
		BotShell dialog = bot.shell("Open Perspective");
		dialog.activate();
		dialog.bot().table().select(PluginText.of("dev.kiln.ui", "perspective.name"));
		dialog.bot().button("Open").click();
		bot.waitUntil(Conditions.shellCloses(dialog));

		bot.waitUntil(Conditions.valueIs("the active perspective", () -> bot.activePerspective().getId(), KilnPerspective.ID));
		assertEquals(PluginText.of("dev.kiln.ui", "perspective.name"), bot.activePerspective().getLabel());
		List<String> views = bot.viewIds();
		assertTrue(views.contains(PROJECT_EXPLORER), "Project Explorer open, views: " + views);
		assertTrue(views.contains(IPageLayout.ID_PROBLEM_VIEW), "Problems open, views: " + views);
		assertTrue(views.contains(IConsoleConstants.ID_CONSOLE_VIEW), "Console open, views: " + views);
		assertTrue(views.contains(IPageLayout.ID_OUTLINE), "Outline open, views: " + views);
		assertTrue(views.contains("org.eclipse.debug.ui.DebugView"), "Debug view open for running appliances, views: " + views);
	}

	@Test
	void kilnPerspectiveOffersTheApplianceProjectFolderAndFileWizardsInFileNew() {
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.activeWorkbenchWindow();
		List<String> items = bot.menu("File").menu("New").menuItems();
		assertTrue(items.contains(PluginText.of("dev.kiln.ui", "newApplianceProject.name")), "File > New offers Appliance Project: " + items);
		assertTrue(items.contains("Folder"), "File > New offers Folder: " + items);
		assertTrue(items.contains("File"), "File > New offers File: " + items);
	}
}
