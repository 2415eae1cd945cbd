package dev.kiln.ui.internal.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.ILaunchShortcut2;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

import dev.kiln.core.ApplianceNature;
import dev.kiln.launch.ApplianceLaunch;
import dev.kiln.ui.internal.UIText;

/**
 * A Run As entry on an appliance project, its appliance.xml or the manifest's editor: runs the project's
 * configuration of the entry's type, creating it (named after the project) the first time.
 */
abstract class ApplianceProjectShortcut implements ILaunchShortcut2 {

	/** The launch configuration type the entry runs. */
	abstract String typeId();

	/** The name of the project's configuration, before the launch manager makes it unique. */
	abstract String configurationName(IProject project);

	@Override
	public final void launch(ISelection selection, String mode) {
		IProject project = projectOf(selection);
		if (project != null) {
			launch(project, mode);
		}
	}

	@Override
	public final void launch(IEditorPart editor, String mode) {
		IProject project = projectOf(editor);
		if (project != null) {
			launch(project, mode);
		}
	}

	private void launch(IProject project, String mode) {
		try {
			ILaunchConfiguration[] existing = configurationsOf(project);
			DebugUITools.launch(existing.length > 0 ? existing[0] : create(project), mode);
		} catch (CoreException e) {
			ErrorDialog.openError(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), UIText.LaunchShortcut_errorTitle, null,
					e.getStatus());
		}
	}

	private ILaunchConfiguration create(IProject project) throws CoreException {
		ILaunchManager manager = DebugPlugin.getDefault().getLaunchManager();
		ILaunchConfigurationWorkingCopy copy = type().newInstance(null, manager.generateLaunchConfigurationName(configurationName(project)));
		copy.setAttribute(ApplianceLaunch.ATTR_PROJECT, project.getName()); // the attribute of both types
		copy.setMappedResources(new IResource[] { project });
		return copy.doSave();
	}

	private ILaunchConfigurationType type() {
		return DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(typeId());
	}

	private ILaunchConfiguration[] configurationsOf(IProject project) throws CoreException {
		List<ILaunchConfiguration> found = new ArrayList<>();
		for (ILaunchConfiguration configuration : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations(type())) {
			if (project.getName().equals(configuration.getAttribute(ApplianceLaunch.ATTR_PROJECT, ""))) { //$NON-NLS-1$
				found.add(configuration);
			}
		}
		return found.toArray(ILaunchConfiguration[]::new);
	}

	private static IProject projectOf(ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof IAdaptable element) {
			return applianceProject(element.getAdapter(IResource.class));
		}
		return null;
	}

	private static IProject projectOf(IEditorPart editor) {
		return editor == null ? null : applianceProject(editor.getEditorInput().getAdapter(IResource.class));
	}

	private static IProject applianceProject(IResource resource) {
		return resource != null && ApplianceNature.isApplianceProject(resource.getProject()) ? resource.getProject() : null;
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(ISelection selection) {
		return configurations(projectOf(selection));
	}

	@Override
	public ILaunchConfiguration[] getLaunchConfigurations(IEditorPart editor) {
		return configurations(projectOf(editor));
	}

	private ILaunchConfiguration[] configurations(IProject project) {
		try {
			return project == null ? null : configurationsOf(project);
		} catch (CoreException e) {
			return null;
		}
	}

	@Override
	public IResource getLaunchableResource(ISelection selection) {
		return projectOf(selection);
	}

	@Override
	public IResource getLaunchableResource(IEditorPart editor) {
		return projectOf(editor);
	}
}
