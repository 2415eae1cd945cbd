package dev.kiln.launch.internal;

import java.nio.file.Path;
import java.util.List;

import dev.kiln.image.qemu.Accelerator;
import dev.kiln.image.qemu.PortForward;
import dev.kiln.image.qemu.QemuMachine;
import dev.kiln.model.Appliance;
import dev.kiln.model.Firmware;
import dev.kiln.model.Hardware;

/**
 * The machine of a launch: the manifest's hardware, overridden by the configuration's memory and CPUs.
 * UEFI boots OVMF; BIOS and hybrid disks boot SeaBIOS (a hybrid disk is described as BIOS in the OVF
 * too, and SeaBIOS starts faster).
 */
public final class MachineMapper {

	private static final int DEFAULT_MEMORY_MB = 1024;

	private MachineMapper() {
	}

	/**
	 * @param ovmfVars
	 *            the machine's own copy of OVMF's variables, used when the manifest asks for UEFI
	 */
	public static QemuMachine map(LaunchSettings settings, Appliance appliance, Path qemu, Path image, String format,
			Accelerator accelerator, List<PortForward> forwards, Path ovmfVars) {
		Hardware hardware = appliance.getHardware();
		QemuMachine.Builder machine = QemuMachine.builder(image, format).executable(qemu).accelerator(accelerator)
				.memoryMb(settings.memoryMb() != null ? settings.memoryMb() : hardware != null ? hardware.getMemoryMb() : DEFAULT_MEMORY_MB)
				.cpus(settings.cpus() != null ? settings.cpus() : hardware != null ? hardware.getCpus() : 1)
				.extraArguments(settings.extraArguments());
		if (firmware(appliance) == QemuMachine.Firmware.UEFI) {
			machine.firmware(QemuMachine.Firmware.UEFI, ovmfVars);
		}
		forwards.forEach(machine::forward);
		return machine.build();
	}

	/** The firmware a launch boots the appliance with. */
	public static QemuMachine.Firmware firmware(Appliance appliance) {
		Hardware hardware = appliance.getHardware();
		return hardware != null && hardware.getFirmware() == Firmware.UEFI ? QemuMachine.Firmware.UEFI : QemuMachine.Firmware.BIOS;
	}
}
