package dev.kiln.maven;

import org.apache.maven.plugin.logging.Log;

import dev.kiln.image.Progress;

/**
 * The engine's progress in Maven's log: a line per phase and per tenth of a phase whose size is known; the
 * lines the engine logs (tools' output, its decisions) too. A Maven build is stopped by its process, so this
 * is never cancelled.
 */
final class MavenProgress implements Progress {

	private final Log log;
	private String phase = ""; //$NON-NLS-1$
	private long total;
	private long done;
	private int tenths;

	MavenProgress(Log log) {
		this.log = log;
	}

	@Override
	public synchronized void phase(String name, long totalUnits) {
		phase = name;
		total = totalUnits;
		done = 0;
		tenths = 0;
		log.info(name);
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
			log.info(phase + " " + now * 10 + "%"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Override
	public void log(String line) {
		log.info("  " + line); //$NON-NLS-1$
	}

	@Override
	public boolean isCancelled() {
		return false;
	}
}
