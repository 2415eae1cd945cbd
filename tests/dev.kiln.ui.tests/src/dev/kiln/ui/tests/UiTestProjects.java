package dev.kiln.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dev.kiln.core.ApplianceNature;

/** Workspace fixtures shared by the UI tests. */
final class UiTestProjects {

	private UiTestProjects() {
	}

	static IProject project(String name) {
		return ResourcesPlugin.getWorkspace().getRoot().getProject(name);
	}

	static void deleteAll() throws CoreException {
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
	}

	/** Manifest problems of a project as "line: message" strings, for readable assertions. */
	static List<String> manifestProblems(IProject project) throws CoreException {
		List<String> problems = new ArrayList<>();
		for (IMarker marker : project.findMarkers(ApplianceNature.MANIFEST_PROBLEM, true, IResource.DEPTH_INFINITE)) {
			problems.add(marker.getAttribute(IMarker.LINE_NUMBER, 0) + ": " + marker.getAttribute(IMarker.MESSAGE, ""));
		}
		return problems;
	}
}
