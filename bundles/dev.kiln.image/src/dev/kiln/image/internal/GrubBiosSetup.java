package dev.kiln.image.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Installs GRUB for a PC BIOS on a GPT disk the way {@code grub-bios-setup} does when it embeds
 * core.img in the BIOS boot partition (GRUB 2.12 {@code util/setup.c}, the embedding path), but on
 * bytes instead of a block device: no loop device, no root. Offsets are those of GRUB's
 * {@code include/grub/i386/pc/boot.h}. Reed-Solomon redundancy codes are not added (as with
 * {@code grub-install --no-rs-codes}): they only repair a core.img that something else overwrote.
 */
public final class GrubBiosSetup {

	/** Sector size of the PC BIOS disk services GRUB uses ({@code GRUB_DISK_SECTOR_SIZE}). */
	public static final int SECTOR = 512;
	/** boot.img's BIOS parameter block, taken from the disk's existing sector 0 (all zeros on Kiln's disks). */
	static final int BPB_START = 0x03;
	static final int BPB_END = 0x5A;
	/** Where boot.img keeps the 64-bit LBA of core.img's first sector ({@code GRUB_BOOT_MACHINE_KERNEL_SECTOR}). */
	static final int KERNEL_SECTOR = 0x5C;
	/** The BIOS drive to boot from; 0xFF: the one the BIOS passed ({@code GRUB_BOOT_MACHINE_BOOT_DRIVE}). */
	static final int BOOT_DRIVE = 0x64;
	/**
	 * A jump that skips the check for buggy BIOSes passing a floppy's drive number; grub-bios-setup replaces it
	 * with two NOPs on hard disks ({@code GRUB_BOOT_MACHINE_DRIVE_CHECK}).
	 */
	static final int DRIVE_CHECK = 0x66;
	/**
	 * From here on sector 0 keeps the disk's own bytes: disk signature, partition table and boot signature
	 * ({@code GRUB_BOOT_MACHINE_WINDOWS_NT_MAGIC}); boot.img's code ends before it.
	 */
	public static final int BOOT_CODE_END = 0x1B8;
	/**
	 * The first blocklist of diskboot.img, core.img's first sector: {@code struct grub_boot_blocklist} (u64 start,
	 * u16 len, u16 segment) at the end of the sector, further lists growing downwards.
	 */
	static final int BLOCKLIST_SIZE = 12;
	static final int FIRST_BLOCKLIST = SECTOR - BLOCKLIST_SIZE;
	/** Where diskboot.img loads the sectors after the first: {@code GRUB_BOOT_I386_PC_KERNEL_SEG + (512 >> 4)}. */
	static final int FIRST_SEGMENT = 0x800 + (SECTOR >> 4);
	/**
	 * The most sectors core.img may have: it is loaded at 0x8200 and must end below 0x78000
	 * ({@code maxsec} in setup.c, from {@code GRUB_KERNEL_I386_PC_LINK_ADDR}).
	 */
	public static final int MAX_CORE_SECTORS = (0x78000 - 0x8200) / SECTOR;

	private GrubBiosSetup() {
	}

	/**
	 * The MBR boot code: boot.img's first 0x1B8 bytes with its BIOS parameter block cleared, the LBA of
	 * core.img, the boot drive 0xFF and the floppy check replaced by NOPs. The rest of sector 0 (the
	 * protective MBR's partition table) is the disk's own, written by {@link GptDisk}.
	 */
	public static byte[] bootCode(byte[] bootImg, long coreLba) {
		if (bootImg.length != SECTOR || (bootImg[510] & 0xFF) != 0x55 || (bootImg[511] & 0xFF) != 0xAA) {
			throw new IllegalArgumentException("boot.img is not a 512-byte boot sector"); //$NON-NLS-1$
		}
		byte[] code = Arrays.copyOf(bootImg, BOOT_CODE_END);
		Arrays.fill(code, BPB_START, BPB_END, (byte) 0);
		ByteBuffer.wrap(code).order(ByteOrder.LITTLE_ENDIAN).putLong(KERNEL_SECTOR, coreLba);
		code[BOOT_DRIVE] = (byte) 0xFF;
		code[DRIVE_CHECK] = (byte) 0x90;
		code[DRIVE_CHECK + 1] = (byte) 0x90;
		return code;
	}

	/**
	 * The contents of the BIOS boot partition: core.img, padded to whole sectors, whose first blocklist
	 * names the sectors after the first (core.img lies in one piece from {@code lba}), followed by a
	 * terminator, as setup.c's {@code save_blocklists} leaves them.
	 *
	 * @param lba               the sector where the partition, and so core.img, starts
	 * @param partitionSectors  the partition's size: core.img must fit
	 */
	public static byte[] embeddedCore(byte[] coreImg, long lba, long partitionSectors) {
		int sectors = (coreImg.length + SECTOR - 1) / SECTOR;
		if (sectors < 2 || sectors > Math.min(MAX_CORE_SECTORS, partitionSectors)) {
			throw new IllegalArgumentException("core.img has " + sectors + " sectors; the BIOS boot partition takes 2 to " //$NON-NLS-1$ //$NON-NLS-2$
					+ Math.min(MAX_CORE_SECTORS, partitionSectors));
		}
		byte[] core = Arrays.copyOf(coreImg, sectors * SECTOR);
		ByteBuffer first = ByteBuffer.wrap(core, 0, SECTOR).order(ByteOrder.LITTLE_ENDIAN);
		// clear the lists grub-mkimage left, from the first one downwards up to its terminator (len 0)
		for (int at = FIRST_BLOCKLIST; at > 0 && first.getShort(at + 8) != 0; at -= BLOCKLIST_SIZE) {
			Arrays.fill(core, at, at + BLOCKLIST_SIZE, (byte) 0);
		}
		first.putLong(FIRST_BLOCKLIST, lba + 1);
		first.putShort(FIRST_BLOCKLIST + 8, (short) (sectors - 1));
		first.putShort(FIRST_BLOCKLIST + 10, (short) FIRST_SEGMENT);
		Arrays.fill(core, FIRST_BLOCKLIST - BLOCKLIST_SIZE, FIRST_BLOCKLIST, (byte) 0);
		return core;
	}

	/**
	 * Writes the BIOS boot partition's image, {@code sizeMb} MiB, to {@code target}: the embedded core.img
	 * (see {@link #embeddedCore}), the rest zeros.
	 */
	public static void writePartition(Path coreImg, long lba, long sizeMb, Path target) throws IOException {
		long partitionSectors = (sizeMb << 20) / SECTOR;
		byte[] image = Arrays.copyOf(embeddedCore(Files.readAllBytes(coreImg), lba, partitionSectors), (int) (sizeMb << 20));
		Files.write(target, image);
	}
}
