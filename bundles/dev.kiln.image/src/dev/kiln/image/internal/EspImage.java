package dev.kiln.image.internal;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.internal.BaseLayerIndex.BootFile;

/**
 * The EFI System Partition, made without root, loop devices or mounts: a FAT32 file system (mkfs.vfat)
 * with a fixed volume serial, filled with mtools. It boots UEFI, with Secure Boot or without, through the
 * base's own signed boot loaders: Debian's shim (signed by Microsoft) as the removable-media loader
 * {@code EFI/BOOT/BOOTX64.EFI}, which starts Debian's signed GRUB {@code grubx64.efi} beside it; no
 * firmware boot entry is needed. The same files are under {@code EFI/debian/}, where Debian puts them,
 * with the {@code grub.cfg} the signed GRUB reads there (its prefix is {@code /EFI/debian}) and that
 * virt-v2v looks for under {@code /boot/efi/EFI}. Kernel and initrd stay on the root file system. shim's
 * fallback loader (fbx64.efi) is left out on purpose: beside BOOTX64.EFI it would write boot entries into
 * the firmware's variables and reset the machine instead of booting.
 */
public final class EspImage {

	/** Size of the ESP. */
	public static final long SIZE_MB = 128;
	/** The directory of the removable-media path (UEFI 2.10 §3.5.1.1) and the distribution's own. */
	static final String REMOVABLE = "::/EFI/BOOT"; //$NON-NLS-1$
	static final String DEBIAN = "::/EFI/debian"; //$NON-NLS-1$

	private final ToolRunner tools;

	public EspImage(Progress progress) {
		this.tools = new ToolRunner(progress);
	}

	/**
	 * Writes the ESP to {@code image}; {@code volumeId} is derived from the build, for reproducible output,
	 * and {@code grub} gives the grub.cfg that leads to the root file system.
	 */
	public void make(Path image, BaseLayerIndex base, GrubConfig grub, int volumeId, long epoch, Path work) throws ImageBuildException {
		Path shim = base.bootFile(BootFile.SHIM);
		Path mokManager = base.bootFile(BootFile.MOK_MANAGER);
		Path signedGrub = base.bootFile(BootFile.SIGNED_GRUB);
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
			tools.run(ImageText.EspImage_filling, List.of("mmd", "-i", image.toString(), "::/EFI", REMOVABLE, DEBIAN), work, env); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Path stagedShim = stage(shim, staging.resolve("shimx64.efi"), time); //$NON-NLS-1$
			Path stagedGrub = stage(signedGrub, staging.resolve("grubx64.efi"), time); //$NON-NLS-1$
			Path stagedMokManager = stage(mokManager, staging.resolve("mmx64.efi"), time); //$NON-NLS-1$
			Path stub = Files.writeString(staging.resolve("grub.cfg"), grub.espStub()); //$NON-NLS-1$
			Files.setLastModifiedTime(stub, time);
			copy(image, stagedShim, REMOVABLE + "/BOOTX64.EFI", work, env); //$NON-NLS-1$
			copy(image, stagedGrub, REMOVABLE + "/grubx64.efi", work, env); //$NON-NLS-1$
			copy(image, stagedMokManager, REMOVABLE + "/mmx64.efi", work, env); //$NON-NLS-1$
			copy(image, stagedShim, DEBIAN + "/shimx64.efi", work, env); //$NON-NLS-1$
			copy(image, stagedGrub, DEBIAN + "/grubx64.efi", work, env); //$NON-NLS-1$
			copy(image, stagedMokManager, DEBIAN + "/mmx64.efi", work, env); //$NON-NLS-1$
			copy(image, stub, DEBIAN + "/grub.cfg", work, env); //$NON-NLS-1$
			if (grub.abSlots()) {
				// the slot menu and GRUB's environment, which RAUC edits in the guest (ADR 026)
				tools.run(ImageText.EspImage_filling, List.of("mmd", "-i", image.toString(), "::/grub"), work, env); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Path menu = Files.writeString(staging.resolve("slots.cfg"), grub.abMenu()); //$NON-NLS-1$
				Files.setLastModifiedTime(menu, time);
				Path environment = Files.write(staging.resolve("grubenv"), GrubConfig.initialEnvironment()); //$NON-NLS-1$
				Files.setLastModifiedTime(environment, time);
				copy(image, menu, "::" + GrubConfig.AB_MENU_PATH, work, env); //$NON-NLS-1$
				copy(image, environment, "::" + GrubConfig.AB_ENV_PATH, work, env); //$NON-NLS-1$
			}
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.EspImage_cannotMake, work, e.getMessage()), e);
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
}
