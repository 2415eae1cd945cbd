package dev.kiln.testsupport.workspace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The workspace of a test run, put back between tests as m2e's test base does: auto-build off so that a
 * test builds when it means to, no background job left running, no project left over. Needs
 * org.eclipse.core.resources (an optional requirement of this bundle: the plain-Java fixtures in
 * {@code dev.kiln.testsupport} work without it).
 */
public final class TestWorkspace {

	/** How long {@link #emptyWithoutAutoBuild()} waits for running jobs before it fails the test. */
	public static final Duration JOBS_LIMIT = Duration.ofSeconds(60);

	private TestWorkspace() {
	}

	/** The workspace. */
	public static IWorkspace workspace() {
		return ResourcesPlugin.getWorkspace();
	}

	/** The workspace's project of that name (which need not exist). */
	public static IProject project(String name) {
		return workspace().getRoot().getProject(name);
	}

	/** A new, open project of that name in the workspace's default location, without natures. */
	public static IProject openProject(String name) throws CoreException {
		IProject project = project(name);
		project.create(null);
		project.open(null);
		return project;
	}

	/**
	 * Turns auto-build off, waits for running jobs (at most {@link #JOBS_LIMIT}) and deletes every project
	 * with its files.
	 *
	 * @return whether auto-build was on, for {@link #setAutoBuilding(boolean)} after the test
	 */
	public static boolean emptyWithoutAutoBuild() throws CoreException {
		boolean wasOn = setAutoBuilding(false);
		waitForJobs(JOBS_LIMIT);
		deleteAllProjects();
		return wasOn;
	}

	/**
	 * Turns auto-build on or off.
	 *
	 * @return whether it was on before
	 */
	public static boolean setAutoBuilding(boolean on) throws CoreException {
		IWorkspaceDescription description = workspace().getDescription();
		boolean wasOn = description.isAutoBuilding();
		if (wasOn != on) {
			description.setAutoBuilding(on);
			workspace().setDescription(description);
		}
		return wasOn;
	}

	/** Deletes every project of the workspace with its files. */
	public static void deleteAllProjects() throws CoreException {
		for (IProject project : workspace().getRoot().getProjects()) {
			project.delete(true, true, null);
		}
	}

	/**
	 * Waits until no job is running or waiting to run (sleeping ones do not count); fails the test,
	 * naming the busy jobs, when that takes longer than {@code limit}. Never call it from a job or the UI
	 * thread.
	 */
	public static void waitForJobs(Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		List<String> busy = busyJobs();
		while (!busy.isEmpty()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("jobs still busy after " + limit.toSeconds() + " s: " + String.join(", ", busy));
			}
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted waiting for jobs: " + String.join(", ", busy), e);
			}
			busy = busyJobs();
		}
	}

	private static List<String> busyJobs() {
		List<String> names = new ArrayList<>();
		for (Job job : Job.getJobManager().find(null)) {
			if (job.getState() == Job.RUNNING || job.getState() == Job.WAITING) {
				names.add(job.getName());
			}
		}
		return names;
	}
}
