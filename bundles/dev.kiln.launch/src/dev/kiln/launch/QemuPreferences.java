package dev.kiln.launch;

import org.eclipse.core.runtime.Platform;

/**
 * The settings of Window → Preferences → Kiln → QEMU, stored in the instance scope of this bundle.
 */
public final class QemuPreferences {

	/** The preference node. */
	public static final String QUALIFIER = "dev.kiln.launch"; //$NON-NLS-1$
	/** Path of {@code qemu-system-x86_64}; empty: found on the PATH. */
	public static final String QEMU_PATH = "qemuPath"; //$NON-NLS-1$

	private QemuPreferences() {
	}

	/** The configured QEMU path, or an empty text. */
	public static String qemuPath() {
		return Platform.getPreferencesService().getString(QUALIFIER, QEMU_PATH, "", null).trim(); //$NON-NLS-1$
	}
}
