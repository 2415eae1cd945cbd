package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.testsupport.ExternalTool;

/** The GPT Kiln writes, judged by sgdisk (gdisk) and sfdisk (util-linux). */
class GptDiskTest {

	private static final UUID DISK = UUID.fromString("11111111-2222-3333-4444-555555555555");
	private static final UUID ESP = UUID.fromString("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
	private static final UUID ROOT = UUID.fromString("01234567-89ab-cdef-0123-456789abcdef");

	@TempDir
	Path folder;

	private Path disk(long sizeMb, byte[] bootCode) throws IOException {
		Path disk = folder.resolve("disk.raw");
		long sectors = (sizeMb << 20) / GptDisk.SECTOR;
		try (FileChannel out = FileChannel.open(disk, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
			out.write(ByteBuffer.allocate(1), (sizeMb << 20) - 1);
			GptDisk.write(out, sectors, DISK, List.of(
					new GptDisk.Partition(2048, 2048 + 65535, GptDisk.TYPE_EFI_SYSTEM, ESP, GptDisk.ATTRIBUTE_LEGACY_BIOS_BOOTABLE, "ESP"),
					new GptDisk.Partition(69632, GptDisk.lastUsableLba(sectors), GptDisk.TYPE_LINUX_ROOT_X86_64, ROOT, 0, "root")),
					bootCode);
		}
		return disk;
	}

	@Test
	void sgdiskVerifiesTheTableWithoutProblems() throws Exception {
		String out = ExternalTool.command("sgdisk", "-v", disk(64, null).toString()).output();
		assertTrue(out.contains("No problems found"), out);
	}

	@Test
	void sfdiskReadsThePartitionsTypesIdsAndAttributes() throws Exception {
		String json = ExternalTool.command("sfdisk", "--json", disk(64, null).toString()).output().replaceAll("\\s+", " ");
		assertTrue(json.contains("\"label\": \"gpt\""), json);
		assertTrue(json.contains("\"id\": \"" + DISK.toString().toUpperCase() + "\""), json);
		assertTrue(json.contains("\"start\": 2048, \"size\": 65536, \"type\": \"C12A7328-F81F-11D2-BA4B-00A0C93EC93B\", \"uuid\": \""
				+ ESP.toString().toUpperCase() + "\", \"name\": \"ESP\", \"attrs\": \"LegacyBIOSBootable\""), json);
		assertTrue(json.contains("\"type\": \"4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709\", \"uuid\": \"" + ROOT.toString().toUpperCase()
				+ "\", \"name\": \"root\""), json);
	}

	@Test
	void theProtectiveMbrCarriesTheBootCodeAndItsSignature() throws Exception {
		byte[] code = "boot code stand-in".getBytes(StandardCharsets.US_ASCII);
		try (FileChannel in = FileChannel.open(disk(64, code), StandardOpenOption.READ)) {
			ByteBuffer mbr = ByteBuffer.allocate(512);
			in.read(mbr, 0);
			byte[] bytes = mbr.array();
			assertEquals("boot code stand-in", new String(bytes, 0, code.length, StandardCharsets.US_ASCII));
			assertEquals((byte) 0xEE, bytes[446 + 4], "protective partition type");
			assertEquals((byte) 0x55, bytes[510]);
			assertEquals((byte) 0xAA, bytes[511]);
		}
	}
}
