package dev.kiln.image.ovf.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.image.Progress;
import dev.kiln.image.ovf.OvaReader;
import dev.kiln.image.ovf.OvaVerifier;
import dev.kiln.image.ovf.OvaWriter;
import dev.kiln.image.ovf.OvfDescriptor;
import dev.kiln.image.ovf.OvfEnvelopeWriter;

/**
 * Packs or verifies an OVA once, for {@code releng/bench/ova.sh}, and prints the time it took inside
 * the JVM.
 * <p>
 * Usage: {@code OvaBench pack OUTPUT.ova DESCRIPTOR_OUT.ovf FILE...} (writes the descriptor it packs
 * beside, so that the script can tar the same files) or {@code OvaBench verify OVA}.
 */
public final class OvaBench {

	private OvaBench() {
	}

	/** Entry point. */
	public static void main(String[] args) throws Exception {
		long start = System.nanoTime();
		switch (args.length > 0 ? args[0] : "") {
			case "pack" -> {
				List<OvfDescriptor.Disk> disks = new ArrayList<>();
				List<OvaWriter.Member> members = new ArrayList<>();
				for (int i = 3; i < args.length; i++) {
					Path file = Path.of(args[i]);
					disks.add(new OvfDescriptor.Disk(file.getFileName().toString(), Files.size(file), 1L << 30, -1));
					members.add(new OvaWriter.Member(file.getFileName().toString(), file));
				}
				OvfDescriptor descriptor = new OvfDescriptor("bench", "Bench", "OVA packing benchmark", null,
						new OvfDescriptor.Product("Bench", null, "1", null, null, null), List.of(), null,
						OvfDescriptor.OperatingSystem.debian64("trixie"), new OvfDescriptor.Hardware(1, 512,
								OvfDescriptor.DiskController.SCSI_LSILOGIC, OvfDescriptor.NetworkAdapter.VMXNET3, OvfDescriptor.Firmware.BIOS,
								OvfDescriptor.Hardware.VMX_14), disks, OvfDescriptor.Network.VM_NETWORK);
				byte[] xml = new OvfEnvelopeWriter().write(descriptor);
				Path ovf = Path.of(args[2]);
				Files.write(ovf, xml);
				new OvaWriter(1_704_067_200L).write(Path.of(args[1]), ovf.getFileName().toString(), xml, members, null, Progress.NONE);
			}
			case "verify" -> {
				try (OvaReader reader = OvaReader.open(Path.of(args[1]))) {
					new OvaVerifier().verify(reader, Progress.NONE).requireValid();
				}
			}
			default -> {
				System.err.println("usage: OvaBench pack OUTPUT.ova DESCRIPTOR.ovf FILE... | verify OVA");
				System.exit(2);
			}
		}
		System.out.printf("%.3f%n", (System.nanoTime() - start) / 1e9);
	}
}
