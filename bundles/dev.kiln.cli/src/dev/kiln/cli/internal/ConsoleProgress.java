package dev.kiln.cli.internal;

import java.io.PrintStream;
import java.util.Locale;

import dev.kiln.image.LineProgress;

/**
 * Prints the engine's progress for a CI log, as {@link LineProgress} words it, each line after the elapsed time.
 */
final class ConsoleProgress extends LineProgress {

	private final PrintStream err;
	private final Cancellation cancellation;
	private final long start = System.nanoTime();

	ConsoleProgress(PrintStream err, Cancellation cancellation) {
		this.err = err;
		this.cancellation = cancellation;
	}

	@Override
	public boolean isCancelled() {
		return cancellation.isCancelled();
	}

	/** Seconds since the build started. */
	double elapsed() {
		return (System.nanoTime() - start) / 1e9;
	}

	@Override
	protected void line(String text) {
		err.println(String.format(Locale.ROOT, "[%6.1fs] %s", Double.valueOf(elapsed()), text)); //$NON-NLS-1$
	}
}
