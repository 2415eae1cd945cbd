package dev.kiln.ui.internal.launch;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTab;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.kiln.launch.ApplianceLaunch;
import dev.kiln.ui.internal.ApplianceProjects;
import dev.kiln.ui.internal.UIText;

/**
 * The first tab of a Kiln launch type: a three-column page whose first row is the appliance project (typed or chosen),
 * a new configuration's project is the selected one, and the configuration is mapped to the project it names.
 */
abstract class ApplianceProjectTab extends AbstractLaunchConfigurationTab {

	/** The project's name as typed. */
	Text project;

	/** What the project dialog asks. */
	abstract String chooseProjectMessage();

	/** The name of a new configuration of {@code selected}, before the launch manager makes it unique. */
	abstract String configurationName(IProject selected);

	/** The tab's page, three columns, with the project row. */
	Composite createPage(Composite parent) {
		Composite composite = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(composite);
		setControl(composite);
		new Label(composite, SWT.NONE).setText(UIText.ApplianceTab_project);
		project = new Text(composite, SWT.SINGLE | SWT.BORDER);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(project);
		Button browse = createPushButton(composite, UIText.ApplianceTab_browse, null);
		browse.addListener(SWT.Selection, e -> ApplianceProjects.choose(getShell(), chooseProjectMessage())
				.ifPresent(chosen -> project.setText(chosen.getName())));
		return composite;
	}

	@Override
	public void setDefaults(ILaunchConfigurationWorkingCopy configuration) {
		IProject selected = ApplianceProjects.selected().orElse(null);
		configuration.setAttribute(ApplianceLaunch.ATTR_PROJECT, selected == null ? "" : selected.getName()); //$NON-NLS-1$
		if (selected != null) {
			configuration.rename(getLaunchManager().generateLaunchConfigurationName(configurationName(selected)));
			configuration.setMappedResources(new IResource[] { selected });
		}
	}

	/** Saves the typed project's name, and maps the configuration to the project. */
	void applyProject(ILaunchConfigurationWorkingCopy configuration) {
		String name = project.getText().trim();
		configuration.setAttribute(ApplianceLaunch.ATTR_PROJECT, name);
		IProject chosen = name.isEmpty() || !ResourcesPlugin.getWorkspace().validateName(name, IResource.PROJECT).isOK() ? null
				: ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		configuration.setMappedResources(chosen == null ? null : new IResource[] { chosen });
	}
}
