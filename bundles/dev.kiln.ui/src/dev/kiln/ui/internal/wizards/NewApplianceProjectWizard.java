package dev.kiln.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;
import java.net.URI;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.wizards.newresource.BasicNewProjectResourceWizard;
import org.eclipse.ui.wizards.newresource.BasicNewResourceWizard;

import dev.kiln.build.ManifestCheck;
import dev.kiln.core.ApplianceProjectCreator;
import dev.kiln.core.ApplianceTemplate;
import dev.kiln.ui.internal.UIText;

/**
 * File → New → Appliance Project: a project with the appliance nature, an {@code appliance.xml}
 * that validates, and the files its template needs. Opens the manifest when done.
 */
public class NewApplianceProjectWizard extends Wizard implements INewWizard, IExecutableExtension {

	private IWorkbench workbench;
	private IConfigurationElement configuration;
	private ApplianceProjectPage page;

	public NewApplianceProjectWizard() {
		setWindowTitle(UIText.NewApplianceProjectWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
	}

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		this.configuration = config;
	}

	@Override
	public void addPages() {
		page = new ApplianceProjectPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		String name = page.getProjectName();
		URI location = page.useDefaults() ? null : page.getLocationURI();
		ApplianceTemplate template = page.template();
		IProject[] created = new IProject[1];
		try {
			getContainer().run(true, true, monitor -> {
				try {
					created[0] = new ApplianceProjectCreator(ResourcesPlugin.getWorkspace()).create(name, location, template, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
		} catch (InvocationTargetException e) {
			Throwable cause = e.getCause();
			page.setErrorMessage(cause instanceof CoreException ce ? ce.getStatus().getMessage() : String.valueOf(cause));
			return false;
		} catch (InterruptedException e) {
			return false;
		}
		BasicNewProjectResourceWizard.updatePerspective(configuration);
		var window = workbench.getActiveWorkbenchWindow();
		BasicNewResourceWizard.selectAndReveal(created[0], window);
		IWorkbenchPage activePage = window == null ? null : window.getActivePage();
		if (activePage != null) {
			try {
				IDE.openEditor(activePage, created[0].getFile(ManifestCheck.MANIFEST_FILE));
			} catch (PartInitException e) {
				// the project exists; not opening its manifest is no reason to fail the wizard
			}
		}
		return true;
	}
}
