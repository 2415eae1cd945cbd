package dev.kiln.launch.internal;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.osgi.util.NLS;

import dev.kiln.launch.UpdateTestLaunch;

/**
 * The checked settings of an "Appliance Update Test" configuration. The launch tab checks what the user chose with
 * {@link #parse}, the delegate what was saved with {@link #read}, so both say the same.
 *
 * @param project      an open appliance project
 * @param marketplace  the name of the saved marketplace to test against (the first one saved when none was chosen)
 * @param fromVersion  the published version to update from; {@code null} for the newest one older than the project's
 */
public record UpdateTestSettings(IProject project, String marketplace, String fromVersion) {

	/** The settings of a saved configuration. */
	public static UpdateTestSettings read(ILaunchConfiguration configuration, List<String> savedMarketplaces)
			throws CoreException, InvalidLaunchSettingsException {
		return parse(configuration.getAttribute(UpdateTestLaunch.ATTR_PROJECT, ""), configuration.getAttribute(UpdateTestLaunch.ATTR_MARKETPLACE, ""), //$NON-NLS-1$ //$NON-NLS-2$
				configuration.getAttribute(UpdateTestLaunch.ATTR_FROM_VERSION, ""), savedMarketplaces); //$NON-NLS-1$
	}

	/**
	 * Checks settings as chosen: an empty {@code marketplace} is the first of {@code savedMarketplaces}, the names of the
	 * workspace's marketplaces in the order they were saved.
	 */
	public static UpdateTestSettings parse(String projectName, String marketplace, String fromVersion, List<String> savedMarketplaces)
			throws InvalidLaunchSettingsException {
		IProject project = LaunchSettings.applianceProject(projectName.trim());
		String name = marketplace.trim();
		if (savedMarketplaces.isEmpty()) {
			throw new InvalidLaunchSettingsException(LaunchText.UpdateTestSettings_noMarketplace);
		}
		if (!name.isEmpty() && !savedMarketplaces.contains(name)) {
			throw new InvalidLaunchSettingsException(NLS.bind(LaunchText.UpdateTestSettings_noSuchMarketplace, name, String.join(", ", savedMarketplaces))); //$NON-NLS-1$
		}
		String from = fromVersion.trim();
		if (from.chars().anyMatch(Character::isWhitespace)) {
			throw new InvalidLaunchSettingsException(NLS.bind(LaunchText.UpdateTestSettings_badFromVersion, from));
		}
		return new UpdateTestSettings(project, name.isEmpty() ? savedMarketplaces.get(0) : name, from.isEmpty() ? null : from);
	}
}
