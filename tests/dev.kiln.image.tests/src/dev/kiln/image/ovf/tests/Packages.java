package dev.kiln.image.ovf.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.image.Progress;
import dev.kiln.image.format.StreamOptimizedVmdkReader;
import dev.kiln.image.format.StreamOptimizedVmdkWriter;
import dev.kiln.image.format.tests.RawDisks;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.image.ovf.OvaWriter;
import dev.kiln.image.ovf.OvfDescriptor;
import dev.kiln.image.ovf.OvfEnvelopeWriter;
import dev.kiln.image.ovf.OvfVersion;

/** OVAs the tests build with Kiln's writers: a 40 MiB system disk with data and an empty 16 MiB data disk. */
final class Packages {

	static final long EPOCH = 1_704_067_200L;
	static final String SYSTEM_DISK = "wiki-appliance-2.1.0.vmdk";
	static final String DATA_DISK = "wiki-appliance-2.1.0-disk2.vmdk";
	static final String DESCRIPTOR = "wiki-appliance-2.1.0.ovf";
	static final String MANIFEST = "wiki-appliance-2.1.0.mf";
	static final String CERTIFICATE = "wiki-appliance-2.1.0.cert";

	/** The raw disks and their VMDKs. */
	record Disks(Path systemRaw, Path dataRaw, Path systemVmdk, Path dataVmdk) {
	}

	private Packages() {
	}

	static Disks disks(Path directory) throws IOException {
		Path work = Files.createDirectories(directory.resolve("disks"));
		Path systemRaw = RawDisks.scattered(work.resolve("system.raw"), 40L * RawDisks.MIB);
		Path dataRaw = RawDisks.empty(work.resolve("data.raw"), 16L * RawDisks.MIB);
		Path systemVmdk = work.resolve(SYSTEM_DISK);
		Path dataVmdk = work.resolve(DATA_DISK);
		new StreamOptimizedVmdkWriter(StreamOptimizedVmdkWriter.Options.DEFAULT).write(systemRaw, systemVmdk, Progress.NONE);
		new StreamOptimizedVmdkWriter(StreamOptimizedVmdkWriter.Options.DEFAULT).write(dataRaw, dataVmdk, Progress.NONE);
		return new Disks(systemRaw, dataRaw, systemVmdk, dataVmdk);
	}

	/** Writes {@code target} from {@code disks}, signed when {@code signer} is given, with an OVF 1.0 descriptor. */
	static Path ova(Disks disks, Path target, OvaSigner signer) throws IOException {
		return ova(disks, target, signer, OvfVersion.OVF_1_0);
	}

	/** Writes {@code target} from {@code disks}, signed when {@code signer} is given, with a descriptor of {@code version}. */
	static Path ova(Disks disks, Path target, OvaSigner signer, OvfVersion version) throws IOException {
		List<OvfDescriptor.Disk> described = new ArrayList<>();
		for (Path vmdk : List.of(disks.systemVmdk(), disks.dataVmdk())) {
			try (StreamOptimizedVmdkReader reader = StreamOptimizedVmdkReader.open(vmdk)) {
				described.add(new OvfDescriptor.Disk(vmdk.getFileName().toString(), Files.size(vmdk), reader.capacity(), reader.allocatedBytes()));
			}
		}
		byte[] descriptor = new OvfEnvelopeWriter(version).write(Descriptors.wiki(described, OvfDescriptor.DiskController.SCSI_LSILOGIC,
				OvfDescriptor.Firmware.BIOS));
		new OvaWriter(EPOCH).write(target, DESCRIPTOR, descriptor, List.of(new OvaWriter.Member(SYSTEM_DISK, disks.systemVmdk()),
				new OvaWriter.Member(DATA_DISK, disks.dataVmdk())), signer, Progress.NONE);
		return target;
	}
}
