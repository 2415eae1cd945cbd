package dev.kiln.image.qemu.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.qemu.Accelerator;

/** KVM when the device opens and the CPU can virtualise; TCG otherwise. */
class AcceleratorTest {

	private static final String VMX_CPU = "processor\t: 0\nflags\t\t: fpu vme de pse tsc msr vmx ssse3\n";
	private static final String PLAIN_CPU = "processor\t: 0\nflags\t\t: fpu vme de pse tsc msr ssse3 hypervisor\n";

	@TempDir
	Path folder;

	private Path file(String name, String text) throws Exception {
		return Files.writeString(folder.resolve(name), text);
	}

	@Test
	void aUsableDeviceAndAVirtualisingCpuGiveKvm() throws Exception {
		assertEquals(Accelerator.KVM, Accelerator.detect(file("kvm", ""), file("cpuinfo", VMX_CPU)));
		assertEquals(Accelerator.KVM, Accelerator.detect(file("kvm", ""), file("cpuinfo", PLAIN_CPU.replace("ssse3", "svm"))));
	}

	@Test
	void noDeviceGivesTcg() throws Exception {
		assertEquals(Accelerator.TCG, Accelerator.detect(folder.resolve("no-kvm"), file("cpuinfo", VMX_CPU)));
	}

	@Test
	void aDeviceOnACpuWithoutVirtualisationGivesTcg() throws Exception {
		assertEquals(Accelerator.TCG, Accelerator.detect(file("kvm", ""), file("cpuinfo", PLAIN_CPU)));
	}
}
