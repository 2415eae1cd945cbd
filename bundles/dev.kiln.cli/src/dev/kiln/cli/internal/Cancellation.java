package dev.kiln.cli.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The request to stop a running command (SIGINT or SIGTERM, or the application being stopped), and the
 * command's answer that it has finished cleaning up, which the JVM's shutdown waits for.
 */
public final class Cancellation {

	private volatile boolean cancelled;
	private final CountDownLatch finished = new CountDownLatch(1);

	void cancel() {
		cancelled = true;
	}

	boolean isCancelled() {
		return cancelled;
	}

	/** The command returned. */
	void finished() {
		finished.countDown();
	}

	/** Waits at most {@code limit} for the command to return; true when it did. */
	boolean awaitFinished(Duration limit) {
		try {
			return finished.await(limit.toMillis(), TimeUnit.MILLISECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
