package dev.kiln.image;

/**
 * How the engine reports work done and learns that the user cancelled. Core adapts it to an
 * {@code IProgressMonitor}; the command line prints it. Implementations must be thread-safe:
 * the engine may call them from worker threads.
 */
public interface Progress {

	/** A progress that ignores work reports and is never cancelled. */
	Progress NONE = new Progress() {
		@Override
		public void worked(long units) {
			// ignored
		}

		@Override
		public boolean isCancelled() {
			return false;
		}
	};

	/**
	 * Reports that some more work was done. What a unit is depends on the operation (the format
	 * writers count bytes of the virtual disk).
	 */
	void worked(long units);

	/** Whether the operation should stop as soon as it can, leaving nothing half-written behind. */
	boolean isCancelled();
}
