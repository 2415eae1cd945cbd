package dev.kiln.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.core.ApplianceNature;
import dev.kiln.testsupport.workspace.TestWorkspace;

class ApplianceNatureTest {

	private IProject project;

	@BeforeEach
	void createProject() throws CoreException {
		project = TestWorkspace.openProject("nature-test");
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, true, null);
	}

	@Test
	void aPlainProjectIsNotAnApplianceProject() {
		assertFalse(ApplianceNature.isApplianceProject(project));
	}

	@Test
	void addingTheNatureMakesItAnApplianceProject() throws CoreException {
		ApplianceNature.addTo(project, new NullProgressMonitor());
		assertTrue(project.hasNature(ApplianceNature.ID));
		assertTrue(ApplianceNature.isApplianceProject(project));
	}

	@Test
	void addingTheNatureTwiceKeepsOneEntry() throws CoreException {
		ApplianceNature.addTo(project, null);
		ApplianceNature.addTo(project, null);
		assertArrayEquals(new String[] { ApplianceNature.ID }, project.getDescription().getNatureIds());
	}

	@Test
	void aClosedProjectIsNotReportedAsAnApplianceProject() throws CoreException {
		ApplianceNature.addTo(project, null);
		project.close(null);
		assertFalse(ApplianceNature.isApplianceProject(project));
	}
}
