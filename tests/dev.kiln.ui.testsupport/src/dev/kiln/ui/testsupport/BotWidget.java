package dev.kiln.ui.testsupport;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Widget;

/**
 * A found widget, driven from the test thread. Every access hops onto the UI thread; actions that
 * may open a modal dialog are posted asynchronously (see {@link #postAndWait(UIThreadRunnable.VoidResult)}).
 */
public abstract class BotWidget<T extends Widget> {

	protected final T widget;
	protected final Bot bot;

	protected BotWidget(T widget, Bot bot) {
		this.widget = widget;
		this.bot = bot;
	}

	/** The SWT widget itself; touch it only on the UI thread. */
	public T widget() {
		return widget;
	}

	public boolean isDisposed() {
		return UIThreadRunnable.syncExec(widget::isDisposed);
	}

	public boolean isEnabled() {
		return UIThreadRunnable.syncExec(() -> !widget.isDisposed() && (!(widget instanceof Control c) || c.isEnabled()));
	}

	public boolean isVisible() {
		return UIThreadRunnable.syncExec(() -> !widget.isDisposed() && (!(widget instanceof Control c) || c.isVisible()));
	}

	/** The widget's text, as SWTBot's {@code getText()}. */
	public abstract String getText();

	/** Gives the widget keyboard focus. */
	public void setFocus() {
		UIThreadRunnable.syncExec(() -> {
			if (widget instanceof Control c) {
				c.setFocus();
			}
		});
	}

	/**
	 * Presses a key with modifiers (e.g. {@code SWT.CTRL, 'z'}) as the keyboard would: real key events
	 * posted to the display after activating the widget's window and focusing the widget, so key
	 * bindings such as the workbench's Undo run.
	 */
	public void pressShortcut(int modificationKeys, char c) {
		UIThreadRunnable.syncExec(() -> {
			if (widget instanceof Control control) {
				// the keyboard types into the active window: after a dialog closed, that is not a given
				control.getShell().forceActive();
			}
		});
		setFocus();
		int[] modifiers = { SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND };
		for (int modifier : modifiers) {
			if ((modificationKeys & modifier) != 0) {
				post(SWT.KeyDown, modifier, '\0');
			}
		}
		post(SWT.KeyDown, c, c);
		post(SWT.KeyUp, c, c);
		for (int i = modifiers.length - 1; i >= 0; i--) {
			if ((modificationKeys & modifiers[i]) != 0) {
				post(SWT.KeyUp, modifiers[i], '\0');
			}
		}
		UIThreadRunnable.syncExec(() -> {
			while (widget.getDisplay().readAndDispatch()) {
				// let the posted keys reach the widget and its key bindings
			}
		});
	}

	/**
	 * Types {@code text} with real key events into the focused widget: a new line is the Enter key. Letters, digits and
	 * blanks only: the keys need no shift.
	 */
	protected void typeKeys(String text) {
		for (char c : text.toCharArray()) {
			if (c == '\n') {
				pressKey(SWT.CR, '\r');
			} else {
				pressKey(c, c);
			}
		}
	}

	/** Presses and releases one key as the keyboard would (the widget's window active and the widget focused first). */
	protected void pressKey(int keyCode, char character) {
		post(SWT.KeyDown, keyCode, character);
		post(SWT.KeyUp, keyCode, character);
		UIThreadRunnable.syncExec(() -> {
			while (widget.getDisplay().readAndDispatch()) {
				// let the key reach the widget
			}
		});
	}

	private void post(int type, int keyCode, char character) {
		UIThreadRunnable.syncExec(() -> {
			Event event = new Event();
			event.type = type;
			event.keyCode = keyCode;
			event.character = character;
			if (!widget.getDisplay().post(event)) {
				throw new IllegalStateException("the display refused the key event " + keyCode);
			}
		});
	}

	/** Waits until the widget is enabled, or fails after the bot's timeout. */
	protected void waitForEnabled() {
		bot.waitUntil(Conditions.widgetIsEnabled(this));
	}

	/** Sends an event of the given type to the widget's listeners, as if SWT had. */
	protected void notify(int eventType, Event event) {
		event.type = eventType;
		event.widget = widget;
		event.display = widget.getDisplay();
		event.time = (int) System.currentTimeMillis();
		widget.notifyListeners(eventType, event);
	}

	/** Shorthand for a plain event of the given type. */
	protected void notify(int eventType) {
		notify(eventType, new Event());
	}

	/**
	 * Posts {@code action} to the UI thread and returns once the UI thread has processed it or entered
	 * a nested event loop (a modal dialog it opened), so the test can go on driving that dialog.
	 */
	protected void postAndWait(UIThreadRunnable.VoidResult action) {
		UIThreadRunnable.asyncExec(() -> {
			if (!widget.isDisposed()) {
				action.run();
			}
		});
		UIThreadRunnable.syncExec(() -> {
			// barrier: runs after the posted action, or inside the modal loop it opened
		});
	}

	/** Sends a selection event the way a mouse click would produce one. */
	protected void clickAndWait() {
		postAndWait(() -> {
			if (widget instanceof Control c) {
				c.setFocus();
			}
			notify(SWT.Selection);
		});
	}

	@Override
	public String toString() {
		String text;
		try {
			text = getText();
		} catch (RuntimeException e) {
			text = "?";
		}
		return getClass().getSimpleName() + "['" + text + "']";
	}
}
