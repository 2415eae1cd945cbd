package dev.kiln.image.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.image.qemu.Accelerator;
import dev.kiln.image.qemu.PortForward;
import dev.kiln.image.qemu.QemuMachine;

/** The qemu-system-x86_64 command line of a machine that boots a Kiln image. */
class QemuMachineTest {

	private static final Path DISK = Path.of("/work/demo/build/demo-1.0.0.qcow2");

	@Test
	void aBiosMachineUnderTcgBootsTheDiskOnASnapshotWithTheSerialConsoleOnStdio() {
		List<String> command = QemuMachine.builder(DISK, "qcow2").executable(Path.of("/usr/bin/qemu-system-x86_64")).build()
				.commandLine();

		assertEquals(List.of("/usr/bin/qemu-system-x86_64", "-accel", "tcg,thread=single", "-m", "512", "-smp", "1",
				"-display", "none", "-serial", "stdio", "-monitor", "none", "-snapshot",
				"-drive", "file=/work/demo/build/demo-1.0.0.qcow2,if=virtio,format=qcow2",
				"-netdev", "user,id=net0", "-device", "virtio-net-pci,netdev=net0"), command);
	}

	@Test
	void kvmComesFirstWithTcgAsTheFallback() {
		List<String> command = QemuMachine.builder(DISK, "raw").accelerator(Accelerator.KVM).build().commandLine();

		assertEquals(List.of("-accel", "kvm", "-accel", "tcg,thread=single"), command.subList(1, 5));
	}

	@Test
	void uefiUsesOvmfOnQ35WithTheMachinesOwnVariableStore() {
		Path vars = Path.of("/tmp/launch-1/OVMF_VARS.fd");
		List<String> command = QemuMachine.builder(DISK, "raw").firmware(QemuMachine.Firmware.UEFI, vars).build().commandLine();

		assertEquals(List.of("-machine", "q35", "-drive", "if=pflash,format=raw,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.fd",
				"-drive", "if=pflash,format=raw,file=/tmp/launch-1/OVMF_VARS.fd"), command.subList(3, 9));
	}

	@Test
	void secureBootUsesOvmfsSmmBuildWithMicrosoftsKeysOnQ35WithSmmAndFlashWritableOnlyFromSmm() {
		Path vars = Path.of("/tmp/launch-1/OVMF_VARS_4M.ms.fd");
		List<String> command = QemuMachine.builder(DISK, "raw").firmware(QemuMachine.Firmware.UEFI_SECURE_BOOT, vars).build().commandLine();

		assertEquals(List.of("-machine", "q35,smm=on", "-global", "driver=cfi.pflash01,property=secure,value=on",
				"-drive", "if=pflash,format=raw,unit=0,readonly=on,file=/usr/share/OVMF/OVMF_CODE_4M.secboot.fd",
				"-drive", "if=pflash,format=raw,unit=1,file=/tmp/launch-1/OVMF_VARS_4M.ms.fd"), command.subList(3, 11));
		assertEquals(Path.of("/usr/share/OVMF/OVMF_VARS_4M.ms.fd"), QemuMachine.Firmware.UEFI_SECURE_BOOT.variableStore());
		assertThrows(IllegalArgumentException.class,
				() -> QemuMachine.builder(DISK, "raw").firmware(QemuMachine.Firmware.UEFI_SECURE_BOOT, null).build());
	}

	@Test
	void biosNeedsNoPflash() {
		List<String> command = QemuMachine.builder(DISK, "raw").build().commandLine();

		assertFalse(command.stream().anyMatch(a -> a.contains("pflash") || a.equals("q35")), command.toString());
	}

	@Test
	void uefiWithoutAVariableStoreIsRefused() {
		var builder = QemuMachine.builder(DISK, "raw").firmware(QemuMachine.Firmware.UEFI, null);

		assertThrows(IllegalArgumentException.class, builder::build);
	}

	@Test
	void memoryCpusAndForwardsOnLoopbackOnly() {
		List<String> command = QemuMachine.builder(DISK, "raw").memoryMb(1536).cpus(3).forward(PortForward.tcp(18080, 80))
				.forward(new PortForward("UDP", 5353, 53)).build().commandLine();

		assertEquals("1536", command.get(command.indexOf("-m") + 1));
		assertEquals("3", command.get(command.indexOf("-smp") + 1));
		assertEquals("user,id=net0,hostfwd=tcp:127.0.0.1:18080-:80,hostfwd=udp:127.0.0.1:5353-:53",
				command.get(command.indexOf("-netdev") + 1));
	}

	@Test
	void extraArgumentsComeLastSoTheyWin() {
		List<String> command = QemuMachine.builder(DISK, "raw").extraArguments(List.of("-m", "2048", "-no-reboot")).build()
				.commandLine();

		assertEquals(List.of("-m", "2048", "-no-reboot"), command.subList(command.size() - 3, command.size()));
		assertEquals(2, Collections.frequency(command, "-m"));
	}

	@Test
	void portsOutsideTheRangeAndOtherProtocolsAreRefused() {
		assertThrows(IllegalArgumentException.class, () -> PortForward.tcp(0, 80));
		assertThrows(IllegalArgumentException.class, () -> PortForward.tcp(8080, 65536));
		assertThrows(IllegalArgumentException.class, () -> new PortForward("sctp", 8080, 80));
		assertTrue(PortForward.tcp(65535, 1).hostfwd().startsWith("tcp:127.0.0.1:65535"));
	}
}
