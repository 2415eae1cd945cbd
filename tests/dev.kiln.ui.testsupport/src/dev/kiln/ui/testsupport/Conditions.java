package dev.kiln.ui.testsupport;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Shell;

/** Ready-made conditions; names as in SWTBot's {@code Conditions}. */
public final class Conditions {

	private Conditions() {
	}

	/** A condition from a check and a description of what is awaited. */
	public static ICondition that(String awaited, BooleanSupplier check) {
		return new ICondition() {
			@Override
			public boolean test() {
				return check.getAsBoolean();
			}

			@Override
			public String getFailureMessage() {
				return "timed out waiting for " + awaited;
			}
		};
	}

	/** The active shell has the given title. */
	public static ICondition shellIsActive(String title) {
		return that("shell '" + title + "' to be active", () -> UIThreadRunnable.syncExec(() -> {
			Shell active = UIThreadRunnable.display().getActiveShell();
			return active != null && title.equals(active.getText());
		}));
	}

	/** The shell has been closed (disposed). */
	public static ICondition shellCloses(BotShell shell) {
		return that("shell '" + shell.title() + "' to close", shell::isDisposed);
	}

	/** The widget is enabled. */
	public static ICondition widgetIsEnabled(BotWidget<?> widget) {
		return that(widget + " to be enabled", widget::isEnabled);
	}

	/** A value computed on the UI thread equals the expected one. */
	public static <T> ICondition valueIs(String what, Supplier<T> actual, T expected) {
		return new ICondition() {
			private Object last;

			@Override
			public boolean test() {
				last = actual.get();
				return expected == null ? last == null : expected.equals(last);
			}

			@Override
			public String getFailureMessage() {
				return "timed out waiting for " + what + " to be <" + expected + ">, last seen <" + last + ">";
			}
		};
	}
}
