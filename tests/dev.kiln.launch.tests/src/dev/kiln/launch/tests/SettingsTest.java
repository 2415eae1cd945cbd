package dev.kiln.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.core.ApplianceNature;
import dev.kiln.image.qemu.PortForward;
import dev.kiln.launch.internal.InvalidLaunchSettingsException;
import dev.kiln.launch.internal.LaunchSettings;
import dev.kiln.launch.internal.PortForwards;
import dev.kiln.testsupport.workspace.TestWorkspace;

/** What the launch tab and the delegate accept, and what they say about the rest. */
class SettingsTest {

	private IProject appliance;

	@BeforeEach
	void createProjects() throws CoreException {
		appliance = TestWorkspace.openProject("hello");
		ApplianceNature.addTo(appliance, null);
		TestWorkspace.openProject("plain");
	}

	@AfterEach
	void deleteProjects() throws CoreException {
		TestWorkspace.deleteAllProjects();
	}

	private static String error(String project, String format, String memory, String cpus, String forwards) {
		return assertThrows(InvalidLaunchSettingsException.class, () -> LaunchSettings.parse(project, format, memory, cpus, forwards, ""))
				.getMessage();
	}

	@Test
	void emptyFieldsKeepTheManifestsValues() throws Exception {
		LaunchSettings settings = LaunchSettings.parse("hello", "", " ", "", null, "");

		assertEquals(appliance, settings.project());
		assertNull(settings.memoryMb());
		assertNull(settings.cpus());
		assertNull(settings.forwards());
		assertEquals(List.of(), settings.extraArguments());
	}

	@Test
	void overridesAreRead() throws Exception {
		LaunchSettings settings = LaunchSettings.parse("hello", "raw", "2048", "2", "18080:8080, 5353:53/udp", "-no-reboot -name \"my vm\"");

		assertEquals("raw", settings.format());
		assertEquals(2048, settings.memoryMb());
		assertEquals(2, settings.cpus());
		assertEquals(List.of(PortForward.tcp(18080, 8080), new PortForward("udp", 5353, 53)), settings.forwards());
		assertEquals(List.of("-no-reboot", "-name", "my vm"), settings.extraArguments());
	}

	@Test
	void theProjectMustBeAnOpenApplianceProject() {
		assertEquals("Choose the appliance project to run.", error(" ", "", "", "", null));
		assertEquals("Project 'missing' does not exist or is closed.", error("missing", "", "", "", null));
		assertEquals("Project 'plain' is not an appliance project (Configure \u2192 Convert to Appliance Project).", error("plain", "", "", "", null));
	}

	@Test
	void badNumbersAreNamed() {
		assertEquals("Memory must be a whole number of MiB from 64 to 1048576, or empty for the manifest's; 'lots' is not.",
				error("hello", "", "lots", "", null));
		assertEquals("Memory must be a whole number of MiB from 64 to 1048576, or empty for the manifest's; '32' is not.",
				error("hello", "", "32", "", null));
		assertEquals("CPUs must be a whole number from 1 to 255, or empty for the manifest's; '0' is not.", error("hello", "", "", "0", null));
	}

	@Test
	void badForwardsAreNamed() {
		assertEquals("Port forward '8080' is not host:guest with ports from 1 to 65535, optionally followed by /tcp or /udp (e.g. 8080:80).",
				error("hello", "", "", "", "8080"));
		assertEquals("Port forward '8080:70000' is not host:guest with ports from 1 to 65535, optionally followed by /tcp or /udp (e.g. 8080:80).",
				error("hello", "", "", "", "8080:70000"));
		assertEquals("Host port 8080 (tcp) is forwarded twice.", error("hello", "", "", "", "8080:80, 8080:81"));
	}

	@Test
	void onlyRawAndQcow2Boot() {
		assertEquals("Image format 'vmdk' is neither raw nor qcow2.", error("hello", "vmdk", "", "", null));
	}

	@Test
	void theImageFormatMustBeOneTheManifestBuilds() throws Exception {
		LaunchSettings automatic = LaunchSettings.parse("hello", "", "", "", null, "");
		LaunchSettings raw = LaunchSettings.parse("hello", "raw", "", "", null, "");

		assertEquals("qcow2", automatic.imageFormat(List.of("ova", "raw", "qcow2")));
		assertEquals("raw", automatic.imageFormat(List.of("raw", "ova")));
		assertEquals("The manifest's <outputs> do not include raw: add <output format=\"raw\"/> to appliance.xml, "
				+ "or choose another image format in the launch configuration.",
				assertThrows(InvalidLaunchSettingsException.class, () -> raw.imageFormat(List.of("qcow2", "ova"))).getMessage());
		assertEquals("The manifest's <outputs> have neither qcow2 nor raw: add <output format=\"qcow2\"/> to appliance.xml.",
				assertThrows(InvalidLaunchSettingsException.class, () -> automatic.imageFormat(List.of("ova"))).getMessage());
	}

	@Test
	void forwardsAreWrittenAsTheyAreRead() throws Exception {
		List<PortForward> forwards = List.of(PortForward.tcp(18080, 8080), new PortForward("udp", 5353, 53));

		assertEquals("18080:8080, 5353:53/udp", PortForwards.format(forwards));
		assertEquals(forwards, PortForwards.parse(PortForwards.format(forwards)));
	}
}
