package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
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
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.image.ovf.OvaVerifier;
import dev.kiln.image.update.RaucBundleWriter;
import dev.kiln.image.update.UpdateIndex;
import dev.kiln.publish.storefront.StorefrontServer;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.QemuBoot;
import dev.kiln.testsupport.QemuImg;

/**
 * Updates of a deployed appliance (ADR 026), in a guest under QEMU: version 1.0 booted from the disk inside its OVA
 * (SeaBIOS) and from its qcow2 on an enlarged disk (OVMF), data written, 1.1 offered on the update folder a web
 * server serves, installed by {@code kiln-update apply} into the other system slot, booted, ready, the data intact.
 * Indexes and bundles tampered with or signed by another key are refused with nothing written; a
 * 1.2 whose service never becomes ready falls back to 1.1 by itself and says why. Serial logs under
 * target/boot-logs.
 */
class ApplianceUpdateTest {

	static final Duration BOOT_LIMIT = Duration.ofSeconds(300);
	/** Three boots of a version that never becomes ready, then the boot of the one before. */
	static final Duration FALLBACK_LIMIT = Duration.ofSeconds(1200);
	static final Duration COMMAND_LIMIT = Duration.ofSeconds(90);
	static final Duration INSTALL_LIMIT = Duration.ofSeconds(300);

	@TempDir
	static Path work;
	static VendorIdentity vendor;
	static VendorIdentity stranger;
	static BuildReport first;
	static BuildReport second;
	static BuildReport third;
	static Path logs;
	/** The test's copy of the example, at 1.2 once the versions are built. */
	static Path project;
	static Path site;
	static StorefrontServer server;
	/** The update folder as the guest reaches it: QEMU's user network takes 10.0.2.2 to the host's loopback. */
	static String guestUrl;

	@BeforeAll
	static void buildThreeVersions() throws Exception {
		logs = Path.of(System.getProperty("kiln.test.artifacts", "target/boot-logs"));
		vendor = VendorIdentity.create("Kiln Examples updates", "Kiln Examples", Duration.ofDays(30));
		stranger = VendorIdentity.create("Someone else", "Elsewhere", Duration.ofDays(30));
		site = Files.createDirectories(work.resolve("site"));
		Files.createDirectories(site.resolve("updates/hello-appliance/stable"));
		server = StorefrontServer.start(site, 0);
		guestUrl = "http://10.0.2.2:" + server.url().getPort() + "/updates/";

		project = UpdatableHello.copy(work, guestUrl + "hello-appliance/");
		first = build(project, work.resolve("out-1.0"));

		// 1.1: one file of the application changed (only its update bundle is needed)
		UpdatableHello.appOnlyRelease(project, "1.0.0", "1.1.0");
		second = build(project, work.resolve("out-1.1"));

		// 1.2: its service listens on another port than the ready check asks
		ExampleProjects.editManifest(project, "version=\"1.1.0\"", "version=\"1.2.0\"");
		Path unit = project.resolve("app/systemd/hello.service");
		Files.writeString(unit, Files.readString(unit).replace("-p 8080", "-p 8081"));
		third = build(project, work.resolve("out-1.2"));
	}

	@AfterAll
	static void stopServer() {
		if (server != null) {
			server.close();
		}
	}

	/** Builds the project as the workbench and {@code kiln build} do, signed with the vendor's identity. */
	static BuildReport build(Path project, Path output) throws Exception {
		ImageEngine engine = new ImageEngine(Path.of(System.getProperty("kiln.test.cache")), OvaSigner.of(vendor), CachePolicy.DEFAULT);
		return new ApplianceBuild(engine).build(project, output, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
	}

	/** Publishes {@code releases} on the channel {@code stable} of the update folder {@code folder}, signed by {@code signer}. */
	static void publish(String folder, VendorIdentity signer, BuildReport... releases) throws Exception {
		UpdatableHello.publish(site, folder, signer, releases);
	}

	static void awaitReadyAndShell(QemuBoot vm, int from, String ready, Duration limit) throws Exception {
		UpdatableHello.awaitReadyAndShell(vm, from, ready, limit);
	}

	static String ready(String version, String slot) {
		return UpdatableHello.ready(version, slot);
	}

	@Test
	void theNewLayoutPassesTheImageChecksAndEachBuildWritesItsUpdateBundle() throws Exception {
		QemuImg qemuImg = QemuImg.find();
		qemuImg.assertChecks(first.artifact(OutputFormat.QCOW2).file());
		try (OvaReader reader = OvaReader.open(first.artifact(OutputFormat.OVA).file())) {
			new OvaVerifier().verify(reader, Progress.NONE).requireValid();
		}
		String partitions = ExternalTool.command("sgdisk", "-p", first.artifact(OutputFormat.RAW).file().toString()).output();
		for (String name : List.of("BIOS boot", "ESP", "rootfs-a", "rootfs-b", "data")) {
			assertTrue(partitions.contains(name), partitions);
		}
		// slot B is empty: the qcow2 stores (nearly) nothing for it
		assertTrue(Files.size(first.artifact(OutputFormat.QCOW2).file()) < (600L << 20), "qcow2 of " + Files.size(first.artifact(OutputFormat.QCOW2).file()));
		for (BuildReport report : List.of(first, second, third)) {
			BuildReport.Artifact bundle = report.artifact(OutputFormat.UPDATE_BUNDLE);
			assertEquals("hello-appliance-" + report.version() + ".raucb", bundle.file().getFileName().toString());
		}
		// the same inputs give the same bundle
		BuildReport again = build(project, work.resolve("out-1.2-again"));
		assertEquals(third.artifact(OutputFormat.UPDATE_BUNDLE).sha256(), again.artifact(OutputFormat.UPDATE_BUNDLE).sha256());
	}

	/**
	 * An app-only version's root file system is the one before but for a few blocks (ADR 027): what RAUC's adaptive
	 * update of a streamed bundle has to download of it.
	 */
	@Test
	void anAppOnlyVersionChangesFewBlocksOfTheRootFileSystem() throws Exception {
		Path images = Files.createDirectories(work.resolve("root-images"));
		for (BuildReport release : List.of(first, second)) {
			ExternalTool.command("unsquashfs", "-q", "-n", "-d", images.resolve(release.version()).toString(),
					release.artifact(OutputFormat.UPDATE_BUNDLE).file().toString(), RaucBundleWriter.IMAGE_NAME).output();
		}
		byte[] one = new byte[4096];
		byte[] other = new byte[4096];
		int changed = 0;
		try (InputStream older = Files.newInputStream(images.resolve("1.0.0").resolve(RaucBundleWriter.IMAGE_NAME));
				InputStream newer = Files.newInputStream(images.resolve("1.1.0").resolve(RaucBundleWriter.IMAGE_NAME))) {
			while (older.readNBytes(one, 0, one.length) == one.length && newer.readNBytes(other, 0, other.length) == other.length) {
				changed += Arrays.equals(one, other) ? 0 : 1;
			}
		}
		assertTrue(changed > 0 && changed < 64, changed + " blocks of 4 KiB changed from 1.0 to 1.1");
	}

	/**
	 * 1.0 from the OVA's disk under SeaBIOS: the update to 1.1 with the data kept; then offers that must be refused with
	 * nothing written while 1.1 keeps running (an index tampered with, an index signed by another key, a bundle that
	 * does not match the signed index, a bundle signed by another key); then 1.2, which never becomes ready, and the
	 * fall back to 1.1.
	 */
	@Test
	void updateRefusalsAndFallBackUnderSeaBios() throws Exception {
		Path vmdk = work.resolve("ova-disk");
		Files.createDirectories(vmdk);
		ExternalTool.command("tar", "-xf", first.artifact(OutputFormat.OVA).file().toString(), "-C", vmdk.toString(), "hello-appliance-1.0.0.vmdk")
				.limit(Duration.ofMinutes(3)).output();
		publish("hello-appliance", vendor, second);
		refusedOffers();

		try (QemuBoot vm = QemuBoot.startRebootable(vmdk.resolve("hello-appliance-1.0.0.vmdk"), "vmdk", QemuBoot.Firmware.SEABIOS, 8080, logs,
				"update-seabios")) {
			awaitReadyAndShell(vm, 0, ready("1.0.0", "A"), BOOT_LIMIT);
			vm.run("echo written-by-the-customer > /var/lib/hello/customer-data; sync", COMMAND_LIMIT);
			String check = vm.run("kiln-update check", COMMAND_LIMIT);
			assertTrue(check.contains("Update available: hello-appliance 1.1.0 (running 1.0.0, channel stable)"), check);

			int before = vm.serial().length();
			vm.type("kiln-update apply");
			vm.awaitSerialAfter(before, "installed hello-appliance 1.1.0 into system slot B", INSTALL_LIMIT);
			awaitReadyAndShell(vm, before, ready("1.1.0", "B"), BOOT_LIMIT);
			String updated = vm.run("cat /var/lib/hello/customer-data; kiln-update status", COMMAND_LIMIT);
			assertTrue(updated.contains("written-by-the-customer"), "the data survived the update: " + updated);
			assertTrue(updated.contains("Appliance:   hello-appliance 1.1.0, system slot B"), updated);
			assertTrue(updated.contains("updated from 1.0.0 to 1.1.0 (slot B)"), updated);
			assertTrue(vm.get("/", Duration.ofSeconds(60)).body().contains("Version 1.1"), "the new version's page");

			String slots = vm.run("grub-editenv /boot/efi/grub/grubenv list | sort", COMMAND_LIMIT);
			for (String folder : List.of("tampered-index", "stranger-index", "tampered-bundle", "stranger-bundle")) {
				String refused = vm.run("kiln-update source " + guestUrl + folder + "/ && kiln-update apply; echo exit=$?", INSTALL_LIMIT);
				assertTrue(refused.contains("exit=1"), folder + ": " + refused);
				assertTrue(refused.contains(folder.equals("stranger-bundle") ? "RAUC did not install 1.3.0" : "refused"), folder + ": " + refused);
				assertEquals(slots, vm.run("grub-editenv /boot/efi/grub/grubenv list | sort", COMMAND_LIMIT), folder + ": the slots are as they were");
				String status = vm.run("kiln-update status", COMMAND_LIMIT);
				assertTrue(status.contains("Appliance:   hello-appliance 1.1.0, system slot B"), status);
			}
			vm.run("kiln-update source --default", COMMAND_LIMIT);

			publish("hello-appliance", vendor, second, third);
			before = vm.serial().length();
			vm.type("kiln-update apply");
			vm.awaitSerialAfter(before, "installed hello-appliance 1.2.0 into system slot A", INSTALL_LIMIT);
			vm.awaitSerialAfter(before, "hello-appliance 1.2.0 is not ready after", BOOT_LIMIT);
			awaitReadyAndShell(vm, before, ready("1.1.0", "B"), FALLBACK_LIMIT);
			vm.awaitSerialAfter(before, "fell back to hello-appliance 1.1.0: 1.2.0 did not become ready", COMMAND_LIMIT);
			String fellBack = vm.run("cat /var/lib/hello/customer-data; kiln-update status", COMMAND_LIMIT);
			assertTrue(fellBack.contains("written-by-the-customer"), "the data survived the fall back: " + fellBack);
			assertTrue(fellBack.contains("Appliance:   hello-appliance 1.1.0, system slot B"), fellBack);
			assertTrue(fellBack.contains("fell back to 1.1.0 (slot B): 1.2.0 in slot A did not become ready within 30 s in 3 boot attempt(s): "
					+ "http://127.0.0.1:8080/ does not answer"), fellBack);
		}
	}

	/**
	 * Update folders whose offers of a newer version must be refused: the index changed after it was signed, an index
	 * signed by someone else, a bundle changed after the index was signed, and a bundle signed by someone else (listed
	 * by an index the vendor signed).
	 */
	static void refusedOffers() throws Exception {
		publish("tampered-index", vendor, third);
		Path tamperedIndex = site.resolve("updates/tampered-index/stable/index");
		Files.writeString(tamperedIndex, Files.readString(tamperedIndex).replace("version 1.2.0", "version 1.3.0"));
		publish("stranger-index", stranger, third);
		publish("tampered-bundle", vendor, third);
		Path tamperedBundle = site.resolve("updates/tampered-bundle/hello-appliance-1.2.0.raucb");
		try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(tamperedBundle, java.nio.file.StandardOpenOption.WRITE,
				java.nio.file.StandardOpenOption.READ)) {
			java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
			file.read(one, Files.size(tamperedBundle) / 2);
			one.put(0, (byte) (one.get(0) ^ 0x01)).rewind();
			file.write(one, Files.size(tamperedBundle) / 2);
		}
		Path foreign = foreignBundle();
		Path foreignFolder = Files.createDirectories(site.resolve("updates/stranger-bundle/stable"));
		Files.copy(foreign, foreignFolder.getParent().resolve("hello-appliance-1.3.0.raucb"));
		UpdateIndex foreignIndex = new UpdateIndex("hello-appliance", "stable",
				List.of(new UpdateIndex.Entry("1.3.0", "hello-appliance-1.3.0.raucb", Files.size(foreign), dev.kiln.image.Sha256.of(foreign))));
		Files.write(foreignFolder.resolve(UpdateIndex.FILE_NAME), foreignIndex.toBytes());
		Files.write(foreignFolder.resolve(UpdateIndex.SIGNATURE_NAME), foreignIndex.sign(vendor, Instant.now()));
	}

	/**
	 * 1.0's qcow2 on a disk the customer enlarged, under OVMF: the data partition grows; the update to 1.1, streamed
	 * ({@code --stream}: RAUC reads the bundle from the update folder by range requests), keeps the data.
	 */
	@Test
	void enlargedDiskAndUpdateUnderOvmf() throws Exception {
		publish("hello-appliance", vendor, second);
		Path enlarged = work.resolve("enlarged.qcow2");
		Path qcow2 = first.artifact(OutputFormat.QCOW2).file();
		ExternalTool.command("qemu-img", "create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", qcow2.toString(), enlarged.toString(), "3G").output();
		try (QemuBoot vm = QemuBoot.startRebootable(enlarged, "qcow2", QemuBoot.Firmware.OVMF, 8080, logs, "update-ovmf")) {
			awaitReadyAndShell(vm, 0, ready("1.0.0", "A"), BOOT_LIMIT);
			String sizes = vm.run("df -B1M --output=size /data | tail -n 1", COMMAND_LIMIT).strip();
			assertTrue(Long.parseLong(sizes) > 1000, "the data partition (256 MiB as built) grew to the enlarged disk's end: " + sizes + " MiB");
			vm.run("echo written-by-the-customer > /var/lib/hello/customer-data; sync", COMMAND_LIMIT);
			int before = vm.serial().length();
			vm.type("kiln-update apply --stream");
			vm.awaitSerialAfter(before, "installed hello-appliance 1.1.0 into system slot B", INSTALL_LIMIT);
			awaitReadyAndShell(vm, before, ready("1.1.0", "B"), BOOT_LIMIT);
			String updated = vm.run("cat /var/lib/hello/customer-data; kiln-update status", COMMAND_LIMIT);
			assertTrue(updated.contains("written-by-the-customer"), updated);
			assertTrue(updated.contains("Appliance:   hello-appliance 1.1.0, system slot B"), updated);
			assertFalse(updated.contains("fell back"), updated);
		}
	}

	/** A bundle for the appliance signed by someone else: a small ext4 image, so that it is quick to write. */
	static Path foreignBundle() throws Exception {
		Path tree = Files.createDirectories(work.resolve("foreign-tree/etc"));
		Files.writeString(tree.resolve("hostname"), "foreign\n");
		Path image = work.resolve("foreign.ext4");
		ExternalTool.command("mkfs.ext4", "-q", "-F", "-d", tree.getParent().toString(), image.toString(), "8M").output();
		Path bundle = work.resolve("foreign.raucb");
		new RaucBundleWriter(stranger, Progress.NONE).write(image, new RaucBundleWriter.Release("hello-appliance", "1.3.0", null, null,
				Instant.ofEpochSecond(ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH)), bundle);
		return bundle;
	}
}
