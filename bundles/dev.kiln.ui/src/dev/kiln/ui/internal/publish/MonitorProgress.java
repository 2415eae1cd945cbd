package dev.kiln.ui.internal.publish;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.kiln.image.Progress;

/**
 * The engine's and the publisher's {@link Progress} on an {@link IProgressMonitor}: phases become
 * sub-tasks, bytes become work in KiB, and a listener hears each phase (for a wizard page).
 */
public final class MonitorProgress implements Progress {

	private final IProgressMonitor monitor;
	private final Consumer<String> phases;
	private long pendingBytes;

	public MonitorProgress(IProgressMonitor monitor, Consumer<String> phases) {
		this.monitor = monitor;
		this.phases = phases;
	}

	@Override
	public synchronized void worked(long units) {
		pendingBytes += units;
		if (pendingBytes >= 1024) {
			monitor.worked((int) (pendingBytes / 1024));
			pendingBytes %= 1024;
		}
	}

	@Override
	public boolean isCancelled() {
		return monitor.isCanceled();
	}

	@Override
	public void phase(String name, long totalUnits) {
		monitor.subTask(name);
		phases.accept(name);
	}
}
