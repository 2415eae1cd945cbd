package dev.kiln.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.ApplianceNature;
import dev.kiln.core.ExistingProjectImporter;

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

	/** Imports a copy of examples/hello-appliance (without its build/ folder) made in {@code folder}. */
	static IProject importCopyOfHello(Path folder) throws IOException, CoreException {
		Path hello = Path.of(System.getProperty("kiln.repository")).toAbsolutePath().normalize().resolve("examples/hello-appliance");
		Path copy = folder.resolve("hello-appliance");
		try (Stream<Path> walk = Files.walk(hello)) {
			for (Path source : walk.filter(p -> !hello.relativize(p).startsWith(ApplianceBuildJob.OUTPUT_FOLDER)).toList()) {
				Files.copy(source, copy.resolve(hello.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		return new ExistingProjectImporter(ResourcesPlugin.getWorkspace()).importFrom(copy, null).get(0);
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
