package dev.kiln.launch.internal;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.RuntimeProcess;

/**
 * QEMU as the Debug view shows it: the Platform's process (console streams, terminate with descendants)
 * whose label is its state ({@link IProcess#ATTR_PROCESS_LABEL}: booting, ready after n s), which the
 * Debug view asks {@link #getLabel()} for while the Console view reads the attribute.
 */
final class QemuProcess extends RuntimeProcess {

	private static final long GRACE_SECONDS = 5;

	QemuProcess(ILaunch launch, Process process, String name, Map<String, String> attributes) {
		super(launch, process, name, attributes);
	}

	/**
	 * Stops QEMU with SIGTERM through its process handle and lets the console drain its output; only if it
	 * is still running after {@value #GRACE_SECONDS} s does the Platform's terminate follow (which
	 * destroys the process and its descendants). {@code Process.destroy()} closes the output streams under
	 * the console's reader, which then logs "Stream closed" as an error; QEMU quits on SIGTERM at once.
	 */
	@Override
	public void terminate() throws DebugException {
		Process qemu = getSystemProcess();
		if (qemu != null && qemu.isAlive() && qemu.toHandle().destroy()) {
			try {
				if (qemu.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
					return; // the Platform's monitor thread sees the exit, drains the streams and reports TERMINATE
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
		super.terminate();
	}

	@Override
	public String getLabel() {
		String state = getAttribute(IProcess.ATTR_PROCESS_LABEL);
		return state != null ? state : super.getLabel();
	}
}
