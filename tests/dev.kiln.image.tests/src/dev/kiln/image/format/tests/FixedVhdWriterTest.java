package dev.kiln.image.format.tests;

import static dev.kiln.image.format.tests.RawDisks.MIB;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.image.format.DiskImage;
import dev.kiln.image.format.FixedVhdWriter;
import dev.kiln.testsupport.QemuImg;

/** Kiln's fixed VHDs, judged by qemu-img's vpc driver and by the footer's specified fields. */
class FixedVhdWriterTest {

	private static final FixedVhdWriter.Footer FOOTER = new FixedVhdWriter.Footer(Instant.parse("2025-01-01T00:00:00Z"),
			UUID.fromString("6b0f4b1e-3f52-4d2c-9a57-0c1f2e3d4a5b"));

	private final QemuImg qemuImg = QemuImg.find();

	@TempDir
	Path dir;

	@Test
	void aFixedVhdIsTheRawDiskThenAFooterAndQemuReadsTheSameDisk() throws Exception {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 96L * MIB);
		Path vhd = dir.resolve("disk.vhd");

		String sha256 = FixedVhdWriter.write(DiskImage.of(raw), FOOTER, vhd, Progress.NONE);

		assertEquals(96L * MIB + 512, Files.size(vhd));
		String info = qemuImg.info(vhd, "vpc");
		assertTrue(info.contains("\"format\": \"vpc\""), info);
		assertTrue(info.contains("\"virtual-size\": " + 96L * MIB), "qemu sizes the disk by the footer's current size: " + info);
		qemuImg.assertIdentical(raw, vhd, "vpc");
		assertEquals(HexFormat.of().formatHex(sha256(vhd)), sha256);
	}

	@Test
	void theFooterHasTheSpecifiedFieldsAndAValidChecksum() throws IOException {
		Path raw = RawDisks.empty(dir.resolve("disk.raw"), 2048L * MIB);
		Path vhd = dir.resolve("disk.vhd");

		FixedVhdWriter.write(DiskImage.of(raw), FOOTER, vhd, Progress.NONE);

		ByteBuffer footer = ByteBuffer.allocate(512);
		try (RandomAccessFile file = new RandomAccessFile(vhd.toFile(), "r")) {
			file.seek(2048L * MIB);
			file.readFully(footer.array());
		}
		assertEquals("conectix", new String(footer.array(), 0, 8, "US-ASCII"));
		assertEquals(2, footer.getInt(8), "features: reserved bit");
		assertEquals(0x00010000, footer.getInt(12), "file format version 1.0");
		assertEquals(-1L, footer.getLong(16), "a fixed disk has no data offset");
		assertEquals(Instant.parse("2025-01-01T00:00:00Z").getEpochSecond() - Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
				footer.getInt(24) & 0xffffffffL);
		assertEquals("qem2", new String(footer.array(), 28, 4, "US-ASCII"));
		assertEquals(2048L * MIB, footer.getLong(40), "original size");
		assertEquals(2048L * MIB, footer.getLong(48), "current size");
		// the specification's CHS for 4194304 sectors: 63 sectors a track, 16 heads, 4161 cylinders
		assertEquals(4161, footer.getShort(56) & 0xffff);
		assertEquals(16, footer.get(58));
		assertEquals(63, footer.get(59));
		assertEquals(2, footer.getInt(60), "disk type: fixed");
		int sum = 0;
		for (int i = 0; i < 512; i++) {
			if (i < 64 || i >= 68) {
				sum += footer.get(i) & 0xff;
			}
		}
		assertEquals(~sum, footer.getInt(64), "checksum");
		assertEquals(FOOTER.uniqueId(), new UUID(footer.getLong(68), footer.getLong(76)));
		assertArrayEquals(new byte[512 - 84], Arrays.copyOfRange(footer.array(), 84, 512), "saved state and reserved bytes are zero");
		qemuImg.assertIdentical(raw, vhd, "vpc");
	}

	@Test
	void theSameDiskGivesTheSameBytes() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 96L * MIB);

		String one = FixedVhdWriter.write(DiskImage.of(raw), FOOTER, dir.resolve("one.vhd"), Progress.NONE);
		String two = FixedVhdWriter.write(DiskImage.of(raw), FOOTER, dir.resolve("two.vhd"), Progress.NONE);

		assertEquals(one, two);
	}

	@Test
	void aSizeThatIsNotWholeMibIsRefusedAndNothingIsWritten() throws IOException {
		Path raw = RawDisks.empty(dir.resolve("odd.raw"), 3L * MIB + 512);
		Path vhd = dir.resolve("odd.vhd");

		assertThrows(IllegalArgumentException.class, () -> FixedVhdWriter.write(DiskImage.of(raw), FOOTER, vhd, Progress.NONE));
		assertTrue(Files.notExists(vhd));
	}

	private static byte[] sha256(Path file) throws IOException, NoSuchAlgorithmException {
		return MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
	}
}
