package dev.kiln.launch.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

import dev.kiln.image.qemu.QemuExecutable;
import dev.kiln.image.qemu.QemuMachine;
import dev.kiln.launch.QemuPreferences;

/** The QEMU and firmware a launch needs, or an error that says how to install them. */
public final class QemuLocator {

	private QemuLocator() {
	}

	/** QEMU at the preference's path, else on the PATH. */
	public static Path qemu() throws CoreException {
		return qemu(QemuPreferences.qemuPath(), System.getenv("PATH")); //$NON-NLS-1$
	}

	/** QEMU at {@code configured} when not blank, else on {@code searchPath}. */
	public static Path qemu(String configured, String searchPath) throws CoreException {
		return QemuExecutable.find(configured, searchPath).orElseThrow(() -> LaunchFailure.of(configured == null
				|| configured.isBlank() ? LaunchText.Qemu_notOnPath : NLS.bind(LaunchText.Qemu_notAtConfiguredPath, configured.trim())));
	}

	/** Fails when OVMF, which UEFI appliances boot, is not installed. */
	public static void requireOvmf() throws CoreException {
		for (Path file : new Path[] { QemuMachine.OVMF_CODE, QemuMachine.OVMF_VARS }) {
			if (!Files.isReadable(file)) {
				throw LaunchFailure.of(NLS.bind(LaunchText.Qemu_noOvmf, file));
			}
		}
	}
}
