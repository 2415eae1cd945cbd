package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchManager;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.launch.ApplianceLaunch;
import dev.kiln.testsupport.workspace.TestWorkspace;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * Run → Run Configurations… → Appliance in QEMU: a new configuration for the selected appliance project
 * shows the manifest's machine, says what is wrong with a field, and saves the overrides.
 */
class ApplianceLaunchTabTest extends WorkbenchTestCase {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";

	private final ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();

	@TempDir
	Path folder;

	@AfterEach
	void deleteEverything() throws CoreException {
		bot.closeAllShells();
		for (ILaunchConfiguration configuration : launches.getLaunchConfigurations()) {
			configuration.delete();
		}
		TestWorkspace.deleteAllProjects();
	}

	@Test
	void aNewConfigurationShowsTheManifestsMachineChecksItsFieldsAndSavesOverrides() throws Exception {
		UiTestProjects.importCopyOfHello(folder);
		bot.waitForBuild(JOBS_TIMEOUT);
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.viewById(PROJECT_EXPLORER).show();
		bot.viewById(PROJECT_EXPLORER).bot().tree().getTreeItem("hello-appliance").select();
		bot.menu("Run").menu("Run Configurations...").click();
		BotShell dialog = bot.shell("Run Configurations");
		Bot tab = dialog.bot();
		tab.tree().getTreeItem(PluginText.of("dev.kiln.launch", "applianceInQemu.name")).doubleClick();

		bot.waitUntil(Conditions.valueIs("the project of the new configuration", () -> tab.textWithLabel(UIText.ApplianceTab_project).getText(),
				"hello-appliance"));
		bot.waitUntil(Conditions.valueIs("the manifest's memory as a hint", () -> tab.textWithLabel(UIText.ApplianceTab_memory).getMessage(),
				NLS.bind(UIText.ApplianceTab_fromManifest, "512")));
		assertTrue(tab.checkBox(UIText.ApplianceTab_manifestPorts).isChecked());
		bot.waitUntil(Conditions.valueIs("the manifest's ports", () -> tab.textWithLabel(UIText.ApplianceTab_forwards).getText(), "8080:8080"));

		tab.textWithLabel(UIText.ApplianceTab_memory).setText("lots");
		tab.text("Memory must be a whole number of MiB from 64 to 1048576, or empty for the manifest's; 'lots' is not.");
		assertFalse(tab.button("Run").isEnabled(), "Run is disabled while a field is wrong");
		tab.textWithLabel(UIText.ApplianceTab_memory).setText("768");
		tab.checkBox(UIText.ApplianceTab_manifestPorts).deselect();
		tab.textWithLabel(UIText.ApplianceTab_forwards).setText("18080");
		tab.text("Port forward '18080' is not host:guest with ports from 1 to 65535, optionally followed by /tcp or /udp (e.g. 8080:80).");
		tab.textWithLabel(UIText.ApplianceTab_forwards).setText("18080:8080, 5353:53/udp");
		bot.waitUntil(Conditions.widgetIsEnabled(tab.button("Run")));
		tab.button("Apply").click();

		ILaunchConfiguration saved = launches.getLaunchConfigurations(launches.getLaunchConfigurationType(ApplianceLaunch.TYPE_ID))[0];
		assertEquals("hello-appliance", saved.getAttribute(ApplianceLaunch.ATTR_PROJECT, ""));
		assertEquals("768", saved.getAttribute(ApplianceLaunch.ATTR_MEMORY_MB, ""));
		assertEquals("", saved.getAttribute(ApplianceLaunch.ATTR_CPUS, "?"));
		assertEquals("18080:8080, 5353:53/udp", saved.getAttribute(ApplianceLaunch.ATTR_FORWARDS, ""));
		tab.button("Close").click();
		bot.waitUntil(Conditions.shellCloses(dialog));
	}

}
