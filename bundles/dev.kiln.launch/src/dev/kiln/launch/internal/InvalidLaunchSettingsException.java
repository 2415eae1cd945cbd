package dev.kiln.launch.internal;

/** A setting of an "Appliance in QEMU" configuration is wrong; the message says which and how to fix it. */
public final class InvalidLaunchSettingsException extends Exception {

	private static final long serialVersionUID = 1L;

	public InvalidLaunchSettingsException(String message) {
		super(message);
	}
}
