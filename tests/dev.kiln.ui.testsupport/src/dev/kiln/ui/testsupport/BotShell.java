package dev.kiln.ui.testsupport;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

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

	/** The texts of the shell's labels and text fields, one a line: what a message dialog says. */
	public String texts() {
		return UIThreadRunnable.syncExec(() -> texts(widget));
	}

	private static String texts(Composite composite) {
		StringBuilder texts = new StringBuilder();
		for (Control child : composite.getChildren()) {
			if (child instanceof Label label) {
				texts.append(label.getText()).append('\n');
			} else if (child instanceof Text text) {
				texts.append(text.getText()).append('\n');
			} else if (child instanceof Composite inner) {
				texts.append(texts(inner));
			}
		}
		return texts.toString();
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
