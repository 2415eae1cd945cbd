package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IPageLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.core.ApplianceProjectCreator;
import dev.kiln.core.ApplianceTemplate;
import dev.kiln.testsupport.workspace.TestWorkspace;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.testsupport.BotMultiPageEditor;
import dev.kiln.ui.testsupport.BotStyledText;
import dev.kiln.ui.testsupport.BotTree;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/** Breaking appliance.xml in its editor and saving shows a problem on the right line; fixing it removes it. */
class ManifestProblemMarkerTest extends WorkbenchTestCase {

	private static final String PROJECT = "markers";
	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final String NETWORK = "<network configuration=\"dhcp\" hostname=\"markers\"/>";
	private static final String CLASHING_PORTS = """
			<network configuration="dhcp" hostname="markers">
			    <port number="8080" name="http"/>
			    <port number="8080" name="admin"/>
			  </network>""";

	private IProject project;

	@BeforeEach
	void createProject() throws CoreException {
		project = new ApplianceProjectCreator(ResourcesPlugin.getWorkspace()).create(PROJECT, null, ApplianceTemplate.MINIMAL_SERVICE, null);
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.waitForBuild(JOBS_TIMEOUT);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		TestWorkspace.deleteAllProjects();
	}

	@Test
	void aDuplicatePortIsMarkedOnItsLineAndFixingItClearsTheMarker() throws CoreException {
		bot.viewById(PROJECT_EXPLORER).show();
		bot.viewById(PROJECT_EXPLORER).bot().tree().expandNode(PROJECT).getNode("appliance.xml").doubleClick();
		BotMultiPageEditor editor = bot.multipageEditorByTitle("appliance.xml");
		editor.activatePage(UIText.ManifestEditor_sourcePage);
		BotStyledText text = editor.bot().styledText();
		String original = text.getText();
		int at = original.indexOf(NETWORK);
		assertTrue(at > 0, "template has the network line: " + original);

		text.replace(at, NETWORK.length(), CLASHING_PORTS);
		int adminLine = text.lineAtOffset(text.getText().indexOf("name=\"admin\""));
		editor.save();
		bot.waitForBuild(JOBS_TIMEOUT);

		List<String> problems = UiTestProjects.manifestProblems(project);
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith(adminLine + ": "), "on line " + adminLine + ": " + problems);
		assertTrue(problems.get(0).contains("Port 8080 is declared twice"), problems.toString());
		bot.viewById(IPageLayout.ID_PROBLEM_VIEW).show();
		var problemsTree = bot.viewById(IPageLayout.ID_PROBLEM_VIEW).bot().tree();
		bot.waitUntil(Conditions.that("the Problems view to list the duplicate port",
				() -> problemsViewErrors(problemsTree).stream().anyMatch(t -> t.contains("Port 8080 is declared twice"))), JOBS_TIMEOUT);

		text.setText(original);
		editor.save();
		bot.waitForBuild(JOBS_TIMEOUT);
		bot.waitUntil(Conditions.valueIs("the manifest problems", () -> {
			try {
				return UiTestProjects.manifestProblems(project);
			} catch (CoreException e) {
				return List.of(e.toString());
			}
		}, List.of()));
	}

	/** The Problems view refreshes in the background: read its "Errors (N items)" group afresh each time. */
	private static List<String> problemsViewErrors(BotTree problemsTree) {
		return problemsTree.itemTexts().stream()
				.filter(t -> t.startsWith("Errors ("))
				.findFirst()
				.map(errors -> problemsTree.expandNode(errors).getNodes())
				.orElse(List.of());
	}
}
