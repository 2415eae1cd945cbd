package dev.kiln.core.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import dev.kiln.image.Progress;

/**
 * Adapts the engine's {@link Progress} to an {@link IProgressMonitor}: each phase is a sub-task and
 * takes a fifth of the work left (the engine does not say how many phases come), work within a phase
 * of known size advances the bar, and the monitor's cancel flag cancels the build. Thread-safe, as the
 * engine reports from several threads.
 */
public final class MonitorProgress implements Progress {

	private static final int PHASE_TICKS = 1000;

	private final SubMonitor whole;
	private final IProgressMonitor cancellation;
	private final Consumer<String> phases;
	private final Consumer<String> lines;
	private SubMonitor phase;
	private long total;
	private long done;
	private int reported;

	/**
	 * @param monitor       receives the progress
	 * @param cancellation  the monitor whose cancel flag stops the build (the job's own)
	 */
	public MonitorProgress(IProgressMonitor monitor, IProgressMonitor cancellation) {
		this(monitor, cancellation, phase -> {
			// the monitor shows the phases
		});
	}

	/** As above, and {@code phases} hears each phase's name (a wizard page that follows a job). */
	public MonitorProgress(IProgressMonitor monitor, IProgressMonitor cancellation, Consumer<String> phases) {
		this(monitor, cancellation, phases, line -> {
			// nobody shows the log
		});
	}

	/** As above, and {@code lines} hears each line the engine logs (the build console). */
	public MonitorProgress(IProgressMonitor monitor, IProgressMonitor cancellation, Consumer<String> phases, Consumer<String> lines) {
		this.whole = SubMonitor.convert(monitor, 5 * PHASE_TICKS);
		this.cancellation = cancellation;
		this.phases = phases;
		this.lines = lines;
	}

	@Override
	public synchronized void phase(String name, long totalUnits) {
		whole.subTask(name);
		phases.accept(name);
		whole.setWorkRemaining(5 * PHASE_TICKS);
		phase = whole.newChild(PHASE_TICKS, SubMonitor.SUPPRESS_ALL_LABELS);
		phase.setWorkRemaining(PHASE_TICKS);
		total = totalUnits;
		done = 0;
		reported = 0;
	}

	@Override
	public synchronized void worked(long units) {
		if (phase == null || total <= 0) {
			return;
		}
		done += units;
		int ticks = (int) Math.min(PHASE_TICKS, done * PHASE_TICKS / total);
		if (ticks > reported) {
			phase.worked(ticks - reported);
			reported = ticks;
		}
	}

	@Override
	public void log(String line) {
		lines.accept(line);
	}

	@Override
	public boolean isCancelled() {
		return cancellation.isCanceled();
	}
}
