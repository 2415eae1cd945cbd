package dev.kiln.image;

/**
 * A progress shown as lines of a log, for the command line and Maven: one when a phase begins, one per tenth of a
 * phase whose size is known, and one per line the engine logs (tools' output, its decisions), indented. Subclasses
 * say where a line goes and whether the user asked to stop.
 */
public abstract class LineProgress implements Progress {

	private String phase = ""; //$NON-NLS-1$
	private long total;
	private long done;
	private int tenths;

	/** Shows one line. Called with this object's lock held, one line at a time. */
	protected abstract void line(String text);

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
	public synchronized void log(String text) {
		line("  " + text); //$NON-NLS-1$
	}
}
