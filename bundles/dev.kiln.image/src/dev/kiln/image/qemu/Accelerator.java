package dev.kiln.image.qemu;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How QEMU runs the guest's CPUs: KVM when the host offers it, else TCG (software emulation).
 */
public enum Accelerator {

	/** Hardware virtualisation; TCG follows on QEMU's command line as the fallback if KVM fails to start. */
	KVM(List.of("-accel", "kvm", "-accel", "tcg,thread=single")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	/**
	 * Software emulation on one host thread: with one thread per vCPU on a loaded host a vCPU sometimes
	 * runs stale code while the guest kernel patches itself and dies of an "int3" oops.
	 */
	TCG(List.of("-accel", "tcg,thread=single")); //$NON-NLS-1$ //$NON-NLS-2$

	/** The KVM device of Linux. */
	public static final Path KVM_DEVICE = Path.of("/dev/kvm"); //$NON-NLS-1$
	/** Where Linux lists the CPU's flags (vmx: Intel VT-x, svm: AMD-V). */
	public static final Path CPU_INFO = Path.of("/proc/cpuinfo"); //$NON-NLS-1$

	private static final Pattern VIRTUALIZATION_FLAG = Pattern.compile("^flags\\s*:.*\\b(vmx|svm)\\b", Pattern.MULTILINE); //$NON-NLS-1$

	private final List<String> arguments;

	Accelerator(List<String> arguments) {
		this.arguments = arguments;
	}

	/** QEMU's options for this accelerator. */
	public List<String> arguments() {
		return arguments;
	}

	/** KVM if this machine's {@code /dev/kvm} is usable, else TCG. */
	public static Accelerator detect() {
		return detect(KVM_DEVICE, CPU_INFO);
	}

	/**
	 * KVM if {@code kvmDevice} opens for reading and writing and {@code cpuInfo} lists a virtualisation
	 * flag (a container may show the device of a host whose CPU, or the VM it runs in, has none), else TCG.
	 */
	public static Accelerator detect(Path kvmDevice, Path cpuInfo) {
		try (FileChannel device = FileChannel.open(kvmDevice, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
			return VIRTUALIZATION_FLAG.matcher(Files.readString(cpuInfo)).find() ? KVM : TCG;
		} catch (IOException | SecurityException | UnsupportedOperationException e) {
			return TCG;
		}
	}
}
