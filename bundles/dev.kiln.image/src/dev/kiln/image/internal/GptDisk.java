package dev.kiln.image.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;

/**
 * Writes the partition structures of a disk: a protective MBR (optionally with BIOS boot code) and a
 * GUID Partition Table, primary and backup, as UEFI 2.10 §5.2–5.3 specifies. Partition contents are
 * placed by the caller. An entry can be left unused (all zeros, UEFI 2.10 table 5.7), so that a
 * partition keeps its entry number, and with it GRUB's {@code (hd0,gptN)} and Linux's device name,
 * whether the entries before it are in use or not.
 */
public final class GptDisk {

	/** Sector size the images use. */
	public static final int SECTOR = 512;
	/** EFI System Partition (UEFI 2.10, table 5.7). */
	public static final UUID TYPE_EFI_SYSTEM = UUID.fromString("C12A7328-F81F-11D2-BA4B-00A0C93EC93B"); //$NON-NLS-1$
	/** Linux root (x86-64), from the Discoverable Partitions Specification. */
	public static final UUID TYPE_LINUX_ROOT_X86_64 = UUID.fromString("4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709"); //$NON-NLS-1$
	/** Linux file system data (gdisk type 8300): the data partition of a disk with updates, which nothing mounts by its type. */
	public static final UUID TYPE_LINUX_DATA = UUID.fromString("0FC63DAF-8483-4772-8E79-3D69D8477DE4"); //$NON-NLS-1$
	/**
	 * BIOS boot partition: where GRUB's core.img lives on a GPT disk booted by a PC BIOS ("Hah!IdontNeedEFI",
	 * GRUB manual §4.4 "BIOS installation"; gdisk type EF02).
	 */
	public static final UUID TYPE_BIOS_BOOT = UUID.fromString("21686148-6449-6E6F-744E-656564454649"); //$NON-NLS-1$
	/** The type of an unused entry (UEFI 2.10, table 5.7). */
	public static final UUID TYPE_UNUSED = new UUID(0, 0);

	private static final int ENTRY_COUNT = 128;
	private static final int ENTRY_SIZE = 128;
	private static final int ENTRIES_SECTORS = ENTRY_COUNT * ENTRY_SIZE / SECTOR;
	private static final int HEADER_SIZE = 92;
	private static final long SIGNATURE = 0x5452415020494645L; // "EFI PART"
	private static final int REVISION_1_0 = 0x00010000;
	private static final int MBR_BOOT_CODE_SIZE = 440;
	private static final byte MBR_TYPE_PROTECTIVE = (byte) 0xEE;

	/** A partition: first and last sector (inclusive), type, unique id, attributes, name. */
	public record Partition(long firstLba, long lastLba, UUID type, UUID id, long attributes, String name) {

		/** An entry that describes no partition: it keeps the entries after it at their numbers. */
		public static final Partition UNUSED = new Partition(0, 0, TYPE_UNUSED, TYPE_UNUSED, 0, ""); //$NON-NLS-1$

		public boolean isUnused() {
			return TYPE_UNUSED.equals(type);
		}
	}

	private GptDisk() {
	}

	/** The first sector usable for partitions on any disk (after MBR, header and entries). */
	public static long firstUsableLba() {
		return 2 + ENTRIES_SECTORS;
	}

	/** The last sector usable for partitions on a disk of {@code sectors} sectors. */
	public static long lastUsableLba(long sectors) {
		return sectors - 2 - ENTRIES_SECTORS;
	}

	/**
	 * The partition structures of a disk of {@code sectors} sectors: the protective MBR, the primary header and
	 * entries (sectors 0 to {@code firstUsableLba() - 1}) and the backup entries and header (the last
	 * {@code sectors - lastUsableLba(sectors) - 1} sectors).
	 *
	 * @param primary  the bytes of the disk's first sectors
	 * @param backup   the bytes of the disk's last sectors
	 */
	public record Tables(byte[] primary, byte[] backup) {
	}

	/**
	 * Makes MBR and both GPT copies for a disk of {@code sectors} sectors.
	 *
	 * @param partitions  the entries in order, entry 1 first; {@link Partition#UNUSED} leaves one empty
	 * @param bootCode  up to 440 bytes of MBR boot code (GRUB's boot.img, see {@link GrubBiosSetup}), or {@code null}
	 */
	public static Tables tables(long sectors, UUID diskId, List<Partition> partitions, byte[] bootCode) {
		if (partitions.size() > ENTRY_COUNT) {
			throw new IllegalArgumentException("at most " + ENTRY_COUNT + " partitions"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		ByteBuffer entries = ByteBuffer.allocate(ENTRY_COUNT * ENTRY_SIZE).order(ByteOrder.LITTLE_ENDIAN);
		for (int i = 0; i < partitions.size(); i++) {
			Partition p = partitions.get(i);
			if (p.isUnused()) {
				continue;
			}
			if (p.firstLba() < firstUsableLba() || p.lastLba() > lastUsableLba(sectors) || p.lastLba() < p.firstLba()) {
				throw new IllegalArgumentException("partition " + p.name() + " outside the usable sectors"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			entries.position(i * ENTRY_SIZE);
			putGuid(entries, p.type());
			putGuid(entries, p.id());
			entries.putLong(p.firstLba());
			entries.putLong(p.lastLba());
			entries.putLong(p.attributes());
			byte[] name = p.name().getBytes(StandardCharsets.UTF_16LE);
			entries.put(name, 0, Math.min(name.length, 72));
		}
		int entriesCrc = crc32(entries.array());
		long lastLba = sectors - 1;
		long backupEntriesLba = lastLba - ENTRIES_SECTORS;

		ByteBuffer primary = ByteBuffer.allocate((int) firstUsableLba() * SECTOR);
		primary.put(protectiveMbr(sectors, bootCode));
		primary.put(header(1, lastLba, sectors, diskId, 2, entriesCrc));
		primary.put(entries.array());
		ByteBuffer backup = ByteBuffer.allocate((ENTRIES_SECTORS + 1) * SECTOR);
		backup.put(entries.array());
		backup.put(header(lastLba, 1, sectors, diskId, backupEntriesLba, entriesCrc));
		return new Tables(primary.array(), backup.array());
	}

	/**
	 * Writes MBR and both GPT copies into a disk of {@code sectors} sectors (see {@link #tables}).
	 */
	public static void write(FileChannel disk, long sectors, UUID diskId, List<Partition> partitions, byte[] bootCode)
			throws IOException {
		Tables tables = tables(sectors, diskId, partitions, bootCode);
		disk.write(ByteBuffer.wrap(tables.primary()), 0);
		disk.write(ByteBuffer.wrap(tables.backup()), (sectors - ENTRIES_SECTORS - 1) * SECTOR);
	}

	private static byte[] protectiveMbr(long sectors, byte[] bootCode) {
		ByteBuffer mbr = ByteBuffer.allocate(SECTOR).order(ByteOrder.LITTLE_ENDIAN);
		if (bootCode != null) {
			mbr.put(bootCode, 0, Math.min(bootCode.length, MBR_BOOT_CODE_SIZE));
		}
		mbr.position(446);
		mbr.put((byte) 0); // not active
		mbr.put(new byte[] { 0x00, 0x02, 0x00 }); // CHS of LBA 1
		mbr.put(MBR_TYPE_PROTECTIVE);
		mbr.put(new byte[] { (byte) 0xFF, (byte) 0xFF, (byte) 0xFF }); // CHS beyond addressing
		mbr.putInt(1);
		mbr.putInt((int) Math.min(sectors - 1, 0xFFFFFFFFL));
		mbr.position(510);
		mbr.put((byte) 0x55).put((byte) 0xAA);
		return mbr.array();
	}

	private static byte[] header(long myLba, long alternateLba, long sectors, UUID diskId, long entriesLba, int entriesCrc) {
		ByteBuffer header = ByteBuffer.allocate(SECTOR).order(ByteOrder.LITTLE_ENDIAN);
		header.putLong(SIGNATURE);
		header.putInt(REVISION_1_0);
		header.putInt(HEADER_SIZE);
		header.putInt(0); // CRC32, filled below
		header.putInt(0); // reserved
		header.putLong(myLba);
		header.putLong(alternateLba);
		header.putLong(firstUsableLba());
		header.putLong(lastUsableLba(sectors));
		putGuid(header, diskId);
		header.putLong(entriesLba);
		header.putInt(ENTRY_COUNT);
		header.putInt(ENTRY_SIZE);
		header.putInt(entriesCrc);
		CRC32 crc = new CRC32();
		crc.update(header.array(), 0, HEADER_SIZE);
		header.putInt(16, (int) crc.getValue());
		return header.array();
	}

	/** GUIDs are stored with their first three fields little-endian (UEFI 2.10, appendix A). */
	private static void putGuid(ByteBuffer buffer, UUID guid) {
		long msb = guid.getMostSignificantBits();
		long lsb = guid.getLeastSignificantBits();
		buffer.order(ByteOrder.LITTLE_ENDIAN);
		buffer.putInt((int) (msb >>> 32));
		buffer.putShort((short) (msb >>> 16));
		buffer.putShort((short) msb);
		buffer.order(ByteOrder.BIG_ENDIAN);
		buffer.putLong(lsb);
		buffer.order(ByteOrder.LITTLE_ENDIAN);
	}

	private static int crc32(byte[] bytes) {
		CRC32 crc = new CRC32();
		crc.update(bytes);
		return (int) crc.getValue();
	}
}
