package dev.kiln.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

import dev.kiln.image.Progress;

/**
 * Prints the engine's progress for a CI log: a line per phase, per tenth of a phase whose size is
 * known, and per line the engine logs (tools' output, its decisions), each after the elapsed time.
 */
final class ConsoleProgress implements Progress {

	private final PrintStream err;
	private final Cancellation cancellation;
	private final long start = System.nanoTime();
	private String phase = ""; //$NON-NLS-1$
	private long total;
	private long done;
	private int tenths;

	ConsoleProgress(PrintStream err, Cancellation cancellation) {
		this.err = err;
		this.cancellation = cancellation;
	}

	@Override
	public synchronized void phase(String name, long totalUnits) {
		phase = name;
		total = totalUnits;
		done = 0;
		tenths = 0;
		line(name);
	}

	@Override
	public synchronized void worked(long units) {
		if (total <= 0) {
			return;
		}
		done += units;
		int now = (int) Math.min(10, done * 10 / total);
		if (now > tenths) {
			tenths = now;
			line(phase + " " + now * 10 + "%"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public synchronized void log(String line) {
		line("  " + line); //$NON-NLS-1$
	}

	@Override
	public boolean isCancelled() {
		return cancellation.isCancelled();
	}

	/** Seconds since the build started. */
	double elapsed() {
		return (System.nanoTime() - start) / 1e9;
	}

	private void line(String text) {
		err.println(String.format(Locale.ROOT, "[%6.1fs] %s", Double.valueOf(elapsed()), text)); //$NON-NLS-1$
	}
}
