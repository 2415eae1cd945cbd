package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectRelease;
import dev.kiln.build.ReleasePublisher;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.image.ovf.OvaVerifier;
import dev.kiln.image.update.RaucBundleWriter;
import dev.kiln.image.update.UpdateIndex;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.Release;
import dev.kiln.publish.storefront.StorefrontServer;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.QemuBoot;
import dev.kiln.testsupport.QemuImg;

/**
 * Updates of a deployed appliance (ADR 026), in a guest under QEMU, published as a vendor publishes them: version 1.0
 * booted from the disk inside its OVA (SeaBIOS) and from its qcow2 on an enlarged disk (OVMF), data written; 1.1
 * published by {@link ReleasePublisher} (as {@code kiln publish --storefront} and the Publish wizard do) to Debian's
 * docker-registry on 127.0.0.1, signed by the vendor, on channel stable, and the storefront regenerated, whose update
 * folder {@code updates/<repository>/} the guest's {@code <updates url>} names; installed by {@code kiln-update apply}
 * into the other system slot, booted, ready, the data intact. Indexes and bundles tampered with or signed by another key
 * are refused with nothing written; a 1.2, published the same way, whose service never becomes ready falls back to 1.1
 * by itself and says why. Serial logs under target/boot-logs.
 */
class ApplianceUpdateTest {

	static final Duration BOOT_LIMIT = Duration.ofSeconds(300);
	/** Three boots of a version that never becomes ready, then the boot of the one before. */
	static final Duration FALLBACK_LIMIT = Duration.ofSeconds(1200);
	static final Duration COMMAND_LIMIT = Duration.ofSeconds(90);
	static final Duration INSTALL_LIMIT = Duration.ofSeconds(300);
	/** The folder of the site that holds the update folders written by hand, which must be refused. */
	static final String REFUSED = "refused/";

	@TempDir
	static Path work;
	static VendorIdentity vendor;
	static VendorIdentity stranger;
	static BuildReport first;
	static BuildReport second;
	static BuildReport third;
	/** The releases of 1.1 and 1.2 as {@code kiln publish} makes them of the project and its build. */
	static Release secondRelease;
	static Release thirdRelease;
	static Path logs;
	/** The test's copy of the example, at 1.2 once the versions are built. */
	static Path project;
	static LocalRegistry registry;
	static MarketplaceTarget target;
	/** The storefront's folder, which {@link #server} serves; beside its own files, folders the test writes by hand. */
	static Path site;
	static StorefrontServer server;
	/** The storefront as the guest reaches it: QEMU's user network takes 10.0.2.2 to the host's loopback. */
	static String guestSite;
	/** The appliance's update folder on the storefront, relative to it: {@code updates/<repository>/}. */
	static String updates;

	@BeforeAll
	static void buildThreeVersions() throws Exception {
		logs = Path.of(System.getProperty("kiln.test.artifacts", "target/boot-logs"));
		vendor = VendorIdentity.create("Kiln Examples updates", "Kiln Examples", Duration.ofDays(30));
		stranger = VendorIdentity.create("Someone else", "Elsewhere", Duration.ofDays(30));
		registry = LocalRegistry.start();
		target = new MarketplaceTarget("local", MarketplaceTarget.OCI, registry.url(), "examples");
		site = Files.createDirectories(work.resolve("site"));
		server = StorefrontServer.start(site, 0);
		guestSite = "http://10.0.2.2:" + server.url().getPort() + "/";
		updates = "updates/" + target.repositoryOf("hello-appliance") + "/";

		project = UpdatableHello.copy(work, guestSite + updates);
		first = build(project, work.resolve("out-1.0"));

		// 1.1: one file of the application changed (only its update bundle is needed)
		UpdatableHello.appOnlyRelease(project, "1.0.0", "1.1.0");
		second = build(project, work.resolve("out-1.1"));
		secondRelease = release(project, work.resolve("out-1.1"), "Version 1.1: the page says which version it is.");

		// 1.2: its service listens on another port than the ready check asks
		ExampleProjects.editManifest(project, "version=\"1.1.0\"", "version=\"1.2.0\"");
		Path unit = project.resolve("app/systemd/hello.service");
		Files.writeString(unit, Files.readString(unit).replace("-p 8080", "-p 8081"));
		third = build(project, work.resolve("out-1.2"));
		thirdRelease = release(project, work.resolve("out-1.2"), "Version 1.2: the service moved to port 8081.");

		publish(secondRelease);
		// a customer's mirror of the update folder as it was with 1.1: the OVMF guest updates to 1.1 whether 1.2 is out or not
		ExternalTool.command("cp", "-r", site.resolve(updates).toString(), site.resolve("mirror-1.1").toString()).output();
	}

	@AfterAll
	static void stopServers() throws Exception {
		if (server != null) {
			server.close();
		}
		if (registry != null) {
			registry.close();
		}
	}

	/** Builds the project as the workbench and {@code kiln build} do, signed with the vendor's identity. */
	static BuildReport build(Path project, Path output) throws Exception {
		ImageEngine engine = new ImageEngine(Path.of(System.getProperty("kiln.test.cache")), OvaSigner.of(vendor), CachePolicy.DEFAULT);
		return new ApplianceBuild(engine).build(project, output, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
	}

	/** The release of the project as built into {@code output}, as {@code kiln publish} makes it: the manifest's formats, the update bundle. */
	static Release release(Path project, Path output, String releaseNotes) {
		ManifestCheck.Result checked = new ManifestCheck().check(project.resolve(ManifestCheck.MANIFEST_FILE), project, "appliance.xml");
		assertFalse(checked.hasErrors(), checked.problems().toString());
		Appliance appliance = checked.appliance();
		List<Release.Image> images = ProjectRelease.images(appliance, output, ProjectRelease.defaultFormats(appliance));
		return ProjectRelease.release(appliance, project, images, releaseNotes, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH);
	}

	/**
	 * Publishes {@code release} as {@code kiln publish --storefront} does: to the registry, signed by the vendor, its bundle
	 * listed in the signed index of the manifest's first channel (stable), and the storefront brought up to date.
	 */
	static void publish(Release release) throws Exception {
		ReleasePublisher.Published published = new ReleasePublisher(ReleasePublisher.History.NONE).publish(new ReleasePublisher.Request(release,
				target, Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD), PublishOptions.defaults().withSigner(vendor), site), Progress.NONE);
		PublishResult.Update update = published.result().update();
		assertEquals("stable", update.channel());
		assertNotNull(update.index(), "the signed index update-index-stable: " + update.warning());
		assertNull(published.storefrontError());
		assertEquals(List.of(), published.storefront().warnings());
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
				String refused = vm.run("kiln-update source " + guestSite + REFUSED + folder + "/ && kiln-update apply; echo exit=$?", INSTALL_LIMIT);
				assertTrue(refused.contains("exit=1"), folder + ": " + refused);
				assertTrue(refused.contains(folder.equals("stranger-bundle") ? "RAUC did not install 1.3.0" : "refused"), folder + ": " + refused);
				assertEquals(slots, vm.run("grub-editenv /boot/efi/grub/grubenv list | sort", COMMAND_LIMIT), folder + ": the slots are as they were");
				String status = vm.run("kiln-update status", COMMAND_LIMIT);
				assertTrue(status.contains("Appliance:   hello-appliance 1.1.0, system slot B"), status);
			}
			vm.run("kiln-update source --default", COMMAND_LIMIT);

			publish(thirdRelease);
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
	 * Update folders whose offers of a newer version must be refused, written by hand beside the storefront's own (whose
	 * regeneration removes what it did not write under {@code updates/}): the index changed after it was signed, an index
	 * signed by someone else, a bundle changed after the index was signed, and a bundle signed by someone else (listed
	 * by an index the vendor signed).
	 */
	static void refusedOffers() throws Exception {
		Path bundle = third.artifact(OutputFormat.UPDATE_BUNDLE).file();
		Path tamperedIndex = offer("tampered-index", vendor, bundle, "1.2.0").resolve("stable").resolve(UpdateIndex.FILE_NAME);
		Files.writeString(tamperedIndex, Files.readString(tamperedIndex).replace("version 1.2.0", "version 1.3.0"));
		offer("stranger-index", stranger, bundle, "1.2.0");
		Path tamperedBundle = offer("tampered-bundle", vendor, bundle, "1.2.0").resolve("hello-appliance-1.2.0.raucb");
		try (java.nio.channels.FileChannel file = java.nio.channels.FileChannel.open(tamperedBundle, java.nio.file.StandardOpenOption.WRITE,
				java.nio.file.StandardOpenOption.READ)) {
			java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
			file.read(one, Files.size(tamperedBundle) / 2);
			one.put(0, (byte) (one.get(0) ^ 0x01)).rewind();
			file.write(one, Files.size(tamperedBundle) / 2);
		}
		offer("stranger-bundle", vendor, foreignBundle(), "1.3.0");
	}

	/**
	 * Writes the update folder {@code refused/<folder>/} by hand: {@code bundle} as version {@code version}, listed in the
	 * index of the channel stable signed by {@code signer}. Returns the folder.
	 */
	static Path offer(String folder, VendorIdentity signer, Path bundle, String version) throws Exception {
		Path channel = Files.createDirectories(site.resolve(REFUSED).resolve(folder).resolve("stable"));
		Path copy = Files.copy(bundle, channel.getParent().resolve("hello-appliance-" + version + ".raucb"));
		UpdateIndex index = new UpdateIndex("hello-appliance", "stable",
				List.of(new UpdateIndex.Entry(version, copy.getFileName().toString(), Files.size(copy), Sha256.of(copy))));
		Files.write(channel.resolve(UpdateIndex.FILE_NAME), index.toBytes());
		Files.write(channel.resolve(UpdateIndex.SIGNATURE_NAME), index.sign(signer, Instant.ofEpochSecond(ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH)));
		return channel.getParent();
	}

	/**
	 * 1.0's qcow2 on a disk the customer enlarged, under OVMF: the data partition grows; the update to 1.1, from a mirror of
	 * the update folder as published with 1.1 and streamed ({@code --stream}: RAUC reads the bundle by range requests), keeps
	 * the data.
	 */
	@Test
	void enlargedDiskAndUpdateUnderOvmf() throws Exception {
		Path enlarged = work.resolve("enlarged.qcow2");
		Path qcow2 = first.artifact(OutputFormat.QCOW2).file();
		ExternalTool.command("qemu-img", "create", "-q", "-f", "qcow2", "-F", "qcow2", "-b", qcow2.toString(), enlarged.toString(), "3G").output();
		try (QemuBoot vm = QemuBoot.startRebootable(enlarged, "qcow2", QemuBoot.Firmware.OVMF, 8080, logs, "update-ovmf")) {
			awaitReadyAndShell(vm, 0, ready("1.0.0", "A"), BOOT_LIMIT);
			String sizes = vm.run("df -B1M --output=size /data | tail -n 1", COMMAND_LIMIT).strip();
			assertTrue(Long.parseLong(sizes) > 1000, "the data partition (256 MiB as built) grew to the enlarged disk's end: " + sizes + " MiB");
			vm.run("echo written-by-the-customer > /var/lib/hello/customer-data; sync", COMMAND_LIMIT);
			vm.run("kiln-update source " + guestSite + "mirror-1.1/", COMMAND_LIMIT);
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
