package dev.kiln.ui.tests;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.kiln.testsupport.workspace.TestWorkspace;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * Base of the manifest editor tests: before each test a project from the minimal-service template
 * (named after {@link #projectName()}) with its manifest built, in the Kiln perspective; after it,
 * editors closed without saving and the projects deleted.
 */
abstract class ManifestEditorTestCase extends WorkbenchTestCase {

	protected IProject project;
	protected IFile manifest;

	/** @return the name of the test project, also the appliance's id and host name */
	protected abstract String projectName();

	@BeforeEach
	void createProject() throws CoreException {
		project = ManifestEditors.minimalProject(projectName());
		manifest = ManifestEditors.manifest(project);
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.waitForBuild(JOBS_TIMEOUT);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		bot.closeAllEditors();
		TestWorkspace.deleteAllProjects();
	}
}
