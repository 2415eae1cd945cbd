package dev.kiln.model.internal.validation;

import java.util.Optional;
import java.util.Set;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Architecture;
import dev.kiln.model.Disk;
import dev.kiln.model.Firmware;
import dev.kiln.model.Hardware;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the virtual hardware: CPUs, memory for the suite, firmware and disks. */
public final class HardwareRules {

	static final int MAX_CPUS = 64;
	static final int SYSTEM_DISK_MINIMUM_MB = 1024;
	static final int DATA_DISK_MINIMUM_MB = 1;

	public void hardware(Hardware hardware, Reporter reporter) {
		if (hardware.getCpus() < 1 || hardware.getCpus() > MAX_CPUS) {
			reporter.report(ManifestRule.CPUS_OUT_OF_RANGE, hardware, Literals.HARDWARE__CPUS,
					Integer.valueOf(hardware.getCpus()), Integer.valueOf(MAX_CPUS));
		}
		Optional<OperatingSystem> os = operatingSystem(hardware);
		Optional<DebianSuite> suite = os.flatMap(system -> DebianSuite.named(system.getSuite()));
		if (suite.isPresent() && hardware.getMemoryMb() < suite.get().minimumMemoryMb()) {
			reporter.report(ManifestRule.MEMORY_TOO_SMALL, hardware, Literals.HARDWARE__MEMORY_MB,
					Integer.valueOf(hardware.getMemoryMb()), suite.get().codeName(),
					Integer.valueOf(suite.get().minimumMemoryMb()));
		}
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
	}

	public void disk(Disk disk, Reporter reporter) {
		boolean system = disk.eContainer() instanceof Hardware hardware && hardware.getDisks().indexOf(disk) == 0;
		int minimum = system ? SYSTEM_DISK_MINIMUM_MB : DATA_DISK_MINIMUM_MB;
		if (disk.getSizeMb() < minimum) {
			reporter.reportVariant(ManifestRule.DISK_TOO_SMALL, system ? "system" : "data", disk, //$NON-NLS-1$ //$NON-NLS-2$
					Literals.DISK__SIZE_MB, disk.getName() == null ? "" : disk.getName(), //$NON-NLS-1$
					Integer.valueOf(disk.getSizeMb()), Integer.valueOf(minimum));
		}
	}

	private static Optional<OperatingSystem> operatingSystem(Hardware hardware) {
		return hardware.eContainer() instanceof Appliance appliance ? Optional.ofNullable(appliance.getOs())
				: Optional.empty();
	}

}
