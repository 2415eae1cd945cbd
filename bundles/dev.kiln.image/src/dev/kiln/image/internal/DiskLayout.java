package dev.kiln.image.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import dev.kiln.image.BuildRecipe.Firmware;

/**
 * The system disk's partitions, each at a fixed GPT entry whatever the firmware, because the entry
 * number is part of how the disk is found: GRUB's {@code (hd0,gptN)}, Linux's {@code /dev/sdaN}.
 * <ol>
 * <li>BIOS boot partition, 1 MiB, GRUB's core.img (BIOS and hybrid; unused for UEFI only, so that
 * converters such as virt-v2v, which take a disk with a BIOS boot partition for a BIOS guest, see a UEFI one);</li>
 * <li>EFI System Partition, {@value EspImage#SIZE_MB} MiB, FAT32 (UEFI and hybrid; unused for BIOS only);</li>
 * <li>root, ext4, the rest of the disk.</li>
 * </ol>
 * Entries 4 and up are free for what comes later (a second system slot and a data partition for updates).
 * The BIOS boot partition, when there is one, is the first on the disk, at {@link DiskAssembler#FIRST_LBA}.
 *
 * @param diskMb    the disk's size
 * @param firmware  what the disk boots from
 */
public record DiskLayout(long diskMb, Firmware firmware) {

	/** The BIOS boot partition's size: GRUB's own recommendation (GRUB manual §4.4) and more than core.img can use. */
	public static final long BIOS_BOOT_MB = 1;
	/** The root file system's GPT entry, 1-based. */
	public static final int ROOT_ENTRY = 3;
	/** The space before the first partition (MBR, GPT, alignment) and after the last (backup GPT). */
	private static final long TABLES_MB = 2;

	/** MiB of the disk that are not the root file system's. */
	public long overheadMb() {
		return TABLES_MB + (firmware.bios() ? BIOS_BOOT_MB : 0) + (firmware.uefi() ? EspImage.SIZE_MB : 0);
	}

	/** The root file system's size. */
	public long rootMb() {
		return diskMb - overheadMb();
	}

	/** The first sector of the BIOS boot partition, where core.img goes. */
	public long biosBootLba() {
		return DiskAssembler.FIRST_LBA;
	}

	/** The parts in GPT entry order; the images of parts the firmware does not need are ignored (pass {@code null}). */
	public List<DiskAssembler.Part> parts(Path biosBoot, UUID biosBootId, Path esp, UUID espId, Path root, UUID rootId) {
		return List.of(
				firmware.bios() ? new DiskAssembler.Part(biosBoot, GptDisk.TYPE_BIOS_BOOT, biosBootId, 0, "BIOS boot") : DiskAssembler.Part.UNUSED, //$NON-NLS-1$
				firmware.uefi() ? new DiskAssembler.Part(esp, GptDisk.TYPE_EFI_SYSTEM, espId, 0, "ESP") : DiskAssembler.Part.UNUSED, //$NON-NLS-1$
				new DiskAssembler.Part(root, GptDisk.TYPE_LINUX_ROOT_X86_64, rootId, 0, "root")); //$NON-NLS-1$
	}
}
