package dev.kiln.ui.testsupport;

import java.time.Duration;

import org.eclipse.ui.internal.wizards.newresource.ResourceMessages;

/**
 * Kiln's New Appliance Project wizard reached as a user reaches it, File → New → Project… → Kiln →
 * Appliance Project → Next, in the Kiln Workbench (UI tests) or in another Eclipse it is installed into
 * (the install test's probe). Labels come from dev.kiln.ui's plugin.properties and the Platform's messages.
 */
public final class NewApplianceProjectDialog {

	/** The title of the Platform's wizard dialog that File → New → Project… opens. */
	public static final String TITLE = "New Project";

	private NewApplianceProjectDialog() {
	}

	/** Opens the dialog and goes to the wizard's project page; returns the dialog's shell. */
	public static BotShell openProjectPage(Bot bot) {
		bot.menu("File").menu("New").menu("Project...").click();
		BotShell dialog = bot.shell(TITLE);
		dialog.bot().tree().expandNode(PluginText.of("dev.kiln.ui", "newWizardCategory.name"))
				.getNode(PluginText.of("dev.kiln.ui", "newApplianceProject.name")).select();
		dialog.bot().button("Next >").click();
		return dialog;
	}

	/**
	 * Presses Finish and waits up to {@code limit} for the dialog to close. A workbench that is not in the
	 * Kiln perspective yet asks whether to open it (the Platform's default for new projects); the user agrees.
	 */
	public static void finish(Bot bot, BotShell dialog, Duration limit) {
		dialog.bot().button("Finish").click();
		String question = ResourceMessages.NewProject_perspSwitchTitle;
		bot.waitUntil(Conditions.that("the wizard to close or to ask about the perspective",
				() -> dialog.isDisposed() || bot.shellTitles().contains(question)), limit);
		if (!dialog.isDisposed()) {
			BotShell asked = bot.shell(question);
			asked.bot().button(Bot.withoutMnemonic(ResourceMessages.NewProject_perspSwitchButtonLabel)).click();
			bot.waitUntil(Conditions.shellCloses(dialog), limit);
		}
	}
}
