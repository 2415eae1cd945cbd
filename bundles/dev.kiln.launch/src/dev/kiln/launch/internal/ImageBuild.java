package dev.kiln.launch.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import dev.kiln.core.ApplianceBuildJob;

/**
 * Builds a launch's image with the workbench's {@link ApplianceBuildJob} when it is stale
 * ({@link ImageFreshness}), waiting for it while the launch is not cancelled.
 */
final class ImageBuild {

	private static final long POLL_MILLIS = 200;

	private final IProject project;
	private final Path root;
	private final Path image;

	ImageBuild(IProject project, Path root, Path image) {
		this.project = project;
		this.root = root;
		this.image = image;
	}

	/** {@code false} when the launch was cancelled meanwhile (the build is cancelled with it). */
	boolean runIfStale(SubMonitor progress) throws CoreException {
		if (!ImageFreshness.isStale(root, image)) {
			return true;
		}
		progress.subTask(NLS.bind(LaunchText.Delegate_building, image.getFileName()));
		ApplianceBuildJob job = new ApplianceBuildJob(project);
		job.schedule();
		try {
			// the build ends by itself, fails or is cancelled; the launch's cancel button cancels it
			while (!job.join(POLL_MILLIS, null)) {
				if (progress.isCanceled()) {
					job.cancel();
				}
			}
		} catch (InterruptedException e) {
			job.cancel();
			Thread.currentThread().interrupt();
			return false;
		}
		IStatus result = job.getResult();
		if (result.getSeverity() == IStatus.CANCEL || progress.isCanceled()) {
			progress.setCanceled(true);
			return false;
		}
		if (!result.isOK()) {
			throw LaunchFailure.of(NLS.bind(LaunchText.Delegate_buildFailed, project.getName(), result.getMessage()));
		}
		if (!Files.isRegularFile(image)) {
			throw LaunchFailure.of(NLS.bind(LaunchText.Delegate_imageMissing, project.getName(), image.getFileName()));
		}
		return true;
	}
}
