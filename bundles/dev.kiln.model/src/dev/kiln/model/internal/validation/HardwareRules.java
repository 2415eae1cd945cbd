package dev.kiln.model.internal.validation;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Architecture;
import dev.kiln.model.Disk;
import dev.kiln.model.DiskController;
import dev.kiln.model.Firmware;
import dev.kiln.model.Hardware;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.Output;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.validation.ManifestRule;

/**
 * Rules of the virtual hardware: CPUs, memory for the suite, firmware and disks, and what the
 * hypervisors the outputs are made for accept ({@link Hypervisor}, the limits of the OVA's disks).
 */
public final class HardwareRules {

	static final int SYSTEM_DISK_MINIMUM_MB = 1024;
	static final int DATA_DISK_MINIMUM_MB = 1;
	/**
	 * The largest disk Kiln writes as a streamOptimized VMDK: its grain tables hold 32-bit sector numbers
	 * (VMware Virtual Disk Format 5.0, hosted sparse extents), so a disk has fewer than 2^32 sectors of 512
	 * bytes, less than 2 TiB.
	 */
	public static final int VMDK_MAX_MB = (int) ((0xFFFFFFFFL * 512) >> 20);
	/** Built when the manifest names no output. */
	private static final List<String> DEFAULT_OUTPUTS = List.of("raw"); //$NON-NLS-1$
	private static final String OVA = "ova"; //$NON-NLS-1$
	private static final String GCE = "gce"; //$NON-NLS-1$
	private static final Set<String> VMDK_OUTPUTS = Set.of("vmdk", OVA); //$NON-NLS-1$

	public void hardware(Hardware hardware, Reporter reporter) {
		List<String> outputs = outputs(hardware);
		int cpus = hardware.getCpus();
		if (cpus < 1 || cpus > Hypervisor.mostCpus()) {
			reporter.report(ManifestRule.CPUS_OUT_OF_RANGE, hardware, Literals.HARDWARE__CPUS, Integer.valueOf(cpus),
					Integer.valueOf(Hypervisor.mostCpus()), Hypervisor.withMostCpus().label());
		} else {
			exceeded(outputs, cpus, Hypervisor::maxCpus).ifPresent(hypervisor -> {
				Object[] arguments = { Integer.valueOf(cpus), hypervisor.label(), Integer.valueOf(hypervisor.maxCpus()),
						outputFor(hypervisor, outputs) };
				if (hypervisor.refuses()) {
					reporter.report(ManifestRule.CPUS_ABOVE_HYPERVISOR_LIMIT, hardware, Literals.HARDWARE__CPUS, arguments);
				} else {
					reporter.reportVariant(ManifestRule.HARDWARE_LOWERED_ON_IMPORT, "cpus", hardware, Literals.HARDWARE__CPUS, //$NON-NLS-1$
							arguments);
				}
			});
		}
		Optional<OperatingSystem> os = operatingSystem(hardware);
		Optional<DebianSuite> suite = os.flatMap(system -> DebianSuite.named(system.getSuite()));
		int memory = hardware.getMemoryMb();
		if (suite.isPresent() && memory < suite.get().minimumMemoryMb()) {
			reporter.report(ManifestRule.MEMORY_TOO_SMALL, hardware, Literals.HARDWARE__MEMORY_MB,
					Integer.valueOf(memory), suite.get().codeName(),
					Integer.valueOf(suite.get().minimumMemoryMb()));
		}
		exceeded(outputs, memory, Hypervisor::maxMemoryMb).ifPresent(hypervisor -> {
			Object[] arguments = { Integer.valueOf(memory), hypervisor.label(), Integer.valueOf(hypervisor.maxMemoryMb()),
					Integer.valueOf(hypervisor.maxMemoryMb() / 1024), outputFor(hypervisor, outputs) };
			if (hypervisor.refuses()) {
				reporter.report(ManifestRule.MEMORY_ABOVE_HYPERVISOR_LIMIT, hardware, Literals.HARDWARE__MEMORY_MB, arguments);
			} else {
				reporter.reportVariant(ManifestRule.HARDWARE_LOWERED_ON_IMPORT, "memory", hardware, //$NON-NLS-1$
						Literals.HARDWARE__MEMORY_MB, arguments);
			}
		});
		if (suite.isPresent()) {
			Architecture architecture = os.get().getArchitecture();
			Set<Firmware> supported = suite.get().firmware(architecture);
			if (!supported.contains(hardware.getFirmware())) {
				String alternatives = supported.stream().map(firmware -> "firmware=\"" + firmware.getLiteral() + "\"") //$NON-NLS-1$ //$NON-NLS-2$
						.reduce((first, second) -> ModelText.bind(ModelText.HardwareRules_or, first, second)).orElse(""); //$NON-NLS-1$
				reporter.report(ManifestRule.FIRMWARE_UNSUPPORTED, hardware, Literals.HARDWARE__FIRMWARE,
						hardware.getFirmware().getLiteral(), suite.get().codeName(), architecture.getLiteral(),
						alternatives);
			}
		}
		Duplicates.find(hardware.getDisks(), Disk::getName, (first, repeat) -> reporter
				.report(ManifestRule.DISK_DUPLICATE, repeat, Literals.DISK__NAME, repeat.getName()));
		if (outputs.contains(OVA)) {
			controller(hardware, reporter);
		}
	}

	public void disk(Disk disk, Reporter reporter) {
		boolean system = disk.eContainer() instanceof Hardware hardware && hardware.getDisks().indexOf(disk) == 0;
		String name = disk.getName() == null ? "" : disk.getName(); //$NON-NLS-1$
		int minimum = system ? SYSTEM_DISK_MINIMUM_MB : DATA_DISK_MINIMUM_MB;
		if (disk.getSizeMb() < minimum) {
			reporter.reportVariant(ManifestRule.DISK_TOO_SMALL, system ? "system" : "data", disk, //$NON-NLS-1$ //$NON-NLS-2$
					Literals.DISK__SIZE_MB, name, Integer.valueOf(disk.getSizeMb()), Integer.valueOf(minimum));
		}
		if (system && disk.getSizeMb() % 1024 != 0 && disk.eContainer() instanceof Hardware hardware && outputs(hardware).contains(GCE)) {
			reporter.report(ManifestRule.GCE_DISK_NOT_WHOLE_GIB, disk, Literals.DISK__SIZE_MB, name, Integer.valueOf(disk.getSizeMb()),
					Integer.valueOf((disk.getSizeMb() / 1024 + 1) * 1024));
		}
		if (disk.getSizeMb() > VMDK_MAX_MB && disk.eContainer() instanceof Hardware hardware) {
			// the VMDK output holds the system disk; the OVA every disk
			outputs(hardware).stream().filter(system ? VMDK_OUTPUTS::contains : OVA::equals).findFirst()
					.ifPresent(output -> reporter.report(ManifestRule.DISK_TOO_LARGE, disk, Literals.DISK__SIZE_MB, name,
							Integer.valueOf(disk.getSizeMb()), output, Integer.valueOf(VMDK_MAX_MB)));
		}
	}

	/**
	 * The most devices the OVA's one disk controller takes, as Kiln's OVF writer lays them out: SCSI (LSI
	 * Logic) units 0 to 15 but 7, the controller's own; 30 SATA ports; two IDE controllers of two
	 * devices each. VMware's configuration maximums are the same per controller.
	 */
	public static int maxDevices(DiskController controller) {
		return switch (controller) {
			case SCSI -> 15;
			case SATA -> 30;
			case IDE -> 4;
		};
	}

	/** Whether the CD-ROM of the OVF environment (with properties) is on the disks' controller, else on an IDE one of its own. */
	public static boolean sharesCdRom(DiskController controller) {
		return controller != DiskController.SCSI;
	}

	private static void controller(Hardware hardware, Reporter reporter) {
		DiskController controller = hardware.getDiskController();
		boolean cdRom = sharesCdRom(controller) && hardware.eContainer() instanceof Appliance appliance
				&& appliance.getProperties() != null && !appliance.getProperties().getEntries().isEmpty();
		int devices = Math.max(1, hardware.getDisks().size()) + (cdRom ? 1 : 0);
		if (devices > maxDevices(controller)) {
			reporter.reportVariant(ManifestRule.DISK_CONTROLLER_FULL, cdRom ? "withCdRom" : null, hardware, //$NON-NLS-1$
					Literals.HARDWARE__DISK_CONTROLLER, controller.getLiteral(), Integer.valueOf(maxDevices(controller)),
					Integer.valueOf(devices));
		}
	}

	/**
	 * The hypervisor whose limit {@code value} is above, of those the outputs are made for: the strictest
	 * one that refuses it, else the strictest one that lowers it.
	 */
	private static Optional<Hypervisor> exceeded(List<String> outputs, int value, ToIntFunction<Hypervisor> limit) {
		return Arrays.stream(Hypervisor.values()).filter(hypervisor -> outputs.stream().anyMatch(hypervisor.formats()::contains))
				.filter(hypervisor -> value > limit.applyAsInt(hypervisor))
				.min(Comparator.comparing((Hypervisor hypervisor) -> !hypervisor.refuses()).thenComparingInt(limit));
	}

	private static String outputFor(Hypervisor hypervisor, List<String> outputs) {
		return outputs.stream().filter(hypervisor.formats()::contains).findFirst().orElseThrow();
	}

	/** The formats the appliance is built into. */
	private static List<String> outputs(Hardware hardware) {
		if (!(hardware.eContainer() instanceof Appliance appliance) || appliance.getOutputs() == null
				|| appliance.getOutputs().getEntries().isEmpty()) {
			return DEFAULT_OUTPUTS;
		}
		return appliance.getOutputs().getEntries().stream().map(Output::getFormat).filter(Objects::nonNull).toList();
	}

	private static Optional<OperatingSystem> operatingSystem(Hardware hardware) {
		return hardware.eContainer() instanceof Appliance appliance ? Optional.ofNullable(appliance.getOs())
				: Optional.empty();
	}

}
