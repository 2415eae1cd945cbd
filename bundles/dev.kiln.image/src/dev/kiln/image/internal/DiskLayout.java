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
 * <li>EFI System Partition, {@value EspImage#SIZE_MB} MiB, FAT32 (UEFI and hybrid, and every disk with two
 * system slots, whose slot choice and GRUB environment live there; unused for BIOS only without updates);</li>
 * <li>root, ext4: the rest of the disk; with updates (ADR 026) system slot A, {@code rootfs-a};</li>
 * <li>with updates, system slot B, {@code rootfs-b}, as large as A and empty (sparse) until the first update;</li>
 * <li>with updates, the data partition, {@code data}, ext4: what survives updates. It is the last partition, so
 * that it can grow to the end of a disk the customer enlarged.</li>
 * </ol>
 * The BIOS boot partition, when there is one, is the first on the disk, at {@link DiskAssembler#FIRST_LBA}.
 *
 * @param diskMb    the disk's size
 * @param firmware  what the disk boots from
 * @param dataMb    the data partition's size, or 0: one root file system and no updates
 */
public record DiskLayout(long diskMb, Firmware firmware, long dataMb) {

	/** The BIOS boot partition's size: GRUB's own recommendation (GRUB manual §4.4) and more than core.img can use. */
	public static final long BIOS_BOOT_MB = 1;
	/** The root file system's GPT entry, 1-based: system slot A's with updates. */
	public static final int ROOT_ENTRY = 3;
	/** System slot B's GPT entry. */
	public static final int SLOT_B_ENTRY = 4;
	/** The data partition's GPT entry. */
	public static final int DATA_ENTRY = 5;
	/** The partition names (GPT labels) of slots A and B and of the data partition, by which Linux finds them. */
	public static final String SLOT_A_NAME = "rootfs-a", SLOT_B_NAME = "rootfs-b", DATA_NAME = "data"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	/** The space before the first partition (MBR, GPT, alignment) and after the last (backup GPT). */
	private static final long TABLES_MB = 2;

	/** A disk with one root file system. */
	public DiskLayout(long diskMb, Firmware firmware) {
		this(diskMb, firmware, 0);
	}

	/** Whether the disk has two system slots and a data partition (an appliance with updates). */
	public boolean abSlots() {
		return dataMb > 0;
	}

	/** Whether the disk has an EFI System Partition. */
	public boolean hasEsp() {
		return firmware.uefi() || abSlots();
	}

	/** MiB of the disk that are neither system slot. */
	private long fixedMb() {
		return TABLES_MB + (firmware.bios() ? BIOS_BOOT_MB : 0) + (hasEsp() ? EspImage.SIZE_MB : 0) + dataMb;
	}

	/** The root file system's size: each system slot's with updates. */
	public long rootMb() {
		return abSlots() ? (diskMb - fixedMb()) / 2 : diskMb - fixedMb();
	}

	/** The disk size a root file system of {@code rootMb} needs in this layout. */
	public long diskMbFor(long rootMb) {
		return fixedMb() + (abSlots() ? 2 * rootMb : rootMb);
	}

	/** The first sector of the BIOS boot partition, where core.img goes. */
	public long biosBootLba() {
		return DiskAssembler.FIRST_LBA;
	}

	/**
	 * The parts in GPT entry order; the images of parts the layout does not have are ignored (pass {@code null}). Slot B
	 * is as large as the root file system and written as zeros.
	 */
	public List<DiskAssembler.Part> parts(Path biosBoot, UUID biosBootId, Path esp, UUID espId, Path root, UUID rootId, Path data,
			UUID slotBId, UUID dataId) {
		DiskAssembler.Part bios = firmware.bios() ? new DiskAssembler.Part(biosBoot, GptDisk.TYPE_BIOS_BOOT, biosBootId, 0, "BIOS boot") //$NON-NLS-1$
				: DiskAssembler.Part.UNUSED;
		DiskAssembler.Part espPart = hasEsp() ? new DiskAssembler.Part(esp, GptDisk.TYPE_EFI_SYSTEM, espId, 0, "ESP") : DiskAssembler.Part.UNUSED; //$NON-NLS-1$
		if (!abSlots()) {
			return List.of(bios, espPart, new DiskAssembler.Part(root, GptDisk.TYPE_LINUX_ROOT_X86_64, rootId, 0, "root")); //$NON-NLS-1$
		}
		return List.of(bios, espPart, new DiskAssembler.Part(root, GptDisk.TYPE_LINUX_ROOT_X86_64, rootId, 0, SLOT_A_NAME),
				DiskAssembler.Part.empty(rootMb() << 20, GptDisk.TYPE_LINUX_ROOT_X86_64, slotBId, SLOT_B_NAME),
				new DiskAssembler.Part(data, GptDisk.TYPE_LINUX_DATA, dataId, 0, DATA_NAME));
	}

	/** The parts of a disk without updates, in GPT entry order. */
	public List<DiskAssembler.Part> parts(Path biosBoot, UUID biosBootId, Path esp, UUID espId, Path root, UUID rootId) {
		return parts(biosBoot, biosBootId, esp, espId, root, rootId, null, null, null);
	}
}
