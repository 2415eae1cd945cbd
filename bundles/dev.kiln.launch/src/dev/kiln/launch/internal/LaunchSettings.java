package dev.kiln.launch.internal;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRoot;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.osgi.util.NLS;

import dev.kiln.core.ApplianceNature;
import dev.kiln.image.qemu.PortForward;
import dev.kiln.launch.ApplianceLaunch;

/**
 * The checked settings of an "Appliance in QEMU" configuration. The launch tab checks what the user
 * typed with {@link #parse}, the delegate what was saved with {@link #read}, so both say the same.
 *
 * @param project
 *            an open appliance project
 * @param format
 *            {@code raw}, {@code qcow2}, or empty for the manifest's choice
 * @param memoryMb
 *            {@code null} for the manifest's
 * @param cpus
 *            {@code null} for the manifest's
 * @param forwards
 *            {@code null} for the manifest's ports
 * @param extraArguments
 *            appended to QEMU's command line
 */
public record LaunchSettings(IProject project, String format, Integer memoryMb, Integer cpus, List<PortForward> forwards,
		List<String> extraArguments) {

	/** The image formats QEMU boots from a launch. */
	public static final List<String> FORMATS = List.of("qcow2", "raw"); //$NON-NLS-1$ //$NON-NLS-2$

	/** The settings of a saved configuration. */
	public static LaunchSettings read(ILaunchConfiguration configuration) throws CoreException, InvalidLaunchSettingsException {
		String forwards = configuration.hasAttribute(ApplianceLaunch.ATTR_FORWARDS)
				? configuration.getAttribute(ApplianceLaunch.ATTR_FORWARDS, "") //$NON-NLS-1$
				: null;
		return parse(configuration.getAttribute(ApplianceLaunch.ATTR_PROJECT, ""), configuration.getAttribute(ApplianceLaunch.ATTR_FORMAT, ""), //$NON-NLS-1$ //$NON-NLS-2$
				configuration.getAttribute(ApplianceLaunch.ATTR_MEMORY_MB, ""), configuration.getAttribute(ApplianceLaunch.ATTR_CPUS, ""), //$NON-NLS-1$ //$NON-NLS-2$
				forwards, configuration.getAttribute(ApplianceLaunch.ATTR_EXTRA_ARGUMENTS, "")); //$NON-NLS-1$
	}

	/** Checks settings as typed; {@code forwards} is {@code null} for the manifest's ports. */
	public static LaunchSettings parse(String projectName, String format, String memoryMb, String cpus, String forwards, String extraArguments)
			throws InvalidLaunchSettingsException {
		IProject project = applianceProject(projectName.trim());
		String chosenFormat = format.trim();
		if (!chosenFormat.isEmpty() && !FORMATS.contains(chosenFormat)) {
			throw new InvalidLaunchSettingsException(NLS.bind(LaunchText.Settings_badFormat, chosenFormat));
		}
		return new LaunchSettings(project, chosenFormat, number(memoryMb, 64, 1_048_576, LaunchText.Settings_badMemory),
				number(cpus, 1, 255, LaunchText.Settings_badCpus), forwards == null ? null : PortForwards.parse(forwards),
				List.of(DebugPlugin.parseArguments(extraArguments.trim())));
	}

	/** The open appliance project {@code name} of the workspace, or why there is none. */
	static IProject applianceProject(String name) throws InvalidLaunchSettingsException {
		if (name.isEmpty()) {
			throw new InvalidLaunchSettingsException(LaunchText.Settings_noProject);
		}
		IWorkspaceRoot root = ResourcesPlugin.getWorkspace().getRoot();
		if (!root.getWorkspace().validateName(name, org.eclipse.core.resources.IResource.PROJECT).isOK()
				|| !root.getProject(name).isOpen()) {
			throw new InvalidLaunchSettingsException(NLS.bind(LaunchText.Settings_noSuchProject, name));
		}
		IProject project = root.getProject(name);
		if (!ApplianceNature.isApplianceProject(project)) {
			throw new InvalidLaunchSettingsException(NLS.bind(LaunchText.Settings_notAnAppliance, name));
		}
		return project;
	}

	private static Integer number(String text, int min, int max, String message) throws InvalidLaunchSettingsException {
		String value = text.trim();
		if (value.isEmpty()) {
			return null;
		}
		try {
			int number = Integer.parseInt(value);
			if (number >= min && number <= max) {
				return number;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new InvalidLaunchSettingsException(NLS.bind(message, value));
	}

	/**
	 * The image format to boot: the chosen one, which the manifest's outputs must include, or qcow2 if
	 * they include it, else raw.
	 */
	public String imageFormat(List<String> wanted) throws InvalidLaunchSettingsException {
		if (!format.isEmpty()) {
			if (!wanted.contains(format)) {
				throw new InvalidLaunchSettingsException(NLS.bind(LaunchText.Settings_formatNotBuilt, format));
			}
			return format;
		}
		return FORMATS.stream().filter(wanted::contains).findFirst()
				.orElseThrow(() -> new InvalidLaunchSettingsException(LaunchText.Settings_noBootableOutput));
	}
}
