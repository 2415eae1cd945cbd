package dev.kiln.core.tests;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import dev.kiln.core.ApplianceNature;
import dev.kiln.testsupport.workspace.TestWorkspace;

/**
 * Base of headless workspace tests: auto-build off so that each test builds when it means to, and an
 * empty workspace before and after each test.
 */
abstract class WorkspaceTestCase {

	protected final IWorkspace workspace = TestWorkspace.workspace();
	private boolean autoBuilding;

	@BeforeEach
	void emptyWorkspaceWithoutAutoBuild() throws CoreException {
		autoBuilding = TestWorkspace.emptyWithoutAutoBuild();
	}

	@AfterEach
	void restoreWorkspace() throws CoreException {
		TestWorkspace.emptyWithoutAutoBuild();
		TestWorkspace.setAutoBuilding(autoBuilding);
	}

	protected static void build(IProject project) throws CoreException {
		project.build(IncrementalProjectBuilder.INCREMENTAL_BUILD, null);
	}

	protected static IMarker[] manifestProblems(IProject project) throws CoreException {
		return project.findMarkers(ApplianceNature.MANIFEST_PROBLEM, true, IResource.DEPTH_INFINITE);
	}

	protected static String describe(IMarker[] markers) {
		StringBuilder text = new StringBuilder();
		for (IMarker marker : markers) {
			text.append(marker.getResource().getFullPath()).append(':').append(marker.getAttribute(IMarker.LINE_NUMBER, 0))
					.append(' ').append(marker.getAttribute("code", "")).append(' ').append(marker.getAttribute(IMarker.MESSAGE, ""))
					.append('\n');
		}
		return text.toString();
	}
}
