package dev.kiln.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.ILaunchManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.core.ApplianceNature;
import dev.kiln.launch.ApplianceLaunch;
import dev.kiln.launch.QemuPreferences;
import dev.kiln.launch.internal.QemuLocator;
import dev.kiln.testsupport.workspace.TestWorkspace;

/**
 * A launch that cannot run says why and how to fix it, starts no QEMU, builds nothing and leaves no
 * launch behind: QEMU missing, a manifest with errors, an image format the manifest does not build.
 */
class LaunchErrorsTest {

	private static final String NO_QEMU = "/nonexistent/bin/qemu-system-x86_64";

	private final ILaunchManager launches = DebugPlugin.getDefault().getLaunchManager();
	private final IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(QemuPreferences.QUALIFIER);
	private IProject project;

	@BeforeEach
	void createApplianceProject() throws Exception {
		project = TestWorkspace.openProject("hello");
		ApplianceNature.addTo(project, null);
		writeManifest(Manifests.hello("hybrid"));
	}

	@AfterEach
	void cleanUp() throws Exception {
		preferences.remove(QemuPreferences.QEMU_PATH);
		for (ILaunchConfiguration configuration : launches.getLaunchConfigurations()) {
			configuration.delete();
		}
		project.delete(true, true, null);
	}

	private void writeManifest(String text) throws Exception {
		Files.writeString(project.getLocation().toPath().resolve("appliance.xml"), text, StandardCharsets.UTF_8);
	}

	private ILaunchConfiguration configuration(String format) throws CoreException {
		ILaunchConfigurationWorkingCopy copy = launches.getLaunchConfigurationType(ApplianceLaunch.TYPE_ID).newInstance(null, "hello");
		copy.setAttribute(ApplianceLaunch.ATTR_PROJECT, "hello");
		copy.setAttribute(ApplianceLaunch.ATTR_FORMAT, format);
		return copy.doSave();
	}

	private IStatus failedLaunch(ILaunchConfiguration configuration) {
		int before = launches.getLaunches().length;
		CoreException e = assertThrows(CoreException.class, () -> configuration.launch(ILaunchManager.RUN_MODE, new NullProgressMonitor()));
		assertEquals(before, launches.getLaunches().length, "no launch is left behind");
		assertFalse(Files.exists(project.getLocation().toPath().resolve("build")), "nothing was built");
		assertNull(e.getStatus().getException(), "the message is the whole story, no stack trace");
		assertEquals(QemuPreferences.QUALIFIER + "/" + ApplianceLaunch.LAUNCH_FAILED, e.getStatus().getPlugin() + "/" + e.getStatus().getCode(),
				"the code the UI's status handler shows in a dialog");
		return e.getStatus();
	}

	@Test
	void aQemuPathThatDoesNotExistSaysHowToInstallQemu() throws Exception {
		preferences.put(QemuPreferences.QEMU_PATH, NO_QEMU);

		IStatus status = failedLaunch(configuration(""));

		assertEquals(IStatus.ERROR, status.getSeverity());
		assertEquals("QEMU was not found at " + NO_QEMU + ", the path set in Window \u2192 Preferences \u2192 Kiln \u2192 QEMU. "
				+ "Install it with 'sudo apt-get install qemu-system-x86', or correct the path (or clear it to use the "
				+ "qemu-system-x86_64 on the PATH).", status.getMessage());
	}

	@Test
	void noQemuOnThePathSaysHowToInstallItOrWhereToSetIt() {
		CoreException e = assertThrows(CoreException.class, () -> QemuLocator.qemu("", "/nonexistent/bin:/nonexistent/usr/bin"));

		assertEquals("QEMU (qemu-system-x86_64) was not found on the PATH. Install it with 'sudo apt-get install qemu-system-x86', "
				+ "or set its path in Window \u2192 Preferences \u2192 Kiln \u2192 QEMU.", e.getStatus().getMessage());
	}

	@Test
	void aManifestWithErrorsIsReportedAtItsLineAndNothingStarts() throws Exception {
		writeManifest(Manifests.hello("hybrid").replace("memoryMb=\"512\"", "memoryMb=\"16\""));

		IStatus status = failedLaunch(configuration(""));

		assertTrue(status.getMessage().startsWith("The manifest of hello has errors; QEMU was not started:\n/hello/appliance.xml:12:"),
				status.getMessage());
		assertTrue(status.getMessage().contains("KILN-M026"), status.getMessage());
	}

	@Test
	void aFormatTheManifestDoesNotBuildIsRefusedBeforeBuilding() throws Exception {
		writeManifest(Manifests.hello("hybrid").replace("    <output format=\"qcow2\"/>\n", ""));

		IStatus status = failedLaunch(configuration("qcow2"));

		assertTrue(status.getMessage().startsWith("The manifest's <outputs> do not include qcow2"), status.getMessage());
	}

	@Test
	void noQemuProcessWasStartedByAFailedLaunch() throws Exception {
		preferences.put(QemuPreferences.QEMU_PATH, NO_QEMU);
		failedLaunch(configuration(""));

		assertTrue(Arrays.stream(launches.getLaunches()).allMatch(l -> l.getProcesses().length == 0));
		assertTrue(ProcessHandle.current().descendants().noneMatch(p -> p.info().commandLine().orElse("").contains(project.getLocation()
				.toString())), "no process runs the project's image");
	}
}
