package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.launch.QemuPreferences;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/** Window → Preferences → Kiln → QEMU: which qemu-system-x86_64 the launch runs. */
class QemuPreferencePageTest extends WorkbenchTestCase {

	@TempDir
	Path folder;

	@AfterEach
	void forgetThePath() {
		InstanceScope.INSTANCE.getNode(QemuPreferences.QUALIFIER).remove(QemuPreferences.QEMU_PATH);
	}

	@Test
	void aPathThatIsNoFileCannotBeAppliedAndAnExistingOneIsStored() throws Exception {
		String qemu = Files.writeString(folder.resolve("qemu-system-x86_64"), "#!/bin/sh\n").toString();
		bot.menu("Window").menu("Preferences...").click();
		BotShell dialog = bot.shell("Preferences");
		Bot page = dialog.bot();
		page.tree().select(PluginText.of("dev.kiln.ui", "preferences.kiln"), PluginText.of("dev.kiln.ui", "preferences.qemu"));

		page.textWithLabel(UIText.QemuPreferencePage_path).typeText("/nonexistent/qemu-system-x86_64");
		bot.waitUntil(Conditions.that("Apply and Close to be disabled", () -> !page.button("Apply and Close").isEnabled()));
		page.button("Restore Defaults").click();
		assertEquals("", page.textWithLabel(UIText.QemuPreferencePage_path).getText(), "the default: the qemu-system-x86_64 on the PATH");
		bot.waitUntil(Conditions.widgetIsEnabled(page.button("Apply and Close")));
		page.textWithLabel(UIText.QemuPreferencePage_path).typeText(qemu);
		bot.waitUntil(Conditions.widgetIsEnabled(page.button("Apply and Close")));
		page.button("Apply and Close").click();
		bot.waitUntil(Conditions.shellCloses(dialog));

		assertEquals(qemu, QemuPreferences.qemuPath());
	}
}
