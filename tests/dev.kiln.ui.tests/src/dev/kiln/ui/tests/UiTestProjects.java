package dev.kiln.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;

import dev.kiln.core.ApplianceNature;
import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.workspace.TestWorkspace;
import dev.kiln.ui.testsupport.WorkbenchBot;

/** Workspace fixtures shared by the UI tests. */
final class UiTestProjects {

	private UiTestProjects() {
	}

	/** Kept for PublishWizardTest until it calls {@link TestWorkspace#deleteAllProjects()} itself. */
	static void deleteAll() throws CoreException {
		TestWorkspace.deleteAllProjects();
	}

	/** Imports a copy of examples/hello-appliance (without its build/ folder) made in {@code folder}. */
	static IProject importCopyOfHello(Path folder) throws IOException, CoreException {
		return new ExistingProjectImporter(TestWorkspace.workspace()).importFrom(ExampleProjects.copyOfHello(folder), null).get(0);
	}

	/** Terminates and removes every launch, deletes every launch configuration, then every project. */
	static void deleteLaunchesAndProjects(WorkbenchBot bot, Duration jobsLimit) throws CoreException {
		ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
		for (ILaunch launch : launches.getLaunches()) {
			if (launch.canTerminate()) {
				launch.terminate();
			}
			launches.removeLaunch(launch);
		}
		// the Debug view labels the removed launches in jobs that read their configuration: let them end first, or
		// they log that the configuration does not exist
		bot.waitForJobs(jobsLimit);
		for (ILaunchConfiguration configuration : launches.getLaunchConfigurations()) {
			configuration.delete();
		}
		TestWorkspace.deleteAllProjects();
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
