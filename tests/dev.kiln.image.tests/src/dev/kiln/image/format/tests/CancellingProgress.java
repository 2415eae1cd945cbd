package dev.kiln.image.format.tests;

import java.util.concurrent.atomic.AtomicLong;

import dev.kiln.image.Progress;

/** A progress whose user cancels once some work has been reported. */
final class CancellingProgress implements Progress {

	private final long cancelAfter;
	private final AtomicLong done = new AtomicLong();

	/** Cancels once {@code cancelAfter} units are done. */
	CancellingProgress(long cancelAfter) {
		this.cancelAfter = cancelAfter;
	}

	@Override
	public void worked(long units) {
		done.addAndGet(units);
	}

	@Override
	public boolean isCancelled() {
		return done.get() >= cancelAfter;
	}

	/** The units reported so far. */
	long done() {
		return done.get();
	}
}
