package dev.kiln.ui.internal.wizards;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.resources.WorkspaceJob;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;

import dev.kiln.core.ApplianceNature;
import dev.kiln.core.ApplianceProjectCreator;
import dev.kiln.ui.internal.UIText;

/** Configure → Convert to Appliance Project, on the selected projects, in a workspace job. */
public class ConvertToApplianceProjectHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		List<IProject> projects = new ArrayList<>();
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				IProject project = Adapters.adapt(element, IProject.class);
				if (project != null && project.isOpen() && !ApplianceNature.isApplianceProject(project)) {
					projects.add(project);
				}
			}
		}
		if (projects.isEmpty()) {
			return null;
		}
		WorkspaceJob job = new WorkspaceJob(UIText.ConvertToApplianceProject_jobName) {
			@Override
			public IStatus runInWorkspace(IProgressMonitor monitor) {
				SubMonitor sub = SubMonitor.convert(monitor, projects.size());
				ApplianceProjectCreator creator = new ApplianceProjectCreator(ResourcesPlugin.getWorkspace());
				MultiStatus result = new MultiStatus(getClass(), 0, UIText.ConvertToApplianceProject_failed);
				for (IProject project : projects) {
					try {
						creator.convert(project, sub.split(1));
					} catch (CoreException e) {
						result.add(e.getStatus());
					}
				}
				return result.isOK() ? Status.OK_STATUS : result;
			}
		};
		job.setRule(ResourcesPlugin.getWorkspace().getRoot());
		job.setUser(true);
		job.schedule();
		return null;
	}
}
