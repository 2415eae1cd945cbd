package dev.kiln.ui.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;

/**
 * Finds widgets and waits for conditions, from a test thread that is not the UI thread. The method
 * names follow SWTBot's, so a test written against this class moves to SWTBot by renaming types.
 *
 * <p>An unscoped bot looks in the active shell first, then in every other visible shell; a bot from
 * {@link BotShell#bot()} looks in that shell only. Lookups wait up to the bot's timeout for the widget
 * to appear (widgets of hidden wizard pages are not found).
 */
public class Bot {

	/** Default time a lookup or {@link #waitUntil(ICondition)} waits, overridable with {@code -Dkiln.bot.timeout=ms}. */
	public static final Duration DEFAULT_TIMEOUT = Duration.ofMillis(Long.getLong("kiln.bot.timeout", 10_000));

	private static final long POLL_MILLIS = 50;

	private final Composite scope;
	private final Duration timeout;

	/** A bot over all shells with the default timeout. */
	public Bot() {
		this(null, DEFAULT_TIMEOUT);
	}

	/** A bot over {@code scope}'s widgets ({@code null}: all shells). */
	public Bot(Composite scope, Duration timeout) {
		this.scope = scope;
		this.timeout = timeout;
	}

	public Duration timeout() {
		return timeout;
	}

	// --- waiting --------------------------------------------------------------------------------

	/** Waits until the condition holds, or throws {@link TimeoutException} after the bot's timeout. */
	public void waitUntil(ICondition condition) {
		waitUntil(condition, timeout);
	}

	/** Waits until the condition holds, or throws {@link TimeoutException} after {@code limit}. */
	public void waitUntil(ICondition condition, Duration limit) {
		long deadline = System.nanoTime() + limit.toNanos();
		Throwable lastFailure = null;
		while (true) {
			try {
				if (condition.test()) {
					return;
				}
				lastFailure = null;
			} catch (Exception e) {
				lastFailure = e;
			}
			if (System.nanoTime() > deadline) {
				throw new TimeoutException(condition.getFailureMessage() + " (" + limit.toMillis() + " ms)", lastFailure);
			}
			pause();
		}
	}

	/** Waits while the condition holds. */
	public void waitWhile(ICondition condition) {
		waitUntil(new ICondition() {
			@Override
			public boolean test() throws Exception {
				return !condition.test();
			}

			@Override
			public String getFailureMessage() {
				return "still true: " + condition.getFailureMessage();
			}
		});
	}

	/**
	 * Repeats {@code lookup} on the UI thread until it returns a widget, then wraps it; throws
	 * {@link WidgetNotFoundException} naming {@code what} after the timeout.
	 */
	public <W, B> B find(String what, Supplier<W> lookup, Function<W, B> wrap) {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			W found = UIThreadRunnable.syncExec(lookup::get);
			if (found != null) {
				return wrap.apply(found);
			}
			if (System.nanoTime() > deadline) {
				throw new WidgetNotFoundException("no " + what + " found within " + timeout.toMillis() + " ms; shells: " + shellTitles());
			}
			pause();
		}
	}

	private static void pause() {
		try {
			Thread.sleep(POLL_MILLIS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new TimeoutException("interrupted while waiting", e);
		}
	}

	// --- shells ---------------------------------------------------------------------------------

	/** The visible shell with this title (waits for it to open). */
	public BotShell shell(String title) {
		return find("shell '" + title + "'", () -> {
			for (Shell shell : display().getShells()) {
				if (shell.isVisible() && title.equals(shell.getText())) {
					return shell;
				}
			}
			return null;
		}, shell -> new BotShell(shell, this));
	}

	/** The shell that has focus now (waits until one has). */
	public BotShell activeShell() {
		return find("active shell", () -> display().getActiveShell(), shell -> new BotShell(shell, this));
	}

	/** Titles of all visible shells, for failure messages. */
	public List<String> shellTitles() {
		return UIThreadRunnable.syncExec(() -> {
			List<String> titles = new ArrayList<>();
			for (Shell shell : display().getShells()) {
				if (shell.isVisible()) {
					titles.add(shell.getText());
				}
			}
			return titles;
		});
	}

	// --- widgets --------------------------------------------------------------------------------

	/** The push button with this label (mnemonic ampersands ignored, in the label and the button's text). */
	public BotButton button(String label) {
		return find("button '" + label + "'", () -> first(Button.class,
				b -> (b.getStyle() & SWT.PUSH) != 0 && showsLabel(withoutMnemonic(b.getText()), label)),
				b -> new BotButton(b, this));
	}

	/** The check box with this label. */
	public BotCheckBox checkBox(String label) {
		return find("check box '" + label + "'", () -> first(Button.class,
				b -> (b.getStyle() & SWT.CHECK) != 0 && showsLabel(withoutMnemonic(b.getText()), label)),
				b -> new BotCheckBox(b, this));
	}

	/** The radio button with this label. */
	public BotRadio radio(String label) {
		return find("radio button '" + label + "'", () -> first(Button.class,
				b -> (b.getStyle() & SWT.RADIO) != 0 && showsLabel(withoutMnemonic(b.getText()), label)),
				b -> new BotRadio(b, this));
	}

	/** The label with this text. */
	public BotLabel label(String text) {
		return find("label '" + text + "'", () -> first(Label.class, l -> showsLabel(withoutMnemonic(l.getText()), text)),
				l -> new BotLabel(l, this));
	}

	/** The texts of the visible labels, in widget order (a notification's message, a dialog's lines). */
	public List<String> labelTexts() {
		return UIThreadRunnable.syncExec(() -> all(Label.class, l -> true).stream().map(Label::getText).toList());
	}

	/** The {@code index}-th visible text field (0 = first). */
	public BotText text(int index) {
		return find("text field #" + index, () -> nth(Text.class, index), t -> new BotText(t, this));
	}

	/**
	 * The first visible text field showing {@code text} (leading and trailing blanks ignored), such as
	 * the message line of a wizard (as SWTBot's {@code text(String)}).
	 */
	public BotText text(String text) {
		return find("text field '" + text + "'", () -> first(Text.class, t -> text.strip().equals(t.getText().strip())),
				t -> new BotText(t, this));
	}

	/** The first visible text field. */
	public BotText text() {
		return text(0);
	}

	/** The text field that follows the label with this text. */
	public BotText textWithLabel(String label) {
		return find("text field labelled '" + label + "'", () -> afterLabel(label, Text.class), t -> new BotText(t, this));
	}

	/** The combo that follows the label with this text. */
	public BotCombo comboBoxWithLabel(String label) {
		return find("combo labelled '" + label + "'", () -> afterLabel(label, Combo.class), c -> new BotCombo(c, this));
	}

	/** The first visible styled text (the text of an editor, when the bot is the editor's). */
	public BotStyledText styledText() {
		return find("styled text", () -> nth(StyledText.class, 0), t -> new BotStyledText(t, this));
	}

	/** The first visible tree. */
	public BotTree tree() {
		return find("tree", () -> nth(Tree.class, 0), t -> new BotTree(t, this));
	}

	/** The first visible table. */
	public BotTable table() {
		return find("table", () -> nth(Table.class, 0), t -> new BotTable(t, this));
	}

	/** The first table with a row whose first column is {@code text}. */
	public BotTable tableWithRow(String text) {
		return find("table with row '" + text + "'", () -> first(Table.class,
				table -> java.util.Arrays.stream(table.getItems()).anyMatch(item -> text.equals(item.getText()))), t -> new BotTable(t, this));
	}

	/** The form hyperlink with this text (as SWTBot's SWTFormsBot.hyperlink). */
	public BotHyperlink hyperlink(String text) {
		return find("hyperlink '" + text + "'", () -> first(org.eclipse.ui.forms.widgets.Hyperlink.class,
				link -> showsLabel(withoutMnemonic(link.getText()), text)), link -> new BotHyperlink(link, this));
	}

	/** The first visible form (the active page's, when the bot is a form editor's). */
	public BotForm form() {
		return find("form", () -> nth(org.eclipse.ui.forms.widgets.Form.class, 0), form -> new BotForm(form, this));
	}

	/** The item of the active shell's menu bar with this label. */
	public BotMenu menu(String label) {
		return find("menu '" + label + "' in the menu bar", () -> {
			Shell shell = scope != null ? scope.getShell() : display().getActiveShell();
			Menu bar = shell == null ? null : shell.getMenuBar();
			return bar == null ? null : itemOf(bar, label);
		}, item -> new BotMenu(item, this));
	}

	// --- lookup on the UI thread ----------------------------------------------------------------

	static Display display() {
		return UIThreadRunnable.display();
	}

	/** Shells to search, most relevant first. Call on the UI thread. */
	private List<Composite> roots() {
		if (scope != null) {
			return scope.isDisposed() ? List.of() : List.of(scope);
		}
		List<Composite> roots = new ArrayList<>();
		Shell active = display().getActiveShell();
		if (active != null) {
			roots.add(active);
		}
		for (Shell shell : display().getShells()) {
			if (shell != active && shell.isVisible()) {
				roots.add(shell);
			}
		}
		return roots;
	}

	private <T extends Control> List<T> all(Class<T> type, Predicate<T> matches) {
		List<T> found = new ArrayList<>();
		for (Composite root : roots()) {
			collect(root, type, matches, found);
		}
		return found;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> matches, List<T> found) {
		if (control.isDisposed() || !control.isVisible()) {
			return;
		}
		if (type.isInstance(control) && matches.test(type.cast(control))) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, matches, found);
			}
		}
	}

	private <T extends Control> T first(Class<T> type, Predicate<T> matches) {
		List<T> found = all(type, matches);
		return found.isEmpty() ? null : found.get(0);
	}

	private <T extends Control> T nth(Class<T> type, int index) {
		List<T> found = all(type, c -> true);
		return index < found.size() ? found.get(index) : null;
	}

	/** The first control of {@code type} after the label among the label's siblings. */
	private <T extends Control> T afterLabel(String label, Class<T> type) {
		for (Label l : all(Label.class, l -> showsLabel(withoutMnemonic(l.getText()), label))) {
			Control[] siblings = l.getParent().getChildren();
			boolean seen = false;
			for (Control sibling : siblings) {
				if (sibling == l) {
					seen = true;
				} else if (seen && type.isInstance(sibling) && sibling.isVisible()) {
					return type.cast(sibling);
				}
			}
		}
		return null;
	}

	static MenuItem itemOf(Menu menu, String label) {
		for (MenuItem item : menu.getItems()) {
			if (!item.isDisposed() && showsLabel(menuLabel(item.getText()), label)) {
				return item;
			}
		}
		return null;
	}

	/** A menu item's label without mnemonic and accelerator ("&amp;Save\tCtrl+S" → "Save"). */
	static String menuLabel(String text) {
		int tab = text.indexOf('\t');
		return withoutMnemonic(tab < 0 ? text : text.substring(0, tab));
	}

	/**
	 * Whether the text a widget shows is {@code label}, given as shown ("Save") or with its mnemonic as the
	 * bundle's NLS class holds it ("&amp;Save", {@code UIText.X}), so tests can find widgets by the constants.
	 */
	static boolean showsLabel(String shown, String label) {
		return shown.equals(label) || shown.equals(withoutMnemonic(label));
	}

	/** The text as shown: a single ampersand marks a mnemonic, a double one is a literal ampersand. */
	static String withoutMnemonic(String text) {
		StringBuilder shown = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '&') {
				if (i + 1 < text.length() && text.charAt(i + 1) == '&') {
					shown.append('&');
					i++;
				}
			} else {
				shown.append(c);
			}
		}
		return shown.toString();
	}
}
