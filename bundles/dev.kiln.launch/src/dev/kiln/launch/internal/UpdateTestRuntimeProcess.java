package dev.kiln.launch.internal;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.RuntimeProcess;

/**
 * An update test as the Debug view shows it: the Platform's process over an {@link UpdateTestProcess}, labelled with
 * the test's state ({@link IProcess#ATTR_PROCESS_LABEL}), which Terminate asks to stop.
 */
final class UpdateTestRuntimeProcess extends RuntimeProcess {

	/** How long the test has to stop its machine after Terminate before the process ends without it. */
	private static final long GRACE_SECONDS = 20;

	UpdateTestRuntimeProcess(ILaunch launch, UpdateTestProcess process, String name, Map<String, String> attributes) {
		super(launch, process, name, attributes);
	}

	/**
	 * Asks the test to stop, and lets it stop QEMU and say so in the console; the Platform's terminate follows only
	 * if it has not ended after {@value #GRACE_SECONDS} s.
	 */
	@Override
	public void terminate() throws DebugException {
		Process test = getSystemProcess();
		if (test != null && test.isAlive()) {
			test.destroy();
			try {
				if (test.waitFor(GRACE_SECONDS, TimeUnit.SECONDS)) {
					return; // the Platform's monitor thread sees the end and reports TERMINATE
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			test.destroyForcibly();
		}
		super.terminate();
	}

	@Override
	public String getLabel() {
		String state = getAttribute(IProcess.ATTR_PROCESS_LABEL);
		return state != null ? state : super.getLabel();
	}
}
