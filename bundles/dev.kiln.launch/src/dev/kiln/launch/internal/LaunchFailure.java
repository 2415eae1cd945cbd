package dev.kiln.launch.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;

import dev.kiln.launch.ApplianceLaunch;
import dev.kiln.launch.QemuPreferences;

/** The error of a launch that cannot run: a message for the user, no exception to show. */
final class LaunchFailure {

	private LaunchFailure() {
	}

	static CoreException of(String message) {
		return new CoreException(new Status(IStatus.ERROR, QemuPreferences.QUALIFIER, ApplianceLaunch.LAUNCH_FAILED, message, null));
	}
}
