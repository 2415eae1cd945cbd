package dev.kiln.core;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

/**
 * Marks a workspace project as a Kiln appliance project: a folder with an {@code appliance.xml}
 * that Kiln validates, builds into VM images and publishes.
 */
public class ApplianceNature implements IProjectNature {

	/** The nature id, as written into {@code .project}. */
	public static final String ID = "dev.kiln.core.applianceNature";

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

	@Override
	public void configure() throws CoreException {
		// the appliance builder is attached here once it exists (see the model and project-type issue)
	}

	@Override
	public void deconfigure() throws CoreException {
		// nothing was attached by configure()
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
