package dev.kiln.ui.testsupport;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/**
 * Runs code on the SWT UI thread from a test thread and hands back the result or rethrows what it
 * threw. Same name and shape as SWTBot's class of the same purpose.
 */
public final class UIThreadRunnable {

	/** Code that computes a value on the UI thread. */
	@FunctionalInterface
	public interface Result<T> {
		T run();
	}

	/** Code that only acts on the UI thread. */
	@FunctionalInterface
	public interface VoidResult {
		void run();
	}

	private UIThreadRunnable() {
	}

	/** The workbench display, or the default one before the workbench runs. */
	public static Display display() {
		return PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getDisplay() : Display.getDefault();
	}

	/** Runs {@code code} on the UI thread, waits for it and returns its value. */
	public static <T> T syncExec(Result<T> code) {
		Display display = display();
		if (display.getThread() == Thread.currentThread()) {
			return code.run();
		}
		AtomicReference<T> value = new AtomicReference<>();
		AtomicReference<Throwable> failure = new AtomicReference<>();
		display.syncExec(() -> {
			try {
				value.set(code.run());
			} catch (Throwable t) {
				failure.set(t);
			}
		});
		rethrow(failure.get());
		return value.get();
	}

	/** Runs {@code code} on the UI thread and waits for it. */
	public static void syncExec(VoidResult code) {
		syncExec(() -> {
			code.run();
			return null;
		});
	}

	/**
	 * Queues {@code code} on the UI thread without waiting: for actions that open a modal dialog, whose
	 * event loop would otherwise block the caller until the dialog closes.
	 */
	public static void asyncExec(VoidResult code) {
		display().asyncExec(code::run);
	}

	private static void rethrow(Throwable t) {
		if (t == null) {
			return;
		}
		if (t instanceof RuntimeException e) {
			throw e;
		}
		if (t instanceof Error e) {
			throw e;
		}
		throw new IllegalStateException(t);
	}
}
