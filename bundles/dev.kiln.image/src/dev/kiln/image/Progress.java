package dev.kiln.image;

import java.util.function.Consumer;

/**
 * How the engine reports progress and learns about cancellation; the workspace adapts it to an
 * {@code IProgressMonitor}, the command line prints it. Implementations must be thread-safe.
 */
public interface Progress {

	/** A progress that reports nothing and is never cancelled. */
	Progress NONE = new Progress() {
		@Override
		public void worked(long units) {
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/** A progress that is never cancelled and passes each line logged to {@code lines} (which must be thread-safe). */
	static Progress logging(Consumer<String> lines) {
		return new Progress() {
			@Override
			public void worked(long units) {
			}

			@Override
			public boolean isCancelled() {
				return false;
			}

			@Override
			public void log(String line) {
				lines.accept(line);
			}
		};
	}

	/** Another {@code units} of the current phase are done. */
	void worked(long units);

	/** @return whether the user asked to stop; long work checks it often */
	boolean isCancelled();

	/** A new phase begins, of about {@code totalUnits} units (or -1 when unknown). */
	default void phase(String name, long totalUnits) {
	}

	/** A line worth showing to the user (a tool's output, a decision the engine took). */
	default void log(String line) {
	}
}
