package dev.kiln.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.kiln.image.qemu.Accelerator;
import dev.kiln.image.qemu.PortForward;
import dev.kiln.image.qemu.QemuMachine;
import dev.kiln.launch.internal.HostPorts;
import dev.kiln.launch.internal.LaunchSettings;
import dev.kiln.launch.internal.MachineMapper;
import dev.kiln.launch.internal.ManifestForwards;
import dev.kiln.model.Appliance;

/**
 * The machine a launch starts: the manifest's hardware and ports, overridden by the configuration;
 * QEMU's command line for it.
 */
class MachineMapperTest {

	private static final Path QEMU = Path.of("/usr/bin/qemu-system-x86_64");
	private static final Path IMAGE = Path.of("/ws/hello/build/hello-appliance-1.0.0.qcow2");
	private static final Path VARS = Path.of("/tmp/kiln-qemu-1/OVMF_VARS_4M.fd");

	private static LaunchSettings settings(Integer memoryMb, Integer cpus, List<PortForward> forwards, List<String> extra) {
		return new LaunchSettings(null, "", memoryMb, cpus, forwards, extra);
	}

	private static List<String> command(LaunchSettings settings, Appliance appliance, Accelerator accelerator) {
		List<PortForward> forwards = settings.forwards() != null ? settings.forwards() : ManifestForwards.preferred(appliance);
		return MachineMapper.map(settings, appliance, QEMU, IMAGE, "qcow2", accelerator, forwards, VARS).commandLine();
	}

	private static String after(List<String> command, String option) {
		return command.get(command.indexOf(option) + 1);
	}

	@Test
	void withoutOverridesTheManifestsMemoryCpusAndPortsAreUsed() {
		Appliance appliance = Manifests.hello("hybrid", "cpus=\"2\" memoryMb=\"768\"");

		List<String> command = command(settings(null, null, null, List.of()), appliance, Accelerator.TCG);

		assertEquals("768", after(command, "-m"));
		assertEquals("2", after(command, "-smp"));
		assertEquals("user,id=net0,hostfwd=tcp:127.0.0.1:8080-:8080,hostfwd=tcp:127.0.0.1:10022-:22,hostfwd=udp:127.0.0.1:10053-:53",
				after(command, "-netdev"));
	}

	@Test
	void memoryCpusAndForwardsOfTheConfigurationOverrideTheManifest() {
		Appliance appliance = Manifests.hello("bios", "cpus=\"2\" memoryMb=\"768\"");

		List<String> command = command(settings(2048, 4, List.of(PortForward.tcp(18080, 8080)), List.of("-no-reboot")), appliance,
				Accelerator.TCG);

		assertEquals("2048", after(command, "-m"));
		assertEquals("4", after(command, "-smp"));
		assertEquals("user,id=net0,hostfwd=tcp:127.0.0.1:18080-:8080", after(command, "-netdev"));
		assertEquals("-no-reboot", command.get(command.size() - 1));
	}

	@Test
	void anEmptyListOfForwardsForwardsNothing() {
		List<String> command = command(settings(null, null, List.of(), List.of()), Manifests.hello("bios", "cpus=\"1\" memoryMb=\"512\""),
				Accelerator.TCG);

		assertEquals("user,id=net0", after(command, "-netdev"));
	}

	@Test
	void tcgRunsOnOneThreadAndKvmFallsBackToIt() {
		Appliance appliance = Manifests.hello("bios", "cpus=\"1\" memoryMb=\"512\"");

		assertEquals(List.of("-accel", "tcg,thread=single", "-m"), command(settings(null, null, null, List.of()), appliance, Accelerator.TCG)
				.subList(1, 4));
		assertEquals(List.of("-accel", "kvm", "-accel", "tcg,thread=single", "-m"),
				command(settings(null, null, null, List.of()), appliance, Accelerator.KVM).subList(1, 6));
	}

	@Test
	void uefiBootsOvmfWithTheMachinesOwnVariables() {
		List<String> command = command(settings(null, null, null, List.of()), Manifests.hello("uefi", "cpus=\"1\" memoryMb=\"512\""),
				Accelerator.TCG);

		assertEquals("q35", after(command, "-machine"));
		assertTrue(command.contains("if=pflash,format=raw,readonly=on,file=" + QemuMachine.OVMF_CODE), command.toString());
		assertTrue(command.contains("if=pflash,format=raw,file=" + VARS), command.toString());
	}

	@Test
	void biosAndHybridBootSeaBios() {
		for (String firmware : new String[] { "bios", "hybrid" }) {
			Appliance appliance = Manifests.hello(firmware, "cpus=\"1\" memoryMb=\"512\"");
			List<String> command = command(settings(null, null, null, List.of()), appliance, Accelerator.TCG);

			assertEquals(QemuMachine.Firmware.BIOS, MachineMapper.firmware(appliance), firmware);
			assertTrue(command.stream().noneMatch(a -> a.contains("pflash") || a.equals("-machine")), firmware + ": " + command);
		}
	}

	@Test
	void theImageIsBootedOnASnapshotWithTheSerialConsoleOnStdio() {
		List<String> command = command(settings(null, null, null, List.of()), Manifests.hello("bios", "cpus=\"1\" memoryMb=\"512\""),
				Accelerator.TCG);

		assertEquals(QEMU.toString(), command.get(0));
		assertTrue(command.contains("-snapshot"), command.toString());
		assertEquals("stdio", after(command, "-serial"));
		assertEquals("none", after(command, "-display"));
		assertEquals("file=" + IMAGE + ",if=virtio,format=qcow2", after(command, "-drive"));
	}

	@Test
	void aHostPortInUseIsReplacedByAFreeOne() {
		Appliance appliance = Manifests.hello("bios", "cpus=\"1\" memoryMb=\"512\"");
		Set<Integer> busy = Set.of(8080, 10022);
		int[] next = { 40000 };
		HostPorts ports = new HostPorts() {

			@Override
			public boolean isFree(String protocol, int port) {
				return !busy.contains(port);
			}

			@Override
			public int anyFree(String protocol) {
				return next[0]++;
			}
		};

		assertEquals(List.of(PortForward.tcp(40000, 8080), PortForward.tcp(40001, 22), new PortForward("udp", 10053, 53)),
				ManifestForwards.of(appliance, ports));
	}
}
