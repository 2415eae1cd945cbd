package dev.kiln.ui.testsupport;

import org.eclipse.swt.widgets.Shell;

/** A top-level window or dialog. */
public class BotShell extends BotWidget<Shell> {

	private final String title;

	public BotShell(Shell shell, Bot bot) {
		super(shell, bot);
		this.title = UIThreadRunnable.syncExec(shell::getText);
	}

	/** The title the shell had when it was found (still known after it closed). */
	public String title() {
		return title;
	}

	@Override
	public String getText() {
		return UIThreadRunnable.syncExec(() -> widget.getText());
	}

	/** Brings the shell to the front and gives it focus. */
	public BotShell activate() {
		UIThreadRunnable.syncExec(() -> {
			widget.forceActive();
			widget.setFocus();
		});
		return this;
	}

	public boolean isActive() {
		return UIThreadRunnable.syncExec(() -> !widget.isDisposed() && widget.getDisplay().getActiveShell() == widget);
	}

	/** Closes the shell as the window manager's close button would. */
	public void close() {
		postAndWait(widget::close);
	}

	/** A bot that looks for widgets in this shell only. */
	public Bot bot() {
		return new Bot(widget, bot.timeout());
	}
}
