package dev.kiln.image.format.tests;

import static dev.kiln.image.format.tests.RawDisks.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.format.RawDiskReader;

/** Reading raw disks in chunks and telling zero blocks from data. */
class RawDiskReaderTest {

	@TempDir
	Path dir;

	@Test
	void holesReadAsZeroBlocks() throws IOException {
		Path raw = RawDisks.empty(dir.resolve("empty.raw"), 4L * MIB);
		try (RawDiskReader disk = RawDiskReader.open(raw)) {
			ByteBuffer chunk = ByteBuffer.allocateDirect(RawDiskReader.CHUNK_SIZE);
			disk.read(MIB, chunk);
			assertEquals(RawDiskReader.CHUNK_SIZE, chunk.remaining());
			assertTrue(RawDiskReader.isZero(chunk, 0, chunk.limit()));
		}
	}

	@Test
	void oneByteMakesItsBlockData() throws IOException {
		Path raw = RawDisks.empty(dir.resolve("disk.raw"), 4L * MIB);
		try (RandomAccessFile file = new RandomAccessFile(raw.toFile(), "rw")) {
			file.seek(MIB + 65536 + 4095);
			file.write(1);
		}
		try (RawDiskReader disk = RawDiskReader.open(raw)) {
			ByteBuffer chunk = ByteBuffer.allocateDirect(RawDiskReader.CHUNK_SIZE);
			disk.read(MIB, chunk);
			assertTrue(RawDiskReader.isZero(chunk, 0, 65536));
			assertFalse(RawDiskReader.isZero(chunk, 65536, 2 * 65536));
			assertTrue(RawDiskReader.isZero(chunk, 65536 + 4096, chunk.limit()));
		}
	}

	@Test
	void bytesPastTheEndReadAsZeros() throws IOException {
		Path raw = Files.write(dir.resolve("short.raw"), RawDisks.noise(1000));
		try (RawDiskReader disk = RawDiskReader.open(raw)) {
			assertEquals(1000, disk.size());
			ByteBuffer block = ByteBuffer.allocate(4096);
			disk.read(0, block);
			assertEquals(4096, block.remaining());
			assertFalse(RawDiskReader.isZero(block, 0, 1000));
			assertTrue(RawDiskReader.isZero(block, 1000, 4096));
		}
	}
}
