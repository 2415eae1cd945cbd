package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** boot.img and core.img patched as grub-bios-setup patches them when it embeds core.img (GRUB's util/setup.c). */
class GrubBiosSetupTest {

	/** A boot sector like GRUB's boot.img: a jump, a BIOS parameter block, code, the 0x55AA signature. */
	private static byte[] bootImg() {
		byte[] boot = new byte[512];
		new Random(1).nextBytes(boot);
		boot[0] = (byte) 0xEB;
		boot[1] = 0x63;
		boot[2] = (byte) 0x90;
		boot[0x66] = (byte) 0xEB; // jmp over the floppy check
		boot[0x67] = 0x05;
		boot[510] = 0x55;
		boot[511] = (byte) 0xAA;
		return boot;
	}

	/** A core.img of {@code bytes} bytes whose first sector carries grub-mkimage's blocklist and an older one below it. */
	private static byte[] coreImg(int bytes) {
		byte[] core = new byte[bytes];
		new Random(2).nextBytes(core);
		ByteBuffer first = ByteBuffer.wrap(core).order(ByteOrder.LITTLE_ENDIAN);
		first.putLong(0x1F4, 2).putShort(0x1FC, (short) 7).putShort(0x1FE, (short) 0x820);
		first.putLong(0x1E8, 99).putShort(0x1F0, (short) 3).putShort(0x1F2, (short) 0x1234);
		first.putLong(0x1DC, 0).putShort(0x1E4, (short) 0).putShort(0x1E6, (short) 0);
		return core;
	}

	@Test
	void theBootCodeIsBootImgUpToThePartitionTableWithCoresSectorTheBootDriveAndNoFloppyCheck() {
		byte[] boot = bootImg();
		byte[] code = GrubBiosSetup.bootCode(boot, 2048);
		assertEquals(0x1B8, code.length, "the disk signature and partition table stay the disk's");
		ByteBuffer patched = ByteBuffer.wrap(code).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(2048L, patched.getLong(0x5C), "kernel_sector: core.img's LBA");
		assertEquals((byte) 0xFF, code[0x64], "boot_drive: the drive the BIOS booted from");
		assertArrayEquals(new byte[] { (byte) 0x90, (byte) 0x90 }, Arrays.copyOfRange(code, 0x66, 0x68), "the jump becomes two NOPs");
		assertArrayEquals(new byte[0x5A - 0x03], Arrays.copyOfRange(code, 0x03, 0x5A), "the BIOS parameter block of an empty sector 0");
		assertArrayEquals(Arrays.copyOfRange(boot, 0, 3), Arrays.copyOfRange(code, 0, 3));
		assertArrayEquals(Arrays.copyOfRange(boot, 0x5A, 0x5C), Arrays.copyOfRange(code, 0x5A, 0x5C));
		assertArrayEquals(Arrays.copyOfRange(boot, 0x68, 0x1B8), Arrays.copyOfRange(code, 0x68, 0x1B8));
	}

	@Test
	void aSectorWithoutBootSignatureIsNoBootImg() {
		byte[] boot = bootImg();
		boot[511] = 0;
		assertThrows(IllegalArgumentException.class, () -> GrubBiosSetup.bootCode(boot, 2048));
		assertThrows(IllegalArgumentException.class, () -> GrubBiosSetup.bootCode(new byte[440], 2048));
	}

	@Test
	void coresFirstBlocklistNamesTheSectorsAfterTheFirstLoadedAt0x820AndEndsWithATerminator() {
		byte[] core = coreImg(100 * 512 + 17);
		byte[] embedded = GrubBiosSetup.embeddedCore(core, 2048, 2048);
		assertEquals(101 * 512, embedded.length, "padded to whole sectors");
		ByteBuffer first = ByteBuffer.wrap(embedded).order(ByteOrder.LITTLE_ENDIAN);
		assertEquals(2049L, first.getLong(0x1F4), "start: the sector after core.img's first");
		assertEquals(100, first.getShort(0x1FC), "len: the rest of core.img");
		assertEquals(0x820, first.getShort(0x1FE), "segment: 0x8000 + 512 bytes");
		assertArrayEquals(new byte[12], Arrays.copyOfRange(embedded, 0x1E8, 0x1F4), "the next list is the terminator");
		assertArrayEquals(Arrays.copyOfRange(core, 0, 0x1E8), Arrays.copyOfRange(embedded, 0, 0x1E8));
		assertArrayEquals(Arrays.copyOfRange(core, 512, core.length), Arrays.copyOfRange(embedded, 512, core.length));
		assertArrayEquals(new byte[101 * 512 - core.length], Arrays.copyOfRange(embedded, core.length, embedded.length));
	}

	@Test
	void aCoreImgLargerThanGrubCanLoadOrThePartitionHoldsIsRefused() {
		assertThrows(IllegalArgumentException.class, () -> GrubBiosSetup.embeddedCore(coreImg(896 * 512), 2048, 2048));
		assertThrows(IllegalArgumentException.class, () -> GrubBiosSetup.embeddedCore(coreImg(65 * 512), 2048, 64));
		assertEquals(895, GrubBiosSetup.MAX_CORE_SECTORS);
	}
}
