package dev.kiln.image.format.tests;

import static dev.kiln.image.format.tests.RawDisks.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.image.format.StreamOptimizedVmdkReader;
import dev.kiln.image.format.StreamOptimizedVmdkWriter;
import dev.kiln.image.format.StreamOptimizedVmdkWriter.AdapterType;
import dev.kiln.image.format.StreamOptimizedVmdkWriter.Options;
import dev.kiln.testsupport.QemuImg;

/** Kiln's streamOptimized VMDKs, judged by qemu-img and by the VMDK 5.0 layout. */
class StreamOptimizedVmdkWriterTest {

	private final QemuImg qemuImg = QemuImg.find();

	@TempDir
	Path dir;

	@Test
	void qemuImgSeesAStreamOptimizedVmdkIdenticalToTheRawDisk() throws IOException {
		// 96 MiB and three sectors: the last grain is partial and holds data
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 96L * MIB + 3 * 512);
		Path vmdk = dir.resolve("disk.vmdk");

		new StreamOptimizedVmdkWriter(Options.DEFAULT).write(raw, vmdk, Progress.NONE);

		String info = qemuImg.info(vmdk);
		assertTrue(info.contains("\"format\": \"vmdk\""), info);
		assertTrue(info.contains("\"create-type\": \"streamOptimized\""), info);
		assertTrue(info.contains("\"virtual-size\": " + (96L * MIB + 3 * 512)), info);
		qemuImg.assertChecks(vmdk);
		qemuImg.assertIdentical(raw, vmdk);
	}

	@Test
	void emptyDiskHasNoGrains() throws IOException {
		Path raw = RawDisks.empty(dir.resolve("empty.raw"), 256L * MIB);
		Path vmdk = dir.resolve("empty.vmdk");

		new StreamOptimizedVmdkWriter(Options.DEFAULT).write(raw, vmdk, Progress.NONE);

		qemuImg.assertChecks(vmdk);
		qemuImg.assertIdentical(raw, vmdk);
		// 128 sectors before the first grain; 8 grain tables (marker + 4 sectors); directory; footer; end
		assertEquals(512L * (128 + 8 * 5 + 2 + 2 + 1), Files.size(vmdk));
	}

	@Test
	void layoutIsVmwaresWithTheGrainDirectoryAtTheEnd() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB);
		Path vmdk = dir.resolve("disk.vmdk");

		new StreamOptimizedVmdkWriter(Options.DEFAULT).write(raw, vmdk, Progress.NONE);

		ByteBuffer header = sector(vmdk, 0);
		assertEquals(0x564d444b, header.getInt(0), "magic KDMV");
		assertEquals(3, header.getInt(4), "version");
		assertEquals(0x30001, header.getInt(8), "flags");
		assertEquals(128, header.getLong(20), "grainSize");
		assertEquals(-1L, header.getLong(56), "gdOffset GD_AT_END");
		assertEquals(1, header.getShort(77), "compressAlgorithm deflate");
		long sectors = Files.size(vmdk) / 512;
		assertEquals(List.of(0L, 0, 0), marker(sector(vmdk, sectors - 1)), "end-of-stream marker");
		assertEquals(List.of(1L, 0, 3), marker(sector(vmdk, sectors - 3)), "footer marker");
		ByteBuffer footer = sector(vmdk, sectors - 2);
		long gdOffset = footer.getLong(56);
		assertEquals(List.of(1L, 0, 2), marker(sector(vmdk, gdOffset - 1)), "grain directory marker");
		int firstTable = sector(vmdk, gdOffset).getInt(0);
		assertEquals(List.of(4L, 0, 1), marker(sector(vmdk, firstTable - 1)), "grain table marker");
		ByteBuffer grain = sector(vmdk, sector(vmdk, firstTable).getInt(0));
		assertEquals(0L, grain.getLong(0), "LBA of the first grain's marker");
		assertTrue(grain.getInt(8) > 0, "compressed size of the first grain");
		assertEquals(0x78, grain.get(12) & 0xff, "a zlib stream (RFC 1950) follows the marker");
	}

	@Test
	void descriptorCarriesTheOptions() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB);
		Path vmdk = dir.resolve("appliance-disk1.vmdk");

		new StreamOptimizedVmdkWriter(new Options(AdapterType.IDE, 19)).write(raw, vmdk, Progress.NONE);

		try (StreamOptimizedVmdkReader reader = StreamOptimizedVmdkReader.open(vmdk)) {
			List<String> lines = reader.descriptor().lines().toList();
			assertTrue(lines.contains("createType=\"streamOptimized\""), reader.descriptor());
			assertTrue(lines.contains("parentCID=ffffffff"), reader.descriptor());
			assertTrue(lines.contains("RW 131072 SPARSE \"appliance-disk1.vmdk\""), reader.descriptor());
			assertTrue(lines.contains("ddb.adapterType = \"ide\""), reader.descriptor());
			assertTrue(lines.contains("ddb.virtualHWVersion = \"19\""), reader.descriptor());
			assertTrue(lines.contains("ddb.geometry.heads = \"16\""), reader.descriptor());
			assertTrue(lines.contains("ddb.geometry.sectors = \"63\""), reader.descriptor());
			assertTrue(lines.contains("ddb.geometry.cylinders = \"131\""), reader.descriptor());
			assertTrue(lines.stream().anyMatch(line -> line.matches("CID=[0-9a-f]{8}") && !line.equals("CID=ffffffff")),
					reader.descriptor());
		}
	}

	@Test
	void defaultsAreLsiLogicAndHardwareVersion14() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB);
		Path vmdk = dir.resolve("disk.vmdk");

		new StreamOptimizedVmdkWriter(Options.DEFAULT).write(raw, vmdk, Progress.NONE);

		try (StreamOptimizedVmdkReader reader = StreamOptimizedVmdkReader.open(vmdk)) {
			List<String> lines = reader.descriptor().lines().toList();
			assertTrue(lines.contains("ddb.adapterType = \"lsilogic\""), reader.descriptor());
			assertTrue(lines.contains("ddb.virtualHWVersion = \"14\""), reader.descriptor());
			assertTrue(lines.contains("ddb.geometry.heads = \"255\""), reader.descriptor());
		}
	}

	@Test
	void sameDiskGivesTheSameBytesWhateverTheThreads() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB);
		Path first = Files.createDirectory(dir.resolve("first")).resolve("disk.vmdk");
		Path second = Files.createDirectory(dir.resolve("second")).resolve("disk.vmdk");

		new StreamOptimizedVmdkWriter(Options.DEFAULT, 1).write(raw, first, Progress.NONE);
		new StreamOptimizedVmdkWriter(Options.DEFAULT, 4).write(raw, second, Progress.NONE);

		assertEquals(DiskContents.sha256(first), DiskContents.sha256(second));
	}

	@Test
	void cancelledWriteLeavesNoFileWithTheFinalName() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 64L * MIB);
		Path vmdk = dir.resolve("disk.vmdk");

		assertThrows(CancellationException.class, () -> new StreamOptimizedVmdkWriter(Options.DEFAULT).write(raw, vmdk,
				new CancellingProgress(8L * MIB)));

		assertFalse(Files.exists(vmdk));
		try (Stream<Path> files = Files.list(dir)) {
			assertEquals(List.of(raw), files.toList());
		}
	}

	private static ByteBuffer sector(Path file, long sector) throws IOException {
		try (FileChannel channel = FileChannel.open(file)) {
			ByteBuffer buffer = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
			channel.read(buffer, sector * 512);
			return buffer.flip();
		}
	}

	/** A metadata marker's numSectors, size and type. */
	private static List<Number> marker(ByteBuffer sector) {
		return List.of(sector.getLong(0), sector.getInt(8), sector.getInt(12));
	}
}
