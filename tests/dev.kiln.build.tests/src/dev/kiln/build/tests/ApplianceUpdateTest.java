package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.QemuBoot;

/**
 * An appliance with updates (ADR 026) in a guest: two system slots and a data partition, GRUB choosing the slot under
 * SeaBIOS and OVMF, the kept paths on the data partition across reboots, the ready check marking the slot good.
 */
class ApplianceUpdateTest {

	static final Duration BOOT_LIMIT = Duration.ofSeconds(300);
	static final Duration COMMAND_LIMIT = Duration.ofSeconds(60);
	static final String READY = "Ready: hello-appliance 1.0.0 in system slot A";

	@TempDir
	static Path work;
	static VendorIdentity vendor;
	static BuildReport first;
	static Path logs;

	@BeforeAll
	static void buildVersionOne() throws Exception {
		logs = Path.of(System.getProperty("kiln.test.artifacts", "target/boot-logs"));
		vendor = VendorIdentity.create("Kiln Examples updates", "Kiln Examples", Duration.ofDays(30));
		Path project = ExampleProjects.copyOfHello(work.resolve("hello"));
		// a shell on the serial console for the test, logged in as root
		Path dropIn = project.resolve("app/autologin.conf");
		Files.writeString(dropIn, "[Service]\nExecStart=\nExecStart=-/sbin/agetty --autologin root --noclear --keep-baud 115200,57600,38400,9600 %I $TERM\n");
		ExampleProjects.editManifest(project, "<service name=\"hello.service\"",
				"<file source=\"app/autologin.conf\" target=\"/etc/systemd/system/serial-getty@ttyS0.service.d/autologin.conf\"/>\n    <service name=\"hello.service\"");
		ExampleProjects.editManifest(project, "</hardware>", "</hardware>\n  <updates check=\"never\" readyTimeout=\"60\" dataSizeMb=\"64\">\n"
				+ "    <channel name=\"stable\"/>\n    <channel name=\"beta\"/>\n    <keep path=\"/var/lib/hello\"/>\n"
				+ "    <ready http=\"http://127.0.0.1:8080/\"/>\n  </updates>");
		first = build(project, work.resolve("out-1.0"));
	}

	/** Builds the project as the workbench and {@code kiln build} do, signed with the vendor's identity. */
	static BuildReport build(Path project, Path output) throws Exception {
		ImageEngine engine = new ImageEngine(Path.of(System.getProperty("kiln.test.cache")), OvaSigner.of(vendor), CachePolicy.DEFAULT);
		return new ApplianceBuild(engine).build(project, output, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
	}

	@Test
	void theSlotsAndTheDataPartitionUnderSeaBios() throws Exception {
		bootAndKeepData(QemuBoot.Firmware.SEABIOS, "seabios");
	}

	@Test
	void theSlotsAndTheDataPartitionUnderOvmf() throws Exception {
		bootAndKeepData(QemuBoot.Firmware.OVMF, "ovmf");
	}

	/** Waits for the ready check's line and the root shell on the serial console, after {@code from} characters of it. */
	static void awaitReadyAndShell(QemuBoot vm, int from, String ready) throws Exception {
		vm.awaitSerialAfter(from, ready, BOOT_LIMIT);
		vm.awaitSerialAfter(from, "root@hello:~#", BOOT_LIMIT);
	}

	private void bootAndKeepData(QemuBoot.Firmware firmware, String name) throws Exception {
		Path qcow2 = first.artifact(OutputFormat.QCOW2).file();
		try (QemuBoot vm = QemuBoot.startRebootable(qcow2, "qcow2", firmware, 8080, logs, "update-slots-" + name)) {
			awaitReadyAndShell(vm, 0, READY);
			String status = vm.run("kiln-update status", COMMAND_LIMIT);
			assertTrue(status.contains("Appliance:   hello-appliance 1.0.0, system slot A"), status);
			assertTrue(status.contains("Channel:     stable (offered: stable beta)"), status);
			String mounts = vm.run("findmnt -n -o SOURCE,TARGET /data; findmnt -n -o TARGET /var/lib/hello; grub-editenv /boot/efi/grub/grubenv list",
					COMMAND_LIMIT);
			assertTrue(mounts.contains("/data"), mounts);
			assertTrue(mounts.contains("/var/lib/hello"), mounts);
			assertTrue(mounts.contains("A_TRY=0"), "marked good after it became ready: " + mounts);
			vm.run("echo kept-across-reboots > /var/lib/hello/customer-data; sync", COMMAND_LIMIT);
			int before = vm.serial().length();
			vm.type("systemctl reboot");
			awaitReadyAndShell(vm, before, READY);
			String data = vm.run("cat /var/lib/hello/customer-data; rauc status --output-format=shell | grep -E 'RAUC_(BOOT_PRIMARY|SLOT_STATE_0|SYSTEM_BOOTED_BOOTNAME)'",
					COMMAND_LIMIT);
			assertTrue(data.contains("kept-across-reboots"), data);
			assertTrue(data.contains("RAUC_SYSTEM_BOOTED_BOOTNAME='A'"), data);
		}
	}
}
