package dev.kiln.maven;

import org.apache.maven.plugin.logging.Log;

import dev.kiln.image.LineProgress;

/**
 * The engine's progress in Maven's log, as {@link LineProgress} words it. A Maven build is stopped by its process,
 * so this is never cancelled.
 */
final class MavenProgress extends LineProgress {

	private final Log log;

	MavenProgress(Log log) {
		this.log = log;
	}

	@Override
	protected void line(String text) {
		log.info(text);
	}

	@Override
	public boolean isCancelled() {
		return false;
	}
}
