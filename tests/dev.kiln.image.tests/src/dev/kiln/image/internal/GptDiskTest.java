package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.BuildRecipe.Firmware;
import dev.kiln.image.Progress;
import dev.kiln.testsupport.ExternalTool;

/** The GPT Kiln writes, and the system disk's layout, judged by sgdisk (gdisk), sfdisk and fdisk (util-linux). */
class GptDiskTest {

	private static final UUID DISK = UUID.fromString("11111111-2222-3333-4444-555555555555");
	private static final UUID BIOS_BOOT = UUID.fromString("99999999-8888-7777-6666-555555555555");
	private static final UUID ESP = UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
	private static final UUID ROOT = UUID.fromString("01234567-89ab-cdef-0123-456789abcdef");

	@TempDir
	Path folder;

	/** A 64 MiB disk with the system disk's three entries: BIOS boot 1 MiB, ESP 32 MiB, root the rest. */
	private Path disk(byte[] bootCode, boolean biosBoot) throws IOException {
		Path disk = folder.resolve("disk.raw");
		long sectors = (64L << 20) / GptDisk.SECTOR;
		try (FileChannel out = FileChannel.open(disk, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			out.write(ByteBuffer.allocate(1), (64L << 20) - 1);
			GptDisk.write(out, sectors, DISK, List.of(
					biosBoot ? new GptDisk.Partition(2048, 4095, GptDisk.TYPE_BIOS_BOOT, BIOS_BOOT, 0, "BIOS boot") : GptDisk.Partition.UNUSED,
					new GptDisk.Partition(4096, 4096 + 65535, GptDisk.TYPE_EFI_SYSTEM, ESP, 0, "ESP"),
					new GptDisk.Partition(69632, GptDisk.lastUsableLba(sectors), GptDisk.TYPE_LINUX_ROOT_X86_64, ROOT, 0, "root")),
					bootCode);
		}
		return disk;
	}

	@Test
	void sgdiskVerifiesTheTableWithoutProblems() throws Exception {
		String out = ExternalTool.command("sgdisk", "-v", disk(null, true).toString()).output();
		assertTrue(out.contains("No problems found"), out);
	}

	@Test
	void sfdiskReadsThePartitionsTypesIdsAndNames() throws Exception {
		String json = ExternalTool.command("sfdisk", "--json", disk(null, true).toString()).output().replaceAll("\\s+", " ");
		assertTrue(json.contains("\"label\": \"gpt\""), json);
		assertTrue(json.contains("\"id\": \"" + DISK.toString().toUpperCase() + "\""), json);
		assertTrue(json.contains("\"start\": 2048, \"size\": 2048, \"type\": \"21686148-6449-6E6F-744E-656564454649\", \"uuid\": \""
				+ BIOS_BOOT.toString().toUpperCase() + "\", \"name\": \"BIOS boot\""), json);
		assertTrue(json.contains("\"start\": 4096, \"size\": 65536, \"type\": \"C12A7328-F81F-11D2-BA4B-00A0C93EC93B\", \"uuid\": \""
				+ ESP.toString().toUpperCase() + "\", \"name\": \"ESP\""), json);
		assertTrue(json.contains("\"type\": \"4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709\", \"uuid\": \"" + ROOT.toString().toUpperCase()
				+ "\", \"name\": \"root\""), json);
	}

	@Test
	void fdiskNamesTheBiosBootPartitionAndTheEsp() throws Exception {
		Path disk = disk(null, true);
		String out = ExternalTool.command("fdisk", "-l", disk.toString()).output();
		assertTrue(out.matches("(?s).*" + disk + "1\\s+2048\\s+4095\\s+2048\\s+1M\\s+BIOS boot\\n.*"), out);
		assertTrue(out.matches("(?s).*" + disk + "2\\s+4096\\s+69631\\s+65536\\s+32M\\s+EFI System\\n.*"), out);
	}

	@Test
	void anUnusedEntryKeepsThePartitionsAfterItAtTheirNumbers() throws Exception {
		Path disk = disk(null, false);
		String table = ExternalTool.command("sgdisk", "-p", disk.toString()).output();
		assertTrue(table.matches("(?s).*\\n\\s+2\\s+4096\\s+69631\\s.*EF00\\s+ESP\\n.*"), table);
		assertTrue(table.matches("(?s).*\\n\\s+3\\s+69632\\s.*root\\n.*"), table);
		assertTrue(!table.matches("(?s).*\\n\\s+1\\s+\\d+.*"), table);
		assertTrue(ExternalTool.command("sgdisk", "-v", disk.toString()).output().contains("No problems found"));
	}

	@Test
	void theProtectiveMbrCarriesTheBootCodeAndItsSignature() throws Exception {
		byte[] code = "boot code stand-in".getBytes(StandardCharsets.US_ASCII);
		try (FileChannel in = FileChannel.open(disk(code, true), StandardOpenOption.READ)) {
			ByteBuffer mbr = ByteBuffer.allocate(512);
			in.read(mbr, 0);
			byte[] bytes = mbr.array();
			assertEquals("boot code stand-in", new String(bytes, 0, code.length, StandardCharsets.US_ASCII));
			assertEquals((byte) 0xEE, bytes[446 + 4], "protective partition type");
			assertEquals((byte) 0x55, bytes[510]);
			assertEquals((byte) 0xAA, bytes[511]);
		}
	}

	/** The engine's layout on a 256 MiB disk, assembled from sparse stand-in images. */
	private Path systemDisk(Firmware firmware) throws Exception {
		DiskLayout layout = new DiskLayout(256, firmware);
		Path biosBoot = sparse("bios-boot.img", DiskLayout.BIOS_BOOT_MB);
		Path esp = sparse("esp.img", EspImage.SIZE_MB);
		Path root = sparse("root.img", layout.rootMb());
		Path disk = folder.resolve(firmware + ".raw");
		DiskAssembler.write(disk, 256, DISK, layout.parts(biosBoot, BIOS_BOOT, esp, ESP, root, ROOT), null, Progress.NONE);
		return disk;
	}

	private Path sparse(String name, long sizeMb) throws IOException {
		Path file = folder.resolve(name);
		try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
			out.setLength(sizeMb << 20);
		}
		return file;
	}

	@Test
	void aHybridDiskHasBiosBootEspAndRootAsEntriesOneTwoThreeWithTheRootFillingTheDisk() throws Exception {
		Path disk = systemDisk(Firmware.HYBRID);
		String table = ExternalTool.command("sgdisk", "-p", disk.toString()).output();
		assertTrue(table.matches("(?s).*\\n\\s+1\\s+2048\\s+4095\\s.*EF02\\s+BIOS boot\\n.*"), table);
		assertTrue(table.matches("(?s).*\\n\\s+2\\s+4096\\s+266239\\s.*EF00\\s+ESP\\n.*"), table);
		assertTrue(table.matches("(?s).*\\n\\s+3\\s+266240\\s+522239\\s.*root\\n.*"), table);
		assertTrue(ExternalTool.command("sgdisk", "-v", disk.toString()).output().contains("No problems found"));
		assertEquals(DiskAssembler.FIRST_LBA, new DiskLayout(256, Firmware.HYBRID).biosBootLba());
	}

	@Test
	void aUefiDiskLeavesEntryOneUnusedAndABiosDiskEntryTwo() throws Exception {
		String uefi = ExternalTool.command("sgdisk", "-p", systemDisk(Firmware.UEFI).toString()).output();
		assertTrue(uefi.matches("(?s).*\\n\\s+2\\s+2048\\s.*EF00\\s+ESP\\n.*"), uefi);
		assertTrue(uefi.matches("(?s).*\\n\\s+3\\s+264192\\s.*root\\n.*"), uefi);
		assertTrue(!uefi.contains("EF02"), uefi);
		String bios = ExternalTool.command("sgdisk", "-p", systemDisk(Firmware.BIOS).toString()).output();
		assertTrue(bios.matches("(?s).*\\n\\s+1\\s+2048\\s+4095\\s.*EF02\\s+BIOS boot\\n.*"), bios);
		assertTrue(bios.matches("(?s).*\\n\\s+3\\s+4096\\s.*root\\n.*"), bios);
		assertTrue(!bios.contains("EF00"), bios);
		assertEquals(256 - 2 - 128, new DiskLayout(256, Firmware.UEFI).rootMb());
		assertEquals(256 - 2 - 1, new DiskLayout(256, Firmware.BIOS).rootMb());
		assertTrue(Files.size(folder.resolve("UEFI.raw")) == 256L << 20);
	}
}
