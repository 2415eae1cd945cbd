package dev.kiln.image.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.kiln.image.BuildRecipe.Firmware;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;

/**
 * The EFI System Partition, made without root, loop devices or mounts: a FAT32 file system (mkfs.vfat)
 * filled with mtools, holding the kernel and initrd, systemd-boot as the UEFI fallback loader
 * {@code EFI/BOOT/BOOTX64.EFI}, and SYSLINUX for legacy BIOS. Boot loaders come from the build
 * machine's packages (systemd-boot-efi, syslinux, syslinux-common).
 */
public final class EspImage {

	/** Size of the ESP. */
	public static final long SIZE_MB = 128;
	static final Path SYSTEMD_BOOT = Path.of("/usr/lib/systemd/boot/efi/systemd-bootx64.efi"); //$NON-NLS-1$
	static final Path GPT_MBR = Path.of("/usr/lib/syslinux/mbr/gptmbr.bin"); //$NON-NLS-1$

	private final ToolRunner tools;

	public EspImage(Progress progress) {
		this.tools = new ToolRunner(progress);
	}

	/**
	 * The kernel command line: root by file-system UUID, serial and VGA consoles, reboot 10 s after a
	 * panic, and {@code no_timer_check}: the kernel's check that the timer interrupt reaches it through the
	 * IO-APIC fails now and then on a busy host under emulation (QEMU TCG) and panics although the timer
	 * works ("IO-APIC + timer doesn't work"); hypervisors' virtual timers need no check.
	 */
	public static String kernelCommandLine(UUID rootUuid) {
		return "root=UUID=" + rootUuid + " rw console=tty0 console=ttyS0,115200 panic=10 no_timer_check"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Checks that the build machine has the boot loaders the firmware choice needs. */
	public static void checkTools(Firmware firmware) throws ImageBuildException {
		if (firmware.uefi() && !Files.isRegularFile(SYSTEMD_BOOT)) {
			throw new ImageBuildException(ImageText.bind(ImageText.EspImage_noSystemdBoot, SYSTEMD_BOOT));
		}
		if (firmware.bios() && !Files.isRegularFile(GPT_MBR)) {
			throw new ImageBuildException(ImageText.bind(ImageText.EspImage_noSyslinux, GPT_MBR));
		}
	}

	/** Writes the ESP to {@code image}; {@code volumeId} is derived from the build, for reproducible output. */
	public void make(Path image, Path kernel, Path initrd, UUID rootUuid, Firmware firmware, int volumeId, long epoch,
			Path work) throws ImageBuildException {
		checkTools(firmware);
		try {
			Files.deleteIfExists(image);
			try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) { //$NON-NLS-1$
				file.setLength(SIZE_MB << 20);
			}
			Map<String, String> env = Map.of("MTOOLS_SKIP_CHECK", "1", "SOURCE_DATE_EPOCH", Long.toString(epoch), "LC_ALL", "C.UTF-8"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			tools.run(ImageText.EspImage_formatting, List.of("mkfs.vfat", "-F", "32", "--invariant", "-i", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
					String.format("%08x", volumeId), "-n", "ESP", image.toString()), work, env); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			FileTime time = FileTime.fromMillis(epoch * 1000);
			Path staging = Files.createDirectories(work.resolve("esp")); //$NON-NLS-1$
			Path stagedKernel = stage(kernel, staging.resolve("vmlinuz"), time); //$NON-NLS-1$
			Path stagedInitrd = stage(initrd, staging.resolve("initrd.img"), time); //$NON-NLS-1$
			String cmdline = kernelCommandLine(rootUuid);
			List<String> dirs = new ArrayList<>();
			if (firmware.uefi()) {
				dirs.addAll(List.of("::/EFI", "::/EFI/BOOT", "::/loader", "::/loader/entries")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			if (firmware.bios()) {
				dirs.add("::/syslinux"); //$NON-NLS-1$
			}
			if (!dirs.isEmpty()) {
				List<String> mmd = new ArrayList<>(List.of("mmd", "-i", image.toString())); //$NON-NLS-1$ //$NON-NLS-2$
				mmd.addAll(dirs);
				tools.run(ImageText.EspImage_filling, mmd, work, env);
			}
			copy(image, stagedKernel, "::/vmlinuz", work, env); //$NON-NLS-1$
			copy(image, stagedInitrd, "::/initrd.img", work, env); //$NON-NLS-1$
			if (firmware.uefi()) {
				copy(image, stage(SYSTEMD_BOOT, staging.resolve("BOOTX64.EFI"), time), "::/EFI/BOOT/BOOTX64.EFI", work, env); //$NON-NLS-1$ //$NON-NLS-2$
				copy(image, write(staging.resolve("loader.conf"), "default kiln.conf\ntimeout 0\n", time), "::/loader/loader.conf", work, env); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				copy(image, write(staging.resolve("kiln.conf"), "title Appliance\nlinux /vmlinuz\ninitrd /initrd.img\noptions " //$NON-NLS-1$ //$NON-NLS-2$
						+ cmdline + "\n", time), "::/loader/entries/kiln.conf", work, env); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (firmware.bios()) {
				tools.run(ImageText.EspImage_installingSyslinux,
						List.of("syslinux", "--install", "--directory", "/syslinux", image.toString()), work, env); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				copy(image, write(staging.resolve("syslinux.cfg"), "DEFAULT appliance\nPROMPT 0\nTIMEOUT 0\nSERIAL 0 115200\n" //$NON-NLS-1$ //$NON-NLS-2$
						+ "LABEL appliance\n  LINUX /vmlinuz\n  INITRD /initrd.img\n  APPEND " + cmdline + "\n", time), //$NON-NLS-1$ //$NON-NLS-2$
						"::/syslinux/syslinux.cfg", work, env); //$NON-NLS-1$
			}
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.EspImage_cannotMake, work, e.getMessage()), e);
		}
	}

	/** The 440 bytes of MBR boot code that find the legacy-bootable GPT partition, or {@code null} without BIOS boot. */
	public static byte[] mbrBootCode(Firmware firmware) throws ImageBuildException {
		if (!firmware.bios()) {
			return null;
		}
		try {
			return Files.readAllBytes(GPT_MBR);
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.EspImage_cannotRead, GPT_MBR, e.getMessage()), e);
		}
	}

	private void copy(Path image, Path source, String target, Path work, Map<String, String> env) throws ImageBuildException {
		tools.run(ImageText.EspImage_filling, List.of("mcopy", "-o", "-m", "-i", image.toString(), source.toString(), target), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				work, env);
	}

	private static Path stage(Path source, Path staged, FileTime time) throws IOException {
		Files.copy(source, staged, StandardCopyOption.REPLACE_EXISTING);
		Files.setLastModifiedTime(staged, time);
		return staged;
	}

	private static Path write(Path file, String text, FileTime time) throws IOException {
		Files.writeString(file, text);
		Files.setLastModifiedTime(file, time);
		return file;
	}
}
