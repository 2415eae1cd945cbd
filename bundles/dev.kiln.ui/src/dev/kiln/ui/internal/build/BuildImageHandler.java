package dev.kiln.ui.internal.build;

import java.util.Optional;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.ui.internal.ApplianceProjects;
import dev.kiln.ui.internal.UIText;

/**
 * Build Appliance Image: saves the project's editors (asking first), then builds its images into
 * {@code build/} in an {@link ApplianceBuildJob} with progress and cancel. Errors come back as the job's
 * status: the located manifest problems or the engine's message, never a stack trace.
 */
public class BuildImageHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		Optional<IProject> project = ApplianceProjects.of(event);
		if (project.isEmpty()) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), UIText.BuildImage_title, UIText.BuildImage_noProject);
			return null;
		}
		if (!IDE.saveAllEditors(new IResource[] { project.get() }, true)) {
			return null;
		}
		ApplianceBuildJob job = new ApplianceBuildJob(project.get());
		job.setUser(true);
		job.schedule();
		return null;
	}
}
