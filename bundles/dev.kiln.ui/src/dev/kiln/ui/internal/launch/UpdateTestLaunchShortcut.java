package dev.kiln.ui.internal.launch;

import org.eclipse.core.resources.IProject;

import dev.kiln.launch.UpdateTestLaunch;
import dev.kiln.ui.internal.UIText;

/**
 * Run As → Appliance Update Test on an appliance project, its appliance.xml or the manifest's editor: runs the
 * project's update test, creating its configuration (the first saved marketplace, the newest release before the
 * project's version) the first time.
 */
public final class UpdateTestLaunchShortcut extends ApplianceProjectShortcut {

	@Override
	String typeId() {
		return UpdateTestLaunch.TYPE_ID;
	}

	@Override
	String configurationName(IProject project) {
		return UIText.bind(UIText.UpdateTestShortcut_configurationName, project.getName());
	}
}
