package dev.kiln.launch.internal;

import java.util.Map;

import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.RuntimeProcess;

/**
 * QEMU as the Debug view shows it: the Platform's process (console streams, terminate with descendants)
 * whose label is its state ({@link IProcess#ATTR_PROCESS_LABEL}: booting, ready after n s), which the
 * Debug view asks {@link #getLabel()} for while the Console view reads the attribute.
 */
final class QemuProcess extends RuntimeProcess {

	QemuProcess(ILaunch launch, Process process, String name, Map<String, String> attributes) {
		super(launch, process, name, attributes);
	}

	@Override
	public String getLabel() {
		String state = getAttribute(IProcess.ATTR_PROCESS_LABEL);
		return state != null ? state : super.getLabel();
	}
}
