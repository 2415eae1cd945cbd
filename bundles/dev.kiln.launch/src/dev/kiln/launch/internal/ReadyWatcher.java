package dev.kiln.launch.internal;

import java.util.Optional;

import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.IStreamListener;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IStreamMonitor;
import org.eclipse.osgi.util.NLS;

import dev.kiln.launch.ApplianceLaunch;

/**
 * Watches QEMU's console output for a {@link ReadySigns ready sign}; when it appears, marks the launch
 * ({@link ApplianceLaunch#READY}, {@link ApplianceLaunch#READY_SIGN}) and says so in the process label
 * that the Debug and Console views show.
 */
final class ReadyWatcher implements IStreamListener {

	private final ILaunch launch;
	private final IProcess process;
	private final String name;
	private final String accelerator;
	private final ReadySigns signs;
	private final long started = System.nanoTime();
	private volatile boolean ready;
	private final java.util.function.Consumer<java.time.Duration> onReady;

	ReadyWatcher(ILaunch launch, IProcess process, String name, String accelerator, ReadySigns signs,
			java.util.function.Consumer<java.time.Duration> onReady) {
		this.onReady = onReady;
		this.launch = launch;
		this.process = process;
		this.name = name;
		this.accelerator = accelerator;
		this.signs = signs;
	}

	/** Starts watching, including what the process wrote before. */
	void attach() {
		IStreamMonitor output = process.getStreamsProxy().getOutputStreamMonitor();
		output.addListener(this);
		streamAppended(output.getContents(), output);
	}

	void detach() {
		if (process.getStreamsProxy() != null) {
			process.getStreamsProxy().getOutputStreamMonitor().removeListener(this);
		}
	}

	@Override
	public void streamAppended(String text, IStreamMonitor monitor) {
		if (ready || text == null || text.isEmpty()) {
			return;
		}
		Optional<String> sign = signs.accept(text);
		if (sign.isPresent()) {
			synchronized (this) {
				if (ready) {
					return;
				}
				ready = true;
			}
			java.time.Duration took = java.time.Duration.ofNanos(System.nanoTime() - started);
			long seconds = took.toSeconds();
			launch.setAttribute(ApplianceLaunch.READY_SIGN, sign.get());
			launch.setAttribute(ApplianceLaunch.READY, Boolean.TRUE.toString());
			process.setAttribute(IProcess.ATTR_PROCESS_LABEL, NLS.bind(LaunchText.Process_ready, new Object[] { name, accelerator, seconds,
					sign.get() }));
			onReady.accept(took);
		}
	}
}
