package dev.kiln.ui.internal.launch;

import org.eclipse.core.resources.IProject;

import dev.kiln.launch.ApplianceLaunch;

/**
 * Run As → Appliance in QEMU on an appliance project, its appliance.xml or the manifest's editor: runs
 * the project's configuration, creating it (manifest defaults, named after the project) the first time.
 */
public final class ApplianceLaunchShortcut extends ApplianceProjectShortcut {

	@Override
	String typeId() {
		return ApplianceLaunch.TYPE_ID;
	}

	@Override
	String configurationName(IProject project) {
		return project.getName();
	}
}
