package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.ImageBuildException;

/** The application layer over a small stand-in base system. */
class ApplicationLayerTest {

	private static final UUID ROOT = UUID.fromString("0f0e0d0c-0b0a-0908-0706-050403020100");
	private static final long EPOCH = 1_704_067_200L;
	private static final GrubConfig BOOT = new GrubConfig(ROOT, GrubConfig.fatSerial(0x1234abcd), "6.1.0-test", "Hello 1.0.0");

	@TempDir
	Path folder;
	private BaseLayerIndex base;
	private Path project;

	@BeforeEach
	void standInBase() throws Exception {
		LayerTar tar = new LayerTar(EPOCH);
		tar.directory("/etc", 0, 0, 0755);
		tar.file("/etc/passwd", 0, 0, 0644, "root:x:0:0:root:/root:/bin/bash\n");
		tar.file("/etc/group", 0, 0, 0644, "root:x:0:\nshadow:x:42:\n");
		tar.file("/etc/shadow", 0, 42, 0640, "root:*:19000:0:99999:7:::\n");
		tar.file("/etc/gshadow", 0, 42, 0640, "root:*::\n");
		tar.directory("/etc/systemd/system/multi-user.target.wants", 0, 0, 0755);
		tar.symlink("/etc/systemd/system/multi-user.target.wants/old.service", "/usr/lib/systemd/system/old.service");
		tar.file("/usr/lib/systemd/system/old.service", 0, 0, 0644, "[Service]\nExecStart=/bin/true\n[Install]\nWantedBy=multi-user.target\n");
		tar.file("/usr/lib/systemd/system/systemd-networkd.service", 0, 0, 0644,
				"[Service]\nExecStart=/lib/systemd/systemd-networkd\n[Install]\nWantedBy=multi-user.target\nAlso=systemd-networkd.socket\n");
		tar.file("/usr/lib/systemd/system/systemd-networkd.socket", 0, 0, 0644, "[Socket]\n[Install]\nWantedBy=sockets.target\n");
		tar.directory("/srv", 0, 0, 0755);
		tar.file("/boot/vmlinuz-6.1.0-test", 0, 0, 0644, "kernel");
		tar.file("/boot/initrd.img-6.1.0-test", 0, 0, 0644, "initrd");
		tar.file("/usr/lib/shim/shimx64.efi.signed", 0, 0, 0644, "shim");
		Path baseTar = folder.resolve("base.tar");
		tar.write(baseTar);
		base = BaseLayerIndex.read(baseTar, Files.createDirectories(folder.resolve("boot")));

		project = Files.createDirectories(folder.resolve("project"));
		Files.createDirectories(project.resolve("app/www/css"));
		Files.writeString(project.resolve("app/www/index.html"), "<h1>hi</h1>");
		Files.writeString(project.resolve("app/www/css/site.css"), "h1{}");
		Files.writeString(project.resolve("app/hello.service"), "[Service]\nExecStart=/bin/hello\n[Install]\nWantedBy=multi-user.target\n");
	}

	private BuildRecipe recipe(List<BuildRecipe.FileEntry> files, List<BuildRecipe.Service> services) {
		BuildRecipe.Application app = new BuildRecipe.Application(List.of(new BuildRecipe.Group("hello", 0, true)),
				List.of(new BuildRecipe.User("hello", 0, "hello", List.of(), null, null, true)), files, services, null,
				BuildRecipe.Network.DHCP);
		return new BuildRecipe("hello", "1.0.0", "hello", new BuildRecipe.BaseSystem("trixie", "amd64", new TreeSet<>(), null,
				BuildRecipe.Trim.ALL, false), app, new BuildRecipe.Hardware(1, 512, 2048, BuildRecipe.Firmware.HYBRID), Map.of(), Set.of(), EPOCH);
	}

	private Map<String, TarArchiveEntry> entries(Path tar, Map<String, String> texts) throws IOException {
		Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
		try (InputStream in = Files.newInputStream(tar); TarArchiveInputStream tarIn = new TarArchiveInputStream(in)) {
			for (TarArchiveEntry e; (e = tarIn.getNextEntry()) != null;) {
				String path = BaseLayerIndex.normalize(e.getName());
				entries.put(path, e);
				if (e.isFile()) {
					texts.put(path, new String(tarIn.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return entries;
	}

	@Test
	void filesServicesAccountsAndNetworkEndUpInTheLayer() throws Exception {
		BuildRecipe recipe = recipe(List.of(new BuildRecipe.FileEntry(project.resolve("app/www"), "/srv/hello", "hello", "hello", 0750, true)),
				List.of(new BuildRecipe.Service("hello.service", project.resolve("app/hello.service"), true)));
		ApplicationLayer.Result result = ApplicationLayer.write(recipe, base, BOOT, folder.resolve("app.tar"));
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, TarArchiveEntry> entries = entries(result.tar(), texts);

		assertTrue(texts.get("/etc/passwd").contains("hello:x:100:100::/nonexistent:/usr/sbin/nologin"), texts.get("/etc/passwd"));
		TarArchiveEntry css = entries.get("/srv/hello/css/site.css");
		assertEquals(100, css.getLongUserId());
		assertEquals(0640, css.getMode() & 07777, "files lose the execute bits of a directory mode");
		assertEquals(0750, entries.get("/srv/hello/css").getMode() & 07777);
		assertEquals("/etc/systemd/system/hello.service",
				entries.get("/etc/systemd/system/multi-user.target.wants/hello.service").getLinkName());
		assertEquals("/usr/lib/systemd/system/systemd-networkd.socket",
				entries.get("/etc/systemd/system/sockets.target.wants/systemd-networkd.socket").getLinkName(), "Also= is followed");
		assertTrue(texts.get("/etc/fstab").contains("UUID=" + ROOT + "\t/\text4"), texts.get("/etc/fstab"));
		assertTrue(texts.get("/etc/systemd/network/20-kiln.network").contains("DHCP=yes"));
		assertEquals(List.of(), result.deletions());
		assertTrue(!entries.containsKey("/srv"), "a directory of the base is not overwritten");
	}

	@Test
	void theLayerIsTheSameBytesEveryTime() throws Exception {
		BuildRecipe recipe = recipe(List.of(new BuildRecipe.FileEntry(project.resolve("app/www"), "/srv/hello", "root", "root", 0755, true)),
				List.of());
		ApplicationLayer.write(recipe, base, BOOT, folder.resolve("one.tar"));
		ApplicationLayer.write(recipe, base, BOOT, folder.resolve("two.tar"));
		assertEquals(-1L, Files.mismatch(folder.resolve("one.tar"), folder.resolve("two.tar")));
	}

	@Test
	void disablingAPackagedServiceDeletesItsLinks() throws Exception {
		BuildRecipe recipe = recipe(List.of(), List.of(new BuildRecipe.Service("old.service", null, false)));
		ApplicationLayer.Result result = ApplicationLayer.write(recipe, base, BOOT, folder.resolve("app.tar"));
		assertEquals(List.of("/etc/systemd/system/multi-user.target.wants/old.service"), result.deletions());
	}

	@Test
	void aServiceWithoutUnitFileAnywhereIsAnErrorNamingIt() {
		BuildRecipe recipe = recipe(List.of(), List.of(new BuildRecipe.Service("ghost.service", null, true)));
		ImageBuildException e = assertThrows(ImageBuildException.class,
				() -> ApplicationLayer.write(recipe, base, BOOT, folder.resolve("app.tar")));
		assertTrue(e.getMessage().contains("ghost.service"), e.getMessage());
	}

	@Test
	void theKernelVersionAndTheBootLoadersFilesAreTakenFromTheBase() throws Exception {
		assertEquals("6.1.0-test", base.kernelVersion());
		assertEquals("shim", Files.readString(base.bootFile(BaseLayerIndex.BootFile.SHIM)));
		ImageBuildException missing = assertThrows(ImageBuildException.class, () -> base.bootFile(BaseLayerIndex.BootFile.SIGNED_GRUB));
		assertTrue(missing.getMessage().contains("/usr/lib/grub/x86_64-efi-signed/grubx64.efi.signed")
				&& missing.getMessage().contains("grub-efi-amd64-signed"), missing.getMessage());
	}

	@Test
	void theEspIsMountedAtBootEfiByItsVolumeSerialBesideTheServices() throws Exception {
		ApplicationLayer.Result result = ApplicationLayer.write(recipe(List.of(), List.of()), base, BOOT, folder.resolve("app.tar"));
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, TarArchiveEntry> entries = entries(result.tar(), texts);
		assertEquals("# written by Kiln\nUUID=" + ROOT + "\t/\text4\terrors=remount-ro\t0\t1\nUUID=1234-ABCD\t/boot/efi\tvfat\tumask=0077,nofail\t0\t1\n",
				texts.get("/etc/fstab"));
		assertTrue(entries.get("/boot/efi").isDirectory());
	}

	@Test
	void aDiskWithoutEspHasNoEspInFstab() throws Exception {
		GrubConfig biosOnly = new GrubConfig(ROOT, null, "6.1.0-test", "Hello 1.0.0");
		ApplicationLayer.Result result = ApplicationLayer.write(recipe(List.of(), List.of()), base, biosOnly, folder.resolve("app.tar"));
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, TarArchiveEntry> entries = entries(result.tar(), texts);
		assertTrue(!texts.get("/etc/fstab").contains("/boot/efi"), texts.get("/etc/fstab"));
		assertTrue(!entries.containsKey("/boot/efi"));
	}

	@Test
	void grubsHiddenMenuBootsTheBasesKernelAtOnceFromTheRootUuid() throws Exception {
		ApplicationLayer.Result result = ApplicationLayer.write(recipe(List.of(), List.of()), base, BOOT, folder.resolve("app.tar"));
		Map<String, String> texts = new LinkedHashMap<>();
		entries(result.tar(), texts);
		String menu = texts.get("/boot/grub/grub.cfg");
		assertTrue(menu.contains("set timeout_style=hidden\nset timeout=0\n"), menu);
		assertTrue(menu.contains("terminal_output serial console\n"), menu);
		assertTrue(menu.contains("menuentry 'Hello 1.0.0' --id kiln {\n"), menu);
		assertTrue(menu.contains("\tlinux /boot/vmlinuz-6.1.0-test root=UUID=" + ROOT
				+ " rw console=tty0 console=ttyS0,115200 panic=10 no_timer_check loglevel=6\n"), menu);
		assertTrue(menu.contains("\tinitrd /boot/initrd.img-6.1.0-test\n"), menu);
		String defaults = texts.get("/etc/default/grub");
		assertTrue(defaults.contains("GRUB_CMDLINE_LINUX=\"rw console=tty0 console=ttyS0,115200 panic=10 no_timer_check loglevel=6\"\n"), defaults);
		assertTrue(defaults.contains("GRUB_TIMEOUT_STYLE=hidden\nGRUB_TIMEOUT=0\n"), defaults);
	}

	@Test
	void theServicesWaitingForTheNetworkWaitForOneLinkOnly() throws Exception {
		ApplicationLayer.Result result = ApplicationLayer.write(recipe(List.of(), List.of()), base, BOOT, folder.resolve("app.tar"));
		Map<String, String> texts = new LinkedHashMap<>();
		entries(result.tar(), texts);
		String dropIn = texts.get("/etc/systemd/system/systemd-networkd-wait-online.service.d/kiln.conf");
		assertTrue(dropIn.contains("[Service]\nExecStart=\nExecStart=/usr/lib/systemd/systemd-networkd-wait-online --any\n"), dropIn);
	}

	@Test
	void cloudTargetsGetCloudInitsDataSourcesAndTheFirstBootWaitsForItsConfiguration() throws Exception {
		Files.writeString(project.resolve("first-boot.sh"), "#!/bin/sh\necho configured\n");
		BuildRecipe.Application app = new BuildRecipe.Application(List.of(), List.of(), List.of(), List.of(), project.resolve("first-boot.sh"),
				BuildRecipe.Network.DHCP, List.of("Azure", "NoCloud", "ConfigDrive"));
		BuildRecipe recipe = new BuildRecipe("hello", "1.0.0", "hello", new BuildRecipe.BaseSystem("trixie", "amd64", new TreeSet<>(), null,
				BuildRecipe.Trim.ALL, false), app, new BuildRecipe.Hardware(1, 512, 2048, BuildRecipe.Firmware.HYBRID), Map.of(), Set.of(), EPOCH);

		ApplicationLayer.Result result = ApplicationLayer.write(recipe, base, BOOT, folder.resolve("app.tar"));

		Map<String, String> texts = new LinkedHashMap<>();
		entries(result.tar(), texts);
		String config = texts.get("/etc/cloud/cloud.cfg.d/90-kiln.cfg");
		assertTrue(config.contains("\ndatasource_list: [ Azure, NoCloud, ConfigDrive ]\n"), config);
		assertTrue(config.contains("\nssh_pwauth: false\n") && config.contains("\nnetwork:\n  config: disabled\n")
				&& config.contains("\nresize_rootfs: false\n"), config);
		String unit = texts.get("/etc/systemd/system/kiln-firstboot.service");
		assertTrue(unit.contains("\nAfter=network-online.target cloud-config.service\n"), unit);
	}

	@Test
	void withoutCloudTargetsThereIsNoCloudInitConfiguration() throws Exception {
		ApplicationLayer.Result result = ApplicationLayer.write(recipe(List.of(), List.of()), base, BOOT, folder.resolve("app.tar"));

		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, TarArchiveEntry> entries = entries(result.tar(), texts);
		assertTrue(entries.keySet().stream().noneMatch(path -> path.startsWith("/etc/cloud")), entries.keySet().toString());
	}

	@Test
	void theBuildsSshHostKeysAreLeftOutAndTheFirstBootMakesTheAppliancesOwn() throws Exception {
		LayerTar tar = new LayerTar(EPOCH);
		tar.directory("/etc", 0, 0, 0755);
		tar.file("/etc/passwd", 0, 0, 0644, "root:x:0:0:root:/root:/bin/bash\n");
		tar.file("/etc/group", 0, 0, 0644, "root:x:0:\n");
		tar.file("/etc/shadow", 0, 0, 0640, "root:*:19000:0:99999:7:::\n");
		tar.file("/etc/gshadow", 0, 0, 0640, "root:*::\n");
		tar.directory("/etc/systemd/system", 0, 0, 0755);
		tar.file("/usr/sbin/sshd", 0, 0, 0755, "sshd");
		tar.file("/etc/ssh/sshd_config", 0, 0, 0644, "Include /etc/ssh/sshd_config.d/*.conf\n");
		tar.file("/etc/ssh/ssh_host_ed25519_key", 0, 0, 0600, "-----BEGIN OPENSSH PRIVATE KEY-----\n");
		tar.file("/etc/ssh/ssh_host_ed25519_key.pub", 0, 0, 0644, "ssh-ed25519 AAAA root@build\n");
		tar.file("/etc/ssh/ssh_host_rsa_key", 0, 0, 0600, "-----BEGIN OPENSSH PRIVATE KEY-----\n");
		tar.file("/boot/vmlinuz-6.1.0-test", 0, 0, 0644, "kernel");
		tar.file("/boot/initrd.img-6.1.0-test", 0, 0, 0644, "initrd");
		tar.write(folder.resolve("ssh-base.tar"));
		BaseLayerIndex withSsh = BaseLayerIndex.read(folder.resolve("ssh-base.tar"), Files.createDirectories(folder.resolve("ssh-boot")));

		ApplicationLayer.Result result = ApplicationLayer.write(recipe(List.of(), List.of()), withSsh, BOOT, folder.resolve("app.tar"));

		assertTrue(result.deletions().containsAll(List.of("/etc/ssh/ssh_host_ed25519_key", "/etc/ssh/ssh_host_ed25519_key.pub",
				"/etc/ssh/ssh_host_rsa_key")), result.deletions().toString());
		assertTrue(result.deletions().stream().noneMatch(path -> path.equals("/etc/ssh/sshd_config")));
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, TarArchiveEntry> entries = entries(result.tar(), texts);
		String unit = texts.get("/etc/systemd/system/kiln-ssh-host-keys.service");
		assertTrue(unit.contains("\nBefore=ssh.service ssh.socket\n") && unit.contains("\nExecStart=/usr/bin/ssh-keygen -A\n"), unit);
		assertEquals("/etc/systemd/system/kiln-ssh-host-keys.service",
				entries.get("/etc/systemd/system/ssh.service.wants/kiln-ssh-host-keys.service").getLinkName());

		ApplicationLayer.Result withoutSsh = ApplicationLayer.write(recipe(List.of(), List.of()), base, BOOT, folder.resolve("plain.tar"));
		assertTrue(entries(withoutSsh.tar(), new LinkedHashMap<>()).keySet().stream().noneMatch(path -> path.contains("ssh")));
	}

	/**
	 * With updates: RAUC's two slots by partition label and GRUB's environment on the ESP, the vendor's certificate as the
	 * only trust, the data partition in fstab, kept paths with Kiln's own state first, the ready check enabled, the timer
	 * only with a check; and no layer at all without the vendor's certificate.
	 */
	@Test
	void updatesConfigureRaucTheDataPartitionTheReadyCheckAndKiln() throws Exception {
		BuildRecipe plain = recipe(List.of(), List.of(new BuildRecipe.Service("hello.service", project.resolve("app/hello.service"), true)));
		BuildRecipe.Updates updates = new BuildRecipe.Updates(List.of("/var/lib/hello", "/etc/hello"), List.of("stable", "beta"),
				java.net.URI.create("https://downloads.example.com/hello/"), "daily", true, "02:00-04:00", null,
				java.net.URI.create("http://127.0.0.1:8080/"), 120, 256);
		BuildRecipe recipe = new BuildRecipe(plain.id(), plain.version(), plain.hostname(), plain.product(), plain.os(), plain.application(),
				plain.hardware(), plain.properties(), plain.outputs(), plain.ovfVersion(), plain.sourceDateEpoch(), updates);
		GrubConfig boot = new GrubConfig(ROOT, GrubConfig.fatSerial(0x1234abcd), "6.1.0-test", "Hello 1.0.0", true);
		String pem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
		Map<String, String> texts = new LinkedHashMap<>();
		Map<String, TarArchiveEntry> entries = entries(ApplicationLayer.write(recipe, base, boot, pem, folder.resolve("updates.tar")).tar(), texts);

		String rauc = texts.get("/etc/rauc/system.conf");
		assertTrue(rauc.contains("compatible=hello\nbootloader=grub\ngrubenv=/boot/efi/grub/grubenv\n"), rauc);
		assertTrue(rauc.contains("[keyring]\npath=/etc/kiln/vendor.pem"), rauc);
		assertTrue(rauc.contains("device=/dev/disk/by-partlabel/rootfs-a\ntype=ext4\nbootname=A"), rauc);
		assertTrue(rauc.contains("device=/dev/disk/by-partlabel/rootfs-b\ntype=ext4\nbootname=B"), rauc);
		assertEquals(pem, texts.get("/etc/kiln/vendor.pem"));
		assertTrue(texts.get("/etc/fstab").contains("PARTLABEL=data\t/data\text4\tdefaults,x-systemd.growfs\t0\t2\n"), texts.get("/etc/fstab"));
		String settings = texts.get("/etc/kiln/update.conf");
		assertTrue(settings.contains("KILN_KEEP='/var/lib/kiln /var/lib/hello /etc/hello'"), settings);
		assertTrue(settings.contains("KILN_UPDATE_CHANNELS='stable beta'") && settings.contains("KILN_UPDATE_AUTOMATIC=yes"), settings);
		assertTrue(settings.contains("KILN_READY_SERVICES='hello.service'") && settings.contains("KILN_READY_TIMEOUT=120"), settings);
		assertEquals(0755, entries.get("/usr/bin/kiln-update").getMode() & 0777);
		for (String link : List.of("/etc/systemd/system/local-fs.target.wants/kiln-keep.service",
				"/etc/systemd/system/multi-user.target.wants/kiln-ready.service", "/etc/systemd/system/timers.target.wants/kiln-update.timer")) {
			assertTrue(entries.containsKey(link), link);
		}
		assertTrue(texts.get("/etc/systemd/system/kiln-update.timer").contains("OnCalendar=daily"));
		assertTrue(texts.get("/boot/grub/grub.cfg").contains("configfile ($root)/grub/grub.cfg"), "the root's menu hands over to the ESP's");

		ImageBuildException noTrust = assertThrows(ImageBuildException.class,
				() -> ApplicationLayer.write(recipe, base, boot, null, folder.resolve("untrusted.tar")));
		assertTrue(noTrust.getMessage().contains("signing identity"), noTrust.getMessage());
	}

	/** The slot menu: the environment from the ESP, three boot attempts per slot, the slots by partition label. */
	@Test
	void theSlotMenuCountsBootAttemptsAndBootsTheSlotByItsLabel() {
		GrubConfig boot = new GrubConfig(ROOT, GrubConfig.fatSerial(0x1234abcd), "6.1.0-test", "Hello 1.0.0", true);
		String menu = boot.abMenu();
		assertTrue(menu.contains("load_env --file ($root)/grub/grubenv ORDER A_OK B_OK A_TRY B_TRY"), menu);
		assertTrue(menu.contains("save_env --file ($root)/grub/grubenv A_TRY B_TRY"), menu);
		assertTrue(menu.contains("elif [ \"$try\" = 2 ]; then next=3") && !menu.contains("= 3 ]"), menu);
		assertTrue(menu.contains("linux /vmlinuz root=PARTLABEL=rootfs-b " + GrubConfig.KERNEL_OPTIONS + " rauc.slot=B"), menu);
		assertTrue(menu.contains("set root=\"$kiln_disk,gpt3\""), menu);
		assertTrue(boot.coreEarlyConfig().startsWith("search.fs_uuid 1234-ABCD root"), boot.coreEarlyConfig());
		byte[] environment = GrubConfig.initialEnvironment();
		assertEquals(1024, environment.length);
		assertTrue(new String(environment, StandardCharsets.US_ASCII).startsWith("# GRUB Environment Block\nORDER=A B\nA_OK=1\nA_TRY=0\nB_OK=0\n"));
	}
}
