package dev.kiln.ui.internal.launch;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.ui.PlatformUI;

import dev.kiln.ui.testsupport.BotControl;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.UIThreadRunnable;
import dev.kiln.ui.testsupport.WorkbenchBot;

/** The Appliance Terminal of a running appliance, as a user reads and types in it (in the view's package). */
public final class ApplianceTerminalTester {

	private final WorkbenchBot bot;
	private final ApplianceTerminalView view;

	private ApplianceTerminalTester(WorkbenchBot bot, ApplianceTerminalView view) {
		this.bot = bot;
		this.view = view;
	}

	/** The terminal the appliance's start opened (waits for it). */
	public static ApplianceTerminalTester opened(WorkbenchBot bot) {
		bot.waitUntil(Conditions.that("an Appliance Terminal to open", () -> find().isPresent()));
		return new ApplianceTerminalTester(bot, find().orElseThrow());
	}

	private static Optional<ApplianceTerminalView> find() {
		return UIThreadRunnable.syncExec(() -> Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getViewReferences())
				.filter(reference -> ApplianceTerminalView.ID.equals(reference.getId())).map(reference -> reference.getView(false))
				.filter(ApplianceTerminalView.class::isInstance).map(ApplianceTerminalView.class::cast).findFirst());
	}

	/** The view's title, as its tab shows it. */
	public String title() {
		return UIThreadRunnable.syncExec(view::getPartName);
	}

	/** What the terminal shows, scroll-back included. */
	public String text() {
		return UIThreadRunnable.syncExec(view::text);
	}

	/** Brings the view to the front of its stack. */
	public void show() {
		UIThreadRunnable.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(view));
	}

	/** Types into the terminal with the keyboard (a new line is Enter). */
	public void type(String text) {
		show();
		new BotControl(UIThreadRunnable.syncExec(view::keyboardControl), bot).type(text);
	}
}
