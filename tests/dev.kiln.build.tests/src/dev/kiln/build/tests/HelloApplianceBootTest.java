package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ArchiveStateFile;
import dev.kiln.build.MaintenanceAudit;
import dev.kiln.build.MaintenanceReport;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.AptSources;
import dev.kiln.image.debian.ArchivePockets;
import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianVersion;
import dev.kiln.image.debian.PackageIndex;
import dev.kiln.image.debian.Pocket;
import dev.kiln.image.debian.PocketState;
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.ovf.OvaVerifier;
import dev.kiln.image.ovf.OvfEnvelope;
import dev.kiln.image.ovf.OvfVersion;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.QemuBoot;
import dev.kiln.testsupport.QemuImg;
import dev.kiln.testsupport.VagrantBox;

/**
 * Builds examples/hello-appliance with the real pipeline and boots the disk from its own boot loader
 * under SeaBIOS and under OVMF: the service prints its ready marker and answers HTTP through port
 * forwarding. The qcow2 disk boots under SeaBIOS, the fixed VHD under OVMF with UEFI Secure Boot enforced;
 * the OVA verifies, describes the appliance, and the VMDK extracted from it is the raw disk (qemu-img)
 * and boots under OVMF. The guest holds what virt-v2v needs to convert it. Serial logs are kept under
 * target/boot-logs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HelloApplianceBootTest {

	static final Duration BOOT_LIMIT = Duration.ofSeconds(240);
	static final Duration SHUTDOWN_LIMIT = Duration.ofSeconds(90);
	/** How long the Secure Boot boot is left to settle after the login prompt before the power button. */
	static final Duration SETTLE = Duration.ofSeconds(20);
	static final String READY = "KILN-READY hello-appliance";
	/** A customer's SSH public key (its private half was never kept). */
	static final String CUSTOMER_KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBLIyNcBZnxMcV9afIzSYKcpNz6OFMmQvVItotwmMKYA kiln-test";

	static BuildReport report;
	/** The example with {@code ovfVersion="2.0"} and the cloud disks (VHD, Compute Engine) besides its outputs. */
	static BuildReport variant;
	static Path logs;
	@TempDir
	static Path output;
	static Path extracted;

	@BeforeAll
	static void buildTheExample() throws Exception {
		logs = Path.of(System.getProperty("kiln.test.artifacts", "target/boot-logs"));
		ImageEngine engine = Builds.engine();
		report = new ApplianceBuild(engine).build(ExampleProjects.hello(), output,
				ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
		System.out.println("hello-appliance built: " + report.timings() + " base from cache: " + report.baseFromCache());
		// the variant is a cloud appliance: the cloud disks, cloud-init for its kvm target, an SSH server for the
		// customer's key, and a property its first-boot script prints
		Path project = ExampleProjects.copyOfHello(output.resolve("variant"));
		ExampleProjects.editManifest(project, "<output format=\"ova\"/>",
				"<output format=\"ova\" ovfVersion=\"2.0\"/>\n    <output format=\"vhd\"/>\n    <output format=\"gce\"/>\n    <output format=\"vagrant-libvirt\"/>");
		ExampleProjects.editManifest(project, "<target>vmware</target>", "<target>vmware</target>\n  <target>kvm</target>");
		ExampleProjects.editManifest(project, "<package name=\"busybox\"/>", "<package name=\"busybox\"/>\n    <package name=\"openssh-server\"/>");
		ExampleProjects.editManifest(project, "<application>", "<application firstBootScript=\"app/firstboot.sh\">");
		Files.writeString(project.resolve("app/firstboot.sh"), "#!/bin/sh\necho \"KILN-GREETING $KILN_PROP_greeting\"\n");
		ExampleProjects.editManifest(project, "<outputs>",
				"<properties>\n    <property key=\"greeting\" label=\"Greeting\" default=\"hello from the manifest\"/>\n  </properties>\n  <outputs>");
		variant = new ApplianceBuild(engine).build(project, output.resolve("variant-build"), ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
		System.out.println("variant built: " + variant.timings());
	}

	/**
	 * The cloud disks hold the disk the variant's other formats hold: the fixed VHD as qemu's vpc driver reads it
	 * (sized by its footer), Compute Engine's {@code disk.raw} as GNU tar unpacks it, and the Vagrant box's qcow2.
	 */
	@Test
	@Order(0)
	void theCloudDisksAreTheRawDisk() throws Exception {
		Path raw = variant.artifact(OutputFormat.RAW).file();
		QemuImg qemuImg = QemuImg.find();
		Path vhd = variant.artifact(OutputFormat.VHD).file();
		assertEquals("hello-appliance-1.0.0.vhd", vhd.getFileName().toString());
		assertEquals(Files.size(raw) + 512, Files.size(vhd), "a fixed VHD is the disk and its footer");
		String info = qemuImg.info(vhd, "vpc").replaceAll("\\s+", "");
		assertTrue(info.contains("\"format\":\"vpc\"") && info.contains("\"virtual-size\":" + Files.size(raw)), info);
		assertEquals(0, Files.size(raw) % (1 << 20), "Azure takes whole MiB");
		qemuImg.assertIdentical(raw, vhd, "vpc");

		Path gce = variant.artifact(OutputFormat.GCE).file();
		assertEquals("hello-appliance-1.0.0.gce.tar.gz", gce.getFileName().toString());
		Path unpacked = Files.createDirectories(output.resolve("gce"));
		assertEquals("disk.raw", ExternalTool.command("tar", "-tzf", gce.toString()).output().strip());
		ExternalTool.command("tar", "-xzf", gce.toString(), "-C", unpacked.toString()).limit(Duration.ofMinutes(5)).output();
		qemuImg.assertIdentical(raw, unpacked.resolve("disk.raw"));
		Files.delete(unpacked.resolve("disk.raw"));

		Path box = variant.artifact(OutputFormat.VAGRANT_LIBVIRT).file();
		assertEquals("hello-appliance-1.0.0.vagrant-libvirt.box", box.getFileName().toString());
		VagrantBox vagrant = VagrantBox.unpack(box, output.resolve("vagrant"));
		List<String> settings = vagrant.settings();
		assertEquals("metadata format=qcow2 provider=libvirt virtual_size=" + (Files.size(raw) >> 30), settings.get(0));
		assertTrue(settings.containsAll(List.of("cpus= 1", "memory= 512")), settings.toString());
		qemuImg.assertChecks(vagrant.disk());
		qemuImg.assertIdentical(raw, vagrant.disk());
		Files.delete(vagrant.disk());
	}

	@Test
	@Order(0)
	void qemuImgFindsTheQcow2ConsistentAndIdenticalToTheRawDisk() throws Exception {
		Path raw = report.artifact(OutputFormat.RAW).file();
		Path qcow2 = report.artifact(OutputFormat.QCOW2).file();
		QemuImg qemuImg = QemuImg.find();
		String info = qemuImg.info(qcow2);
		assertTrue(info.replaceAll("\\s+", "").contains("\"format\":\"qcow2\""), info);
		qemuImg.check(qcow2);
		qemuImg.assertIdentical(raw, qcow2);
		System.out.printf("qcow2: %d MiB%n", Files.size(qcow2) >> 20);
	}

	@Test
	@Order(0)
	void theReportListsTheInstalledPackagesWithVersions() {
		var packages = report.packages();
		assertTrue(packages.stream().anyMatch(p -> p.name().equals("busybox") && !p.version().isBlank()), packages.toString());
		assertTrue(packages.stream().anyMatch(p -> p.name().equals("linux-image-amd64")), packages.toString());
		assertTrue(packages.size() > 50, packages.size() + " packages");
	}

	/**
	 * Security-current: every package the security pocket of the machine's apt sources carries is in the image in
	 * that pocket's version (or a newer one from a point release), recorded as from trixie-security; the archive
	 * state next to the images names the three pockets.
	 */
	@Test
	@Order(0)
	void everyPackageTheSecurityPocketCarriesIsInItsPocketsVersion() throws Exception {
		URI security = AptSources.ofSystem().securityMirror("trixie");
		PackageIndex index = new DebianArchive(security, DebianArchive.Options.defaults()
				.withCacheRoot(Path.of(System.getProperty("kiln.test.cache")).resolve("debian"))).packages("trixie-security");
		int fromSecurity = 0;
		for (BuildReport.InstalledPackage installed : report.packages()) {
			Optional<BinaryPackage> fixed = index.find(installed.name()).filter(p -> p.architecture().equals(installed.architecture()));
			if (fixed.isEmpty()) {
				continue;
			}
			int order = DebianVersion.parse(installed.version()).compareTo(fixed.get().version());
			assertTrue(order >= 0, installed + " is older than trixie-security's " + fixed.get().version());
			if (order == 0) {
				assertEquals("trixie-security", installed.pocket(), installed.toString());
				fromSecurity++;
			}
		}
		assertTrue(fromSecurity > 0, "no package of the image is in trixie-security: " + report.packages());
		List<String> recorded = ArchiveStateFile.read(output, report.applianceId(), report.version()).stream().map(PocketState::suite).toList();
		assertEquals(List.of("trixie", "trixie-updates", "trixie-security"), recorded);
		System.out.println(fromSecurity + " packages of the image come from trixie-security");
	}

	/** The maintenance watch on the build just made from the real mirror: nothing is pending. */
	@Test
	@Order(0)
	void theAuditOfTheBuildFindsNothingPending() throws Exception {
		Path cache = Path.of(System.getProperty("kiln.test.cache")).resolve("debian");
		MaintenanceReport audit = new MaintenanceAudit(DebianArchive.Options.defaults().withCacheRoot(cache))
				.audit("hello-appliance 1.0.0", report.packages(), ArchivePockets.resolve("trixie", EnumSet.allOf(Pocket.Kind.class), null, null),
						Progress.NONE);

		assertEquals(List.of(), audit.updates(), audit.text());
		assertEquals(report.packages().size(), audit.packages());
		assertEquals(report.archiveState().stream().map(PocketState::suite).toList(), audit.pockets().stream().map(PocketState::suite).toList());
	}

	/**
	 * What virt-v2v's Linux conversion looks for (docs/images.md, "Disk layout and boot loaders"): GRUB's grub.cfg under
	 * /boot for the BIOS path (the disk has a BIOS boot partition) and under /boot/efi/EFI for the UEFI path,
	 * the ESP in fstab at /boot/efi, the kernel and initrd in /boot and the kernel's package in dpkg's
	 * database, update-initramfs and grub-mkconfig. Read from the raw disk with debugfs and mtools.
	 */
	@Test
	@Order(0)
	void theGuestHasWhatVirtV2vLooksForToConvertIt() throws Exception {
		Path raw = report.artifact(OutputFormat.RAW).file();
		String table = ExternalTool.command("sfdisk", "--dump", raw.toString()).output();
		assertTrue(table.contains("type=21686148-6449-6E6F-744E-656564454649"), "a BIOS boot partition:\n" + table);
		String root = raw + "?offset=" + partitionStart(table, 3) * 512;
		for (String executable : List.of("/usr/sbin/grub-mkconfig", "/usr/sbin/update-initramfs")) {
			assertTrue(debugfs(root, "stat " + executable).matches("(?s).*Type: regular\\s+Mode:\\s+0755.*"), executable);
		}
		String boot = debugfs(root, "ls /boot");
		String kernel = report.packages().stream().map(p -> p.name()).filter(n -> n.matches("linux-image-\\d.*")).findFirst()
				.orElseThrow(() -> new AssertionError("no versioned linux-image package in " + report.packages()));
		String version = kernel.substring("linux-image-".length());
		assertTrue(boot.contains("vmlinuz-" + version) && boot.contains("initrd.img-" + version), boot);
		assertTrue(debugfs(root, "cat /boot/grub/grub.cfg").contains("linux /boot/vmlinuz-" + version + " root=UUID="));
		assertTrue(debugfs(root, "cat /etc/default/grub").contains("GRUB_TERMINAL=\"serial console\""));
		String fstab = debugfs(root, "cat /etc/fstab");
		assertTrue(fstab.matches("(?s).*\nUUID=[0-9A-F]{4}-[0-9A-F]{4}\t/boot/efi\tvfat\t.*"), fstab);
		String stub = ExternalTool.command("mtype", "-i", raw + "@@" + partitionStart(table, 2) * 512, "::/EFI/debian/grub.cfg")
				.environment(Map.of("MTOOLS_SKIP_CHECK", "1")).output();
		assertTrue(stub.contains("configfile $prefix/grub.cfg"), stub);
	}

	private static long partitionStart(String sfdiskDump, int entry) {
		Matcher m = Pattern.compile("\\.raw" + entry + " : start=\\s*(\\d+),").matcher(sfdiskDump);
		assertTrue(m.find(), "no partition " + entry + " in\n" + sfdiskDump);
		return Long.parseLong(m.group(1));
	}

	/**
	 * The example's trimming (no {@code <trim>}: every category on) as the image holds it: what each category leaves out is
	 * absent, the drivers of every hypervisor, the copyright files and the signed boot loaders are there, and
	 * dpkg's filters stay in the image for packages installed later.
	 */
	@Test
	@Order(0)
	void theImageLeavesOutWhatTheManifestTrims() throws Exception {
		Path raw = report.artifact(OutputFormat.RAW).file();
		String table = ExternalTool.command("sfdisk", "--dump", raw.toString()).output();
		String root = raw + "?offset=" + partitionStart(table, 3) * 512;
		String version = report.packages().stream().map(p -> p.name()).filter(n -> n.matches("linux-image-\\d.*")).findFirst()
				.orElseThrow().substring("linux-image-".length());
		String kernel = "/usr/lib/modules/" + version + "/kernel/";
		// files, not folders: dpkg's filters leave the package's folders, empty
		for (String absent : List.of(kernel + "drivers/net/ethernet/realtek/r8169.ko.xz", kernel + "drivers/block/floppy.ko.xz",
				kernel + "arch/x86/kvm/kvm.ko.xz", kernel + "drivers/input/misc/pcspkr.ko.xz",
				"/usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb", "/usr/share/man/man1/dpkg.1.gz",
				"/usr/share/locale/de/LC_MESSAGES/dpkg.mo", "/usr/lib/x86_64-linux-gnu/gconv/BIG5.so", "/var/cache/apt/pkgcache.bin",
				"/usr/lib/grub/x86_64-efi-signed/gcdx64.efi.signed", "/usr/share/grub/unicode.pf2")) {
			assertTrue(debugfs(root, "stat " + absent).isBlank(), "trimmed: " + absent);
		}
		for (String present : List.of(kernel + "drivers/block/virtio_blk.ko.xz", kernel + "drivers/net/vmxnet3/vmxnet3.ko.xz",
				kernel + "drivers/scsi/vmw_pvscsi.ko.xz", kernel + "drivers/hv/hv_vmbus.ko.xz", kernel + "drivers/block/xen-blkfront.ko.xz",
				kernel + "fs/isofs/isofs.ko.xz", "/usr/share/doc/dpkg/copyright", "/usr/lib/x86_64-linux-gnu/gconv/ISO8859-15.so",
				"/usr/lib/udev/hwdb.bin", "/usr/lib/grub/x86_64-efi-signed/grubx64.efi.signed", "/usr/lib/shim/shimx64.efi.signed")) {
			assertTrue(debugfs(root, "stat " + present).contains("Inode:"), "kept: " + present);
		}
		// the SSH server's host keys of the build are not shipped: each deployment makes its own
		Path variantRaw = variant.artifact(OutputFormat.RAW).file();
		String variantRoot = variantRaw + "?offset=" + partitionStart(ExternalTool.command("sfdisk", "--dump", variantRaw.toString()).output(), 3) * 512;
		assertTrue(debugfs(variantRoot, "stat /usr/sbin/sshd").contains("Inode:"), "the variant has an SSH server");
		assertTrue(debugfs(variantRoot, "ls /etc/ssh").contains("sshd_config"));
		assertFalse(debugfs(variantRoot, "ls /etc/ssh").contains("ssh_host_"), debugfs(variantRoot, "ls /etc/ssh"));
		String filters = debugfs(root, "cat /etc/dpkg/dpkg.cfg.d/99mmdebstrap");
		assertTrue(filters.contains("# Kiln <trim kernelModules>") && filters.contains("path-include=/usr/lib/modules/*/kernel/drivers/virtio/*"),
				filters);
	}

	private static String debugfs(String fileSystem, String request) {
		return ExternalTool.command("debugfs", "-R", request, fileSystem).output();
	}

	/**
	 * The qcow2 disk under SeaBIOS, from the disk's own boot loader. qemu-img finds the raw, qcow2, VHD and VMDK
	 * disks identical, so each firmware boots one container format: qcow2 under SeaBIOS here, the VHD under
	 * OVMF with Secure Boot, the OVA's VMDK under OVMF without it, and virt-v2v's conversion under SeaBIOS
	 * (boots are what CI time goes to; one boot checks several things).
	 */
	@Test
	@Order(1)
	void theQcow2DiskBootsUnderSeaBiosAndTheServiceAnswersHttp() throws Exception {
		bootAndCheck(report.artifact(OutputFormat.QCOW2).file(), "qcow2", QemuBoot.Firmware.SEABIOS);
	}

	/**
	 * UEFI Secure Boot enforced with Microsoft's keys enrolled, as on Azure and Hyper-V Generation 2 with their
	 * Microsoft UEFI CA template: OVMF starts shim (signed by Microsoft), shim Debian's signed GRUB, GRUB Debian's
	 * signed kernel; the kernel says it locks itself down. The disk is the fixed VHD (the same disk as the raw
	 * file, above). The ESP is mounted at /boot/efi, and the power button shuts the appliance down cleanly.
	 */
	@Test
	@Order(2)
	void theVhdBootsWithSecureBootEnforcedAndTakesItsNoCloudSeed() throws Exception {
		// the customer's settings, as a NoCloud seed (what Proxmox's cloud-init drive and cloud-localds make)
		Path seedFolder = Files.createDirectories(output.resolve("seed"));
		Path userData = Files.writeString(seedFolder.resolve("user-data"), "#cloud-config\nhostname: cloudy\n"
				+ "ssh_authorized_keys:\n  - " + CUSTOMER_KEY + "\nkiln:\n  properties:\n    greeting: Hello from NoCloud\n");
		Path metaData = Files.writeString(seedFolder.resolve("meta-data"), "instance-id: kiln-test-1\nlocal-hostname: cloudy\n");
		Path seed = seedFolder.resolve("seed.iso");
		ExternalTool.command("cloud-localds", seed.toString(), userData.toString(), metaData.toString()).output();
		try (QemuBoot vm = QemuBoot.start(variant.artifact(OutputFormat.VHD).file(), "vpc", QemuBoot.Firmware.OVMF_SECURE_BOOT, 8080,
				logs, "hello-vhd-OVMF_SECURE_BOOT-nocloud", seed)) {
			double seconds = vm.awaitSerial(READY, BOOT_LIMIT);
			System.out.printf("vhd/OVMF_SECURE_BOOT: ready marker after %.1f s%n", seconds);
			String serial = vm.serial();
			// a notice: the console shows it at loglevel=6
			assertTrue(serial.contains("Kernel is locked down from EFI Secure Boot"), "no lockdown; serial log " + vm.log());
			// the ESP (nofail: nothing waits for it) is mounted beside the services, often after the serial getty
			// started, which silences systemd's status lines; they are shown again when the power button stops the
			// getty, and the ESP's unmount among them shows it was mounted. The button is pressed once the login
			// prompt is there and the ESP's fsck and mount (a few seconds) had time to run
			// cloud-init named the machine, put the key where sshd looks (it prints its fingerprint), and the first-boot
			// hook passed the property to the vendor's script; the manifest's default was overridden
			vm.awaitSerial("cloudy login:", BOOT_LIMIT);
			vm.awaitSerial("KILN-GREETING Hello from NoCloud", BOOT_LIMIT);
			vm.awaitSerial(sha256Fingerprint(CUSTOMER_KEY), BOOT_LIMIT);
			assertTrue(vm.serial().contains("Authorized keys from /home/debian/.ssh/authorized_keys for user debian"), "serial log " + vm.log());
			assertFalse(vm.serial().contains("Failed to start cloud-init"), "every stage of cloud-init succeeds; serial log " + vm.log());
			assertFalse(vm.serial().contains("Failed to start systemd-binfmt"), "the trim keeps binfmt_misc; serial log " + vm.log());
			// the image has no host keys (theImageLeavesOutWhatTheManifestTrims): cloud-init made this deployment's own
			vm.awaitSerial("-----BEGIN SSH HOST KEY FINGERPRINTS-----", BOOT_LIMIT);
			Thread.sleep(SETTLE.toMillis());
			vm.powerDownUntil("Unmounting boot-efi.mount - /boot/efi...", 6, Duration.ofSeconds(15));
			vm.awaitSerial("Unmounted boot-efi.mount - /boot/efi.", SHUTDOWN_LIMIT);
			assertEquals(0, vm.awaitExit(SHUTDOWN_LIMIT), "qemu's exit value after the guest powered off");
		}
	}

	@Test
	@Order(5)
	void theOvaVerifiesAndDescribesTheAppliance() throws Exception {
		Path ova = report.artifact(OutputFormat.OVA).file();
		try (OvaReader reader = OvaReader.open(ova)) {
			new OvaVerifier().verify(reader, Progress.NONE).requireValid();
			assertEquals(List.of("hello-appliance-1.0.0.ovf", "hello-appliance-1.0.0.mf", "hello-appliance-1.0.0.vmdk"),
					reader.members().stream().map(OvaReader.Member::name).toList());
			assertEquals(OvfVersion.OVF_1_0, reader.descriptor().version(), "the default dialect, the one virt-v2v and Proxmox read");
			OvfEnvelope.VirtualSystem system = reader.descriptor().virtualSystem();
			assertEquals("Hello Appliance", system.product().product());
			assertEquals("Kiln Examples", system.product().vendor());
			assertEquals("1.0.0", system.product().version());
			assertEquals(List.of("Licensed under the Apache License, Version 2.0."), system.eulas());
			assertEquals("A tiny HTTP service that answers on port 8080.", system.info());
			assertEquals(new OvfEnvelope.OperatingSystem(96, "debian13_64Guest", "Debian GNU/Linux (trixie, 64-bit)"), system.os());
			assertEquals(1, system.hardware().cpus());
			assertEquals(512L << 20, system.hardware().memoryBytes());
			assertEquals("bios", system.hardware().firmware(), "a hybrid disk is described as BIOS");
			assertEquals(2048L << 20, reader.descriptor().disks().get(0).capacity());
			assertEquals("lsilogic", system.hardware().items(6).get(0).get("ResourceSubType"));
		}
	}

	@Test
	@Order(6)
	void theVmdkInsideTheOvaIsTheRawDisk() throws Exception {
		Path vmdk = vmdkFromOva();
		QemuImg qemuImg = QemuImg.find();
		String info = qemuImg.info(vmdk);
		assertTrue(info.replaceAll("\\s+", "").contains("\"create-type\":\"streamOptimized\""), info);
		qemuImg.assertChecks(vmdk);
		qemuImg.assertIdentical(report.artifact(OutputFormat.RAW).file(), vmdk);
	}

	@Test
	@Order(7)
	void theVmdkFromTheOvaBootsUnderOvmfAndServesHttp() throws Exception {
		bootAndCheck(vmdkFromOva(), "vmdk", QemuBoot.Firmware.OVMF);
	}

	/**
	 * The OVA as oVirt, OpenStack and OpenShift's migration toolkit import it: Debian's virt-v2v converts it
	 * to a local qcow2 (its Linux conversion finds GRUB, rebuilds the initramfs with virtio drivers), and
	 * the converted guest boots to the ready marker. virt-v2v's libguestfs appliance runs under TCG here
	 * ({@code force_tcg}: /dev/kvm may exist without working).
	 */
	@Test
	@Order(9)
	void virtV2vConvertsTheOvaAndTheConvertedGuestBoots() throws Exception {
		Path converted = Files.createDirectories(output.resolve("virt-v2v"));
		ExternalTool.Result result = ExternalTool.command("virt-v2v", "-i", "ova", report.artifact(OutputFormat.OVA).file().toString(), "-o",
				"local", "-os", converted.toString(), "-of", "qcow2")
				.environment(Map.of("LIBGUESTFS_BACKEND", "direct", "LIBGUESTFS_BACKEND_SETTINGS", "force_tcg"))
				.limit(Duration.ofMinutes(12)).run();
		Files.writeString(Files.createDirectories(logs).resolve("virt-v2v.log"), result.toString());
		assertEquals(0, result.exitCode(), result.toString());
		Path disk;
		try (var files = Files.list(converted)) {
			// virt-v2v names the disk after the OVF's Name, plus -sda
			disk = files.filter(f -> f.getFileName().toString().endsWith("-sda")).findFirst()
					.orElseThrow(() -> new AssertionError("no converted disk in " + converted + ": " + result));
		}
		QemuImg.find().assertChecks(disk);
		try (QemuBoot vm = QemuBoot.start(disk, "qcow2", QemuBoot.Firmware.SEABIOS, 8080, logs, "hello-virt-v2v")) {
			double seconds = vm.awaitSerial(READY, BOOT_LIMIT);
			System.out.printf("virt-v2v conversion %s, converted guest ready after %.1f s%n", result.exitCode() == 0 ? "ok" : "failed", seconds);
		}
	}

	/**
	 * The variant's OVA has {@code ovfVersion="2.0"}: it verifies, says OVF 2.0, and carries the variant's disk, which
	 * booted above as the VHD (the dialect is the descriptor's only; booting the same disk again would only cost CI
	 * time).
	 */
	@Test
	@Order(10)
	void anOvf20BuildVerifiesAndCarriesTheDiskThatBooted() throws Exception {
		BuildReport ovf2 = variant;
		Path folder = output.resolve("ovf2-extracted");
		try (OvaReader reader = OvaReader.open(ovf2.artifact(OutputFormat.OVA).file())) {
			new OvaVerifier().verify(reader, Progress.NONE).requireValid();
			assertEquals(OvfVersion.OVF_2_0, reader.descriptor().version());
			reader.extract(folder, Progress.NONE);
		}
		QemuImg.find().assertIdentical(variant.artifact(OutputFormat.RAW).file(), folder.resolve("hello-appliance-1.0.0.vmdk"));
	}

	/** The system disk, extracted once from the OVA by Kiln's reader. */
	private static synchronized Path vmdkFromOva() throws Exception {
		if (extracted == null) {
			Path folder = output.resolve("extracted-ova");
			try (OvaReader reader = OvaReader.open(report.artifact(OutputFormat.OVA).file())) {
				reader.extract(folder, Progress.NONE);
			}
			extracted = folder.resolve("hello-appliance-1.0.0.vmdk");
		}
		return extracted;
	}

	private static void bootAndCheck(Path disk, String format, QemuBoot.Firmware firmware) throws Exception {
		try (QemuBoot vm = QemuBoot.start(disk, format, firmware, 8080, logs, "hello-" + format + "-" + firmware)) {
			double seconds = vm.awaitSerial(READY, BOOT_LIMIT);
			System.out.printf("%s/%s: ready marker after %.1f s%n", format, firmware, seconds);
			assertFalse(vm.serial().contains("Failed to start systemd-binfmt"), "the trim keeps binfmt_misc; serial log " + vm.log());
			HttpResponse<String> response = vm.get("/", Duration.ofSeconds(60));
			assertEquals(200, response.statusCode());
			assertTrue(response.body().contains("Hello from a Kiln appliance"), response.body());
		}
	}

	/** The fingerprint cloud-init shows for an authorized key: the SHA-256 of the key's blob, in hex pairs and colons. */
	static String sha256Fingerprint(String publicKey) throws Exception {
		byte[] digest = MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(publicKey.split(" ")[1]));
		return HexFormat.ofDelimiter(":").formatHex(digest);
	}
}
