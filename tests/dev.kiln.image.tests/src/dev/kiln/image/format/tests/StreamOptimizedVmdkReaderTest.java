package dev.kiln.image.format.tests;

import static dev.kiln.image.format.tests.RawDisks.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.image.format.DiskFormatException;
import dev.kiln.image.format.DiskFormatException.Kind;
import dev.kiln.image.format.StreamOptimizedVmdkReader;
import dev.kiln.image.format.StreamOptimizedVmdkWriter;
import dev.kiln.testsupport.QemuImg;

/** Reading streamOptimized VMDKs of both layouts back, and telling exactly what is wrong with bad ones. */
class StreamOptimizedVmdkReaderTest {

	private final QemuImg qemuImg = QemuImg.find();

	@TempDir
	Path dir;

	private Path raw;
	private Path vmdk;

	@BeforeEach
	void writeKilnVmdk() throws IOException {
		raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB + 512);
		vmdk = dir.resolve("disk.vmdk");
		new StreamOptimizedVmdkWriter(StreamOptimizedVmdkWriter.Options.DEFAULT).write(raw, vmdk, Progress.NONE);
	}

	@Test
	void readsKilnsVmdkBackToTheRawDisk() throws IOException {
		try (StreamOptimizedVmdkReader reader = StreamOptimizedVmdkReader.open(vmdk)) {
			assertTrue(reader.hasFooter());
		}
		DiskContents.assertReadsAs(vmdk, raw);
	}

	@Test
	void readsQemuImgsVmdkBackToTheRawDisk() throws IOException {
		Path qemuVmdk = dir.resolve("qemu.vmdk");
		qemuImg.convertToStreamOptimizedVmdk(raw, qemuVmdk);

		try (StreamOptimizedVmdkReader reader = StreamOptimizedVmdkReader.open(qemuVmdk)) {
			assertFalse(reader.hasFooter(), "qemu-img keeps the grain directory near the start");
			assertTrue(reader.descriptor().contains("createType=\"streamOptimized\""), reader.descriptor());
		}
		DiskContents.assertReadsAs(qemuVmdk, raw);
	}

	@Test
	void truncatedFileIsReported() throws IOException {
		truncate(Files.size(vmdk) / 2);

		assertProblem(Kind.TRUNCATED, (Files.size(vmdk) - 512), this::open);
	}

	@Test
	void fileShorterThanAHeaderIsReported() throws IOException {
		truncate(100);

		assertProblem(Kind.TRUNCATED, 0, this::open);
	}

	@Test
	void wrongMagicIsReported() throws IOException {
		patch(0, ByteBuffer.wrap("QFI\u00fb".getBytes(StandardCharsets.ISO_8859_1)));

		assertProblem(Kind.BAD_MAGIC, 0, this::open);
	}

	@Test
	void unsupportedVersionIsReported() throws IOException {
		patch(footer() + 4, le(4).putInt(4));

		assertProblem(Kind.UNSUPPORTED, footer() + 4, this::open);
	}

	@Test
	void unknownIncompatibleFlagIsReported() throws IOException {
		patch(footer() + 8, le(4).putInt(0x30001 | 1 << 20));

		assertProblem(Kind.UNSUPPORTED, footer() + 8, this::open);
	}

	@Test
	void vmdkWithoutCompressedGrainsIsReported() throws IOException {
		patch(footer() + 8, le(4).putInt(0x00001));

		assertProblem(Kind.UNSUPPORTED, footer() + 8, this::open);
	}

	@Test
	void grainDirectoryPastTheEndIsReported() throws IOException {
		patch(footer() + 56, le(8).putLong(Files.size(vmdk) / 512 + 10));

		assertProblem(Kind.POINTER_PAST_EOF, footer() + 56, this::open);
	}

	@Test
	void grainTablePastTheEndIsReported() throws IOException {
		long gd = gdOffset() * 512;
		patch(gd + 4, le(4).putInt((int) (Files.size(vmdk) / 512 + 1)));

		assertProblem(Kind.POINTER_PAST_EOF, gd + 4, this::open);
	}

	@Test
	void grainMarkerDisagreeingWithItsTableEntryIsReported() throws IOException {
		long grain = firstGrainMarker();
		patch(grain, le(8).putLong(128 * 5));

		assertProblem(Kind.LBA_MISMATCH, grain, this::copy);
	}

	@Test
	void corruptDeflateDataIsReported() throws IOException {
		long grain = firstGrainMarker();
		patch(grain + 12 + 2, ByteBuffer.wrap(new byte[] { (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff }));

		assertProblem(Kind.CORRUPT_DATA, grain + 12, this::copy);
	}

	private void open() throws IOException {
		StreamOptimizedVmdkReader.open(vmdk).close();
	}

	private void copy() throws IOException {
		try (StreamOptimizedVmdkReader reader = StreamOptimizedVmdkReader.open(vmdk)) {
			reader.copyTo(OutputStream.nullOutputStream(), Progress.NONE);
		}
	}

	private void assertProblem(Kind kind, long offset, Executable action) {
		DiskFormatException problem = assertThrows(DiskFormatException.class, action);
		assertEquals(kind, problem.kind(), problem.getMessage());
		assertEquals(vmdk, problem.file());
		assertEquals(offset, problem.offset(), problem.getMessage());
		assertTrue(problem.getMessage().startsWith(vmdk + ": at offset " + offset + " "), problem.getMessage());
	}

	/** Where the footer (the header that counts in Kiln's layout) starts. */
	private long footer() throws IOException {
		return Files.size(vmdk) - 1024;
	}

	private long gdOffset() throws IOException {
		return read(footer() + 56, 8).getLong();
	}

	private long firstGrainMarker() throws IOException {
		long gt = Integer.toUnsignedLong(read(gdOffset() * 512, 4).getInt());
		return Integer.toUnsignedLong(read(gt * 512, 4).getInt()) * 512;
	}

	private ByteBuffer read(long position, int length) throws IOException {
		try (FileChannel channel = FileChannel.open(vmdk)) {
			ByteBuffer buffer = le(length);
			channel.read(buffer, position);
			return buffer.flip();
		}
	}

	private void patch(long position, ByteBuffer bytes) throws IOException {
		try (FileChannel channel = FileChannel.open(vmdk, StandardOpenOption.WRITE)) {
			channel.write(bytes.clear(), position);
		}
	}

	private void truncate(long size) throws IOException {
		try (FileChannel channel = FileChannel.open(vmdk, StandardOpenOption.WRITE)) {
			channel.truncate(size);
		}
	}

	private static ByteBuffer le(int length) {
		return ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
	}
}
