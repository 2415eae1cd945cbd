package dev.kiln.core;

import java.util.Arrays;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Marks a workspace project as a Kiln appliance project: a folder with an {@code appliance.xml}
 * that Kiln validates, builds into VM images and publishes.
 */
public class ApplianceNature implements IProjectNature {

	/** The nature id, as written into {@code .project}. */
	public static final String ID = "dev.kiln.core.applianceNature"; //$NON-NLS-1$

	/** The builder that validates the manifest and keeps its problem markers. */
	public static final String BUILDER_ID = "dev.kiln.core.applianceBuilder"; //$NON-NLS-1$

	/** The marker type of manifest problems (a problem and text marker with a {@code code} attribute). */
	public static final String MANIFEST_PROBLEM = "dev.kiln.core.manifestProblem"; //$NON-NLS-1$

	private IProject project;

	/** @return whether the project is open and carries the appliance nature */
	public static boolean isApplianceProject(IProject project) {
		try {
			return project.isOpen() && project.hasNature(ID);
		} catch (CoreException e) {
			return false;
		}
	}

	/** Adds the appliance nature to an open project; does nothing when it is there already. */
	public static void addTo(IProject project, IProgressMonitor monitor) throws CoreException {
		IProjectDescription description = project.getDescription();
		if (description.hasNature(ID)) {
			return;
		}
		String[] natures = description.getNatureIds();
		String[] withKiln = new String[natures.length + 1];
		System.arraycopy(natures, 0, withKiln, 0, natures.length);
		withKiln[natures.length] = ID;
		description.setNatureIds(withKiln);
		project.setDescription(description, monitor);
	}

	/** Attaches the appliance builder, which validates {@code appliance.xml} on every change. */
	@Override
	public void configure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] commands = description.getBuildSpec();
		for (ICommand command : commands) {
			if (BUILDER_ID.equals(command.getBuilderName())) {
				return;
			}
		}
		ICommand builder = description.newCommand();
		builder.setBuilderName(BUILDER_ID);
		ICommand[] withBuilder = Arrays.copyOf(commands, commands.length + 1);
		withBuilder[commands.length] = builder;
		description.setBuildSpec(withBuilder);
		project.setDescription(description, null);
	}

	@Override
	public void deconfigure() throws CoreException {
		IProjectDescription description = project.getDescription();
		ICommand[] remaining = Arrays.stream(description.getBuildSpec())
				.filter(c -> !BUILDER_ID.equals(c.getBuilderName())).toArray(ICommand[]::new);
		description.setBuildSpec(remaining);
		project.setDescription(description, null);
		project.deleteMarkers(MANIFEST_PROBLEM, true, IResource.DEPTH_INFINITE);
	}

	@Override
	public IProject getProject() {
		return project;
	}

	@Override
	public void setProject(IProject project) {
		this.project = project;
	}
}
