package dev.kiln.image.format.tests;

import static dev.kiln.image.format.tests.RawDisks.MIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.image.format.DiskImage;
import dev.kiln.image.format.VagrantBoxWriter;
import dev.kiln.testsupport.QemuImg;
import dev.kiln.testsupport.VagrantBox;

/** Kiln's Vagrant boxes, unpacked by GNU tar, their metadata and Vagrantfile read by Ruby, their disk judged by qemu-img. */
class VagrantBoxWriterTest {

	private static final Instant BUILT = Instant.parse("2025-01-01T00:00:00Z");
	private static final VagrantBoxWriter.Machine HYBRID = new VagrantBoxWriter.Machine("acme-box 1.0.0", 2, 1536, false, List.of());

	private final QemuImg qemuImg = QemuImg.find();

	@TempDir
	Path dir;

	@Test
	void theBoxHoldsMetadataVagrantfileAndTheDiskAsQcow2() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 1536L * MIB);
		Path box = dir.resolve("acme.box");

		VagrantBoxWriter.write(DiskImage.of(raw), HYBRID, BUILT, dir, box, Progress.NONE);

		VagrantBox unpacked = VagrantBox.unpack(box, dir.resolve("unpacked"));
		assertEquals(List.of("metadata.json", "Vagrantfile", "box.img"), unpacked.members());
		List<String> settings = unpacked.settings();
		// vagrant-libvirt's volume capacity is whole GiB: 1.5 GiB is rounded up
		assertEquals("metadata format=qcow2 provider=libvirt virtual_size=2", settings.get(0));
		assertTrue(settings.containsAll(List.of("synced_folder . /vagrant disabled=true", "provider libvirt", "cpus= 2", "memory= 1536",
				"machine_type= q35")), settings.toString());
		assertFalse(settings.stream().anyMatch(line -> line.startsWith("loader=") || line.startsWith("storage")), settings.toString());
		assertTrue(qemuImg.info(unpacked.disk()).replaceAll("\\s+", "").contains("\"format\":\"qcow2\""));
		qemuImg.assertChecks(unpacked.disk());
		qemuImg.assertIdentical(raw, unpacked.disk());
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(List.of("acme.box", "disk.raw", "unpacked"), left.map(path -> path.getFileName().toString()).sorted().toList(),
					"the qcow2 made for the box is gone");
		}
	}

	@Test
	void aUefiApplianceGetsTheHostsOvmfAndItsDataDisks() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 1024L * MIB);
		Path box = dir.resolve("uefi.box");
		VagrantBoxWriter.Machine uefi = new VagrantBoxWriter.Machine("acme-uefi 2.0.0", 4, 4096, true, List.of(512L, 20480L));

		VagrantBoxWriter.write(DiskImage.of(raw), uefi, BUILT, dir, box, Progress.NONE);

		List<String> settings = VagrantBox.unpack(box, dir.resolve("unpacked")).settings();
		assertEquals("metadata format=qcow2 provider=libvirt virtual_size=1", settings.get(0));
		assertTrue(settings.containsAll(List.of("cpus= 4", "memory= 4096", "storage file size=512M bus=virtio",
				"storage file size=20480M bus=virtio")), settings.toString());
		// this machine has Debian's OVMF, the first path the Vagrantfile tries
		assertTrue(Files.exists(Path.of("/usr/share/OVMF/OVMF_CODE_4M.fd")));
		assertTrue(settings.contains("loader= /usr/share/OVMF/OVMF_CODE_4M.fd"), settings.toString());
	}

	@Test
	void theSameDiskAndTimeGiveTheSameBytes() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 1024L * MIB);

		VagrantBoxWriter.write(DiskImage.of(raw), HYBRID, BUILT, dir, dir.resolve("one.box"), Progress.NONE);
		VagrantBoxWriter.write(DiskImage.of(raw), HYBRID, BUILT, dir, dir.resolve("two.box"), Progress.NONE);

		assertEquals(-1L, Files.mismatch(dir.resolve("one.box"), dir.resolve("two.box")));
	}

	@Test
	void aCancelledWriteLeavesNothing() throws IOException {
		Path raw = RawDisks.scattered(dir.resolve("disk.raw"), 1024L * MIB);
		Path box = dir.resolve("cancelled.box");
		Progress cancelled = new Progress() {
			@Override
			public void worked(long units) {
			}

			@Override
			public boolean isCancelled() {
				return true;
			}
		};

		assertThrows(CancellationException.class, () -> VagrantBoxWriter.write(DiskImage.of(raw), HYBRID, BUILT, dir, box, cancelled));
		try (Stream<Path> left = Files.list(dir)) {
			assertEquals(List.of("disk.raw"), left.map(path -> path.getFileName().toString()).toList());
		}
	}
}
