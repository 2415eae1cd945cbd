package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.kiln.image.BuildRecipe.Trim;
import dev.kiln.testsupport.ExternalTool;

/**
 * What each {@code <trim>} category leaves out, checked with dpkg itself: a package holding files of every
 * category is installed into an empty root with the filters Kiln writes, and the files a category trims are
 * gone only when that category is on.
 */
class BaseTrimTest {

	private static final String KERNEL = "/usr/lib/modules/6.12.0-test-amd64/kernel/";

	/** Per category: the files it leaves out, then the files of the same places it keeps. */
	private static final Map<String, List<List<String>>> FILES = Map.of( //
			"documentation", List.of(List.of("/usr/share/doc/tool/README", "/usr/share/man/man1/tool.1.gz", "/usr/share/info/tool.info.gz"),
					List.of("/usr/share/doc/tool/copyright")),
			"locales", List.of(List.of("/usr/share/locale/de/LC_MESSAGES/tool.mo"), List.of("/usr/share/locale/locale.alias")),
			"characterSets", List.of(List.of("/usr/lib/x86_64-linux-gnu/gconv/BIG5.so", "/usr/lib/x86_64-linux-gnu/gconv/IBM1390.so"),
					List.of("/usr/lib/x86_64-linux-gnu/gconv/ISO8859-15.so", "/usr/lib/x86_64-linux-gnu/gconv/CP1252.so",
							"/usr/lib/x86_64-linux-gnu/gconv/UTF-7.so", "/usr/lib/x86_64-linux-gnu/gconv/gconv-modules")),
			"hardwareDatabase", List.of(List.of("/usr/lib/udev/hwdb.d/20-OUI.hwdb", "/usr/lib/udev/hwdb.d/20-pci-vendor-model.hwdb",
					"/usr/lib/udev/hwdb.d/20-usb-vendor-model.hwdb"), List.of("/usr/lib/udev/hwdb.d/60-keyboard.hwdb",
							"/usr/lib/udev/hwdb.d/20-net-ifname.hwdb")),
			"kernelModules", List.of(List.of(KERNEL + "sound/core/snd.ko.xz", KERNEL + "drivers/net/ethernet/realtek/r8169.ko.xz",
					KERNEL + "drivers/block/floppy.ko.xz", KERNEL + "arch/x86/kvm/kvm.ko.xz"),
					List.of(KERNEL + "drivers/virtio/virtio_pci.ko.xz", KERNEL + "drivers/block/virtio_blk.ko.xz",
							KERNEL + "drivers/net/vmxnet3/vmxnet3.ko.xz", KERNEL + "drivers/scsi/vmw_pvscsi.ko.xz",
							KERNEL + "drivers/hv/hv_vmbus.ko.xz", KERNEL + "drivers/block/xen-blkfront.ko.xz",
							KERNEL + "drivers/nvme/host/nvme.ko.xz", KERNEL + "fs/ext4/ext4.ko.xz", KERNEL + "fs/isofs/isofs.ko.xz",
							"/usr/lib/modules/6.12.0-test-amd64/modules.builtin")),
			"bootImages", List.of(List.of("/usr/lib/grub/x86_64-efi-signed/gcdx64.efi.signed", "/usr/lib/grub/x86_64-efi-signed/grubnetx64.efi.signed",
					"/usr/lib/grub/x86_64-efi/monolithic/grubx64.efi", "/usr/lib/shim/shimx64.efi", "/usr/share/grub/unicode.pf2"),
					List.of("/usr/lib/grub/x86_64-efi-signed/grubx64.efi.signed", "/usr/lib/shim/shimx64.efi.signed",
							"/usr/lib/shim/mmx64.efi.signed", "/usr/lib/grub/x86_64-efi/normal.mod", "/usr/lib/grub/i386-pc/boot.img")));

	@TempDir
	Path folder;

	private static Trim only(String category) {
		return new Trim(category.equals("kernelModules"), category.equals("hardwareDatabase"), category.equals("documentation"),
				category.equals("locales"), category.equals("characterSets"), category.equals("packageCaches"),
				category.equals("bootImages"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "documentation", "locales", "characterSets", "hardwareDatabase", "kernelModules", "bootImages" })
	void aCategoryLeavesOutItsFilesAndNothingElse(String category) throws Exception {
		Set<String> installed = install(only(category));
		for (Map.Entry<String, List<List<String>>> files : FILES.entrySet()) {
			for (String path : files.getValue().get(0)) {
				assertEquals(!files.getKey().equals(category), installed.contains(path), category + " trimmed: " + path);
			}
			for (String path : files.getValue().get(1)) {
				assertTrue(installed.contains(path), category + " trimmed: " + path + " is kept");
			}
		}
	}

	@Test
	void withNothingTrimmedEveryFileIsInstalled() throws Exception {
		assertEquals("", new BaseTrim(Trim.NONE).dpkgFilters());
		Set<String> installed = install(Trim.NONE);
		FILES.values().stream().flatMap(List::stream).flatMap(List::stream)
				.forEach(path -> assertTrue(installed.contains(path), path));
	}

	@Test
	void withEverythingTrimmedOnlyTheKeptFilesAreInstalled() throws Exception {
		Set<String> installed = install(Trim.ALL);
		for (List<List<String>> files : FILES.values()) {
			files.get(0).forEach(path -> assertFalse(installed.contains(path), path));
			files.get(1).forEach(path -> assertTrue(installed.contains(path), path));
		}
	}

	@Test
	void theFiltersSayWhichCategoryEachLineServes() {
		String filters = new BaseTrim(Trim.ALL).dpkgFilters();
		for (String category : FILES.keySet()) {
			assertTrue(filters.contains("# Kiln <trim " + category + ">"), category);
		}
	}

	@Test
	void trimmedPackageCachesAreRemovedAndAptWritesNoneAgain() {
		List<String> trimmed = new BaseTrim(only("packageCaches")).mmdebstrapOptions();
		assertEquals(1, trimmed.size(), trimmed.toString());
		assertTrue(trimmed.get(0).startsWith("--customize-hook=rm -f \"$1\"/var/cache/apt/*.bin"), trimmed.get(0));
		assertTrue(trimmed.get(0).contains(BaseTrim.APT_CONF), trimmed.get(0));
		assertEquals(List.of("--skip=cleanup/apt"), new BaseTrim(Trim.NONE).mmdebstrapOptions());
	}

	@Test
	void withoutDocumentationTheManPageFoldersStayForUpdateAlternatives() {
		List<String> options = new BaseTrim(only("documentation")).mmdebstrapOptions();
		String hook = options.stream().filter(o -> o.startsWith("--setup-hook=")).findFirst().orElseThrow(() -> new AssertionError(options));
		// openjdk-21-jre-headless links /usr/share/man/man1/java.1.gz; its postinst fails without the folder
		assertTrue(hook.contains("mkdir -p \"$1\"/usr/share/man/man1 "), hook);
		assertTrue(new BaseTrim(Trim.NONE).mmdebstrapOptions().stream().noneMatch(o -> o.startsWith("--setup-hook=")));
	}

	@Test
	void everyKeptModuleIsAPathUnderTheKernelsFolder() {
		List<String> modules = BaseTrim.keptModules();
		assertTrue(modules.size() > 50, modules.toString());
		for (String module : modules) {
			assertTrue(module.matches("(arch|crypto|drivers|fs|lib|net)/[A-Za-z0-9_./*-]+"), module);
		}
	}

	/** Installs a package holding every file of {@link #FILES} with the filters of {@code trim}; returns the files dpkg wrote. */
	private Set<String> install(Trim trim) throws IOException {
		Path tree = folder.resolve("package");
		for (String path : FILES.values().stream().flatMap(List::stream).flatMap(List::stream).toList()) {
			Path file = tree.resolve(path.substring(1));
			Files.createDirectories(file.getParent());
			Files.writeString(file, path + "\n", StandardCharsets.UTF_8);
		}
		Files.createDirectories(tree.resolve("DEBIAN"));
		Files.writeString(tree.resolve("DEBIAN/control"), "Package: kiln-trim-test\nVersion: 1\nArchitecture: all\n"
				+ "Maintainer: Kiln <kiln@example.org>\nDescription: files of every trim category\n", StandardCharsets.UTF_8);
		Path deb = folder.resolve("kiln-trim-test.deb");
		ExternalTool.command("dpkg-deb", "--root-owner-group", "--build", tree.toString(), deb.toString()).output();
		Path root = folder.resolve("root");
		Files.createDirectories(root.resolve("var/lib/dpkg/info"));
		Files.createDirectories(root.resolve("var/lib/dpkg/updates"));
		Files.writeString(root.resolve("var/lib/dpkg/status"), "");
		List<String> command = new ArrayList<>(List.of("dpkg", "--root=" + root, "--force-not-root", "--force-bad-path",
				"--force-script-chrootless", "--log=/dev/null"));
		new BaseTrim(trim).dpkgFilters().lines().filter(line -> line.startsWith("path-")).map(line -> "--" + line).forEach(command::add);
		command.addAll(List.of("--install", deb.toString()));
		ExternalTool.command(command).output();
		Set<String> installed = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(root.resolve("usr"))) {
			walk.filter(Files::isRegularFile).forEach(file -> installed.add("/" + root.relativize(file).toString()));
		}
		return installed;
	}
}
