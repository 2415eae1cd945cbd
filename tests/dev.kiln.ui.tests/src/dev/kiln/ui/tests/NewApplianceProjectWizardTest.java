package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.kiln.core.ApplianceNature;
import dev.kiln.core.ApplianceTemplate;
import dev.kiln.testsupport.workspace.TestWorkspace;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.NewApplianceProjectDialog;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/** File → New → Project… → Kiln → Appliance Project, as a user runs it. */
class NewApplianceProjectWizardTest extends WorkbenchTestCase {

	@AfterEach
	void deleteProjects() throws CoreException {
		TestWorkspace.deleteAllProjects();
	}

	@ParameterizedTest
	@EnumSource(ApplianceTemplate.class)
	void eachTemplateGivesAnApplianceProjectWithoutProblems(ApplianceTemplate template) throws CoreException {
		String name = "wizard-" + template.folder();
		BotShell dialog = NewApplianceProjectDialog.openProjectPage(bot);
		dialog.bot().textWithLabel("Project name:").setText(name);
		dialog.bot().radio(template.label()).click();
		NewApplianceProjectDialog.finish(bot, dialog, bot.timeout());
		bot.waitForBuild(JOBS_TIMEOUT);

		IProject project = TestWorkspace.project(name);
		assertTrue(project.exists(), name + " created");
		assertTrue(project.hasNature(ApplianceNature.ID));
		assertEquals(List.of(), UiTestProjects.manifestProblems(project));
		String manifest = project.getFile("appliance.xml").readString();
		assertTrue(manifest.contains("name=\"" + name + "\""), manifest);
		bot.editorByTitle("appliance.xml");
		assertEquals(KilnPerspective.ID, bot.activePerspective().getId());
	}

	@Test
	void theTemplateDescriptionFollowsTheSelectedTemplateAndAnExistingNameIsRefused() throws CoreException {
		TestWorkspace.project("taken").create(null);
		BotShell dialog = NewApplianceProjectDialog.openProjectPage(bot);
		dialog.bot().radio(ApplianceTemplate.DATABASE_POSTGRESQL.label()).click();
		dialog.bot().label(ApplianceTemplate.DATABASE_POSTGRESQL.description());
		dialog.bot().textWithLabel("Project name:").setText("taken");
		bot.waitWhile(Conditions.widgetIsEnabled(dialog.bot().button("Finish")));
		dialog.close();
	}
}
