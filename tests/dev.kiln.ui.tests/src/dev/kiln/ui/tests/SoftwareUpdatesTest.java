package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.equinox.internal.p2.operations.Messages;
import org.eclipse.equinox.internal.p2.ui.ProvUIMessages;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;

import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.UIThreadRunnable;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * Help has p2's Install New Software... and Check for Updates, and both work against the p2 profile of the
 * Kiln Workbench product: the test runtime uses a copy of the product's p2 area (pom.xml), whose repository
 * list has Kiln's update site from the product's p2.inf.
 */
class SoftwareUpdatesTest extends WorkbenchTestCase {

	private static final String P2_UI_SDK = "org.eclipse.equinox.p2.ui.sdk";

	/** The update check reads the update site (a local folder after a build); generous for a loaded machine. */
	private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(120);

	/** The nickname the product's p2.inf gives Kiln's update site (releng/dev.kiln.product/p2). */
	private static final String KILN_SITE = "Kiln Appliance Tools";

	@Test
	void installNewSoftwareOpensTheInstallWizardOfferingKilnsUpdateSite() {
		bot.menu("Help").menu(PluginText.of(P2_UI_SDK, "Install.command")).click();
		BotShell wizard = new Bot(null, CHECK_TIMEOUT).shell(ProvUIMessages.InstallIUOperationLabel);
		Shell shell = wizard.widget();
		bot.waitUntil(Conditions.that("the wizard's 'Work with' list to offer " + KILN_SITE,
				() -> UIThreadRunnable.syncExec(() -> comboItems(shell).stream().anyMatch(item -> item.contains(KILN_SITE)))),
				CHECK_TIMEOUT);
		wizard.close();
		bot.waitUntil(Conditions.shellCloses(wizard));
	}

	@Test
	void checkForUpdatesAsksKilnsUpdateSiteAndReportsTheOutcome() {
		bot.menu("Help").menu(PluginText.of(P2_UI_SDK, "Update.command")).click();
		// the product's Kiln feature is the one on the site of this build: nothing to update; a newer site: the wizard
		String noUpdates = Messages.PlanAnalyzer_NoUpdates.lines().findFirst().orElseThrow();
		String[] outcome = new String[1];
		new Bot(null, CHECK_TIMEOUT).waitUntil(Conditions.that("p2's answer to Check for Updates", () -> {
			outcome[0] = UIThreadRunnable.syncExec(() -> {
				for (Shell shell : UIThreadRunnable.display().getShells()) {
					if (!shell.isVisible()) {
						continue;
					}
					if (shell.getText().equals(ProvUIMessages.UpdateAction_UpdatesAvailableTitle)) {
						return "wizard";
					}
					if (shell.getText().equals(ProvUIMessages.ProvUI_InformationTitle)
							&& texts(shell).stream().anyMatch(t -> t.contains(noUpdates))) {
						return "no updates";
					}
				}
				return null;
			});
			return outcome[0] != null;
		}), CHECK_TIMEOUT);
		assertTrue(List.of("wizard", "no updates").contains(outcome[0]), outcome[0]);
		bot.closeAllShells();
		assertEquals(List.of(bot.activeWorkbenchWindow().getText()), bot.shellTitles(), "dialogs left open");
	}

	/** Items of every combo box in the shell (the wizard's 'Work with' list is one). Call on the UI thread. */
	private static List<String> comboItems(Shell shell) {
		List<String> items = new ArrayList<>();
		for (Control control : descendants(shell)) {
			if (control instanceof Combo combo) {
				items.addAll(List.of(combo.getItems()));
			}
		}
		return items;
	}

	/** Texts of the labels and links in the shell (a message dialog's message is one). Call on the UI thread. */
	private static List<String> texts(Shell shell) {
		List<String> texts = new ArrayList<>();
		for (Control control : descendants(shell)) {
			if (control instanceof Label label) {
				texts.add(label.getText());
			} else if (control instanceof Link link) {
				texts.add(link.getText());
			}
		}
		return texts;
	}

	private static List<Control> descendants(Composite root) {
		List<Control> all = new ArrayList<>();
		List<Composite> pending = new ArrayList<>(List.of(root));
		while (!pending.isEmpty()) {
			for (Control child : pending.remove(pending.size() - 1).getChildren()) {
				all.add(child);
				if (child instanceof Composite composite) {
					pending.add(composite);
				}
			}
		}
		return all;
	}
}
