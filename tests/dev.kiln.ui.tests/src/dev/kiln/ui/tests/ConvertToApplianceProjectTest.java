package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.kiln.core.ApplianceNature;
import dev.kiln.testsupport.workspace.TestWorkspace;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/** Project Explorer → (project) → Configure → Convert to Appliance Project. */
class ConvertToApplianceProjectTest extends WorkbenchTestCase {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	@AfterEach
	void deleteProjects() throws CoreException {
		TestWorkspace.deleteAllProjects();
	}

	@Test
	void convertingAPlainProjectMakesItAnApplianceProjectWithAValidManifest() throws CoreException {
		IProject project = TestWorkspace.openProject("plain");
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.viewById(PROJECT_EXPLORER).show();
		var tree = bot.viewById(PROJECT_EXPLORER).bot().tree();
		tree.getTreeItem("plain").select();
		tree.contextMenu("Configure").menu(PluginText.of("dev.kiln.ui", "convertCommand.label")).click();
		bot.waitUntil(Conditions.that("the project to become an appliance project", () -> ApplianceNature.isApplianceProject(project)));
		bot.waitForBuild(JOBS_TIMEOUT);

		assertTrue(project.getFile("appliance.xml").exists());
		assertEquals(List.of(), UiTestProjects.manifestProblems(project));
	}
}
