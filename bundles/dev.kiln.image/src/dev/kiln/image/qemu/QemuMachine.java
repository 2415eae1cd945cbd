package dev.kiln.image.qemu;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A virtual machine that boots one disk image from its own boot loader, as {@code qemu-system-x86_64}'s
 * command line. The image is never written: QEMU keeps the guest's writes in a temporary overlay
 * ({@code -snapshot}). The serial console is QEMU's standard input and output; no window opens.
 */
public final class QemuMachine {

	/** The emulator Kiln runs. */
	public static final String EXECUTABLE = "qemu-system-x86_64"; //$NON-NLS-1$

	/** The firmware the machine starts with. */
	public enum Firmware {
		/** Legacy BIOS: QEMU's default SeaBIOS, i440FX machine. */
		BIOS,
		/** UEFI: OVMF on a q35 machine, with a writable copy of its variable store. */
		UEFI,
		/**
		 * UEFI with Secure Boot enforced, as enterprise hypervisors and clouds start VMs: OVMF's SMM build on a
		 * q35 machine with SMM, its flash writable only from SMM, and a copy of the variable store with
		 * Microsoft's keys enrolled and Secure Boot on (Debian's ovmf README.Debian).
		 */
		UEFI_SECURE_BOOT;

		/** The variable store each machine gets a writable copy of, or {@code null} for BIOS. */
		public Path variableStore() {
			return switch (this) {
				case BIOS -> null;
				case UEFI -> OVMF_VARS;
				case UEFI_SECURE_BOOT -> OVMF_VARS_MICROSOFT;
			};
		}
	}

	/** OVMF's code (read-only) as Debian's {@code ovmf} package installs it. */
	public static final Path OVMF_CODE = Path.of("/usr/share/OVMF/OVMF_CODE_4M.fd"); //$NON-NLS-1$
	/** OVMF's empty variable store, copied for each machine because the firmware writes it. */
	public static final Path OVMF_VARS = Path.of("/usr/share/OVMF/OVMF_VARS_4M.fd"); //$NON-NLS-1$
	/** OVMF built for Secure Boot: it needs SMM and stops without it. */
	public static final Path OVMF_CODE_SECURE_BOOT = Path.of("/usr/share/OVMF/OVMF_CODE_4M.secboot.fd"); //$NON-NLS-1$
	/** A variable store with Microsoft's KEK and db keys (which sign shim) enrolled and Secure Boot on. */
	public static final Path OVMF_VARS_MICROSOFT = Path.of("/usr/share/OVMF/OVMF_VARS_4M.ms.fd"); //$NON-NLS-1$

	private final Path executable;
	private final Path disk;
	private final String diskFormat;
	private final Accelerator accelerator;
	private final Firmware firmware;
	private final Path ovmfVars;
	private final int memoryMb;
	private final int cpus;
	private final List<PortForward> forwards;
	private final List<String> extraArguments;

	private QemuMachine(Builder builder) {
		this.executable = Objects.requireNonNull(builder.executable, "executable"); //$NON-NLS-1$
		this.disk = Objects.requireNonNull(builder.disk, "disk"); //$NON-NLS-1$
		this.diskFormat = Objects.requireNonNull(builder.diskFormat, "diskFormat"); //$NON-NLS-1$
		this.accelerator = builder.accelerator;
		this.firmware = builder.firmware;
		this.ovmfVars = builder.ovmfVars;
		if (firmware != Firmware.BIOS && ovmfVars == null) {
			throw new IllegalArgumentException(firmware + " needs a writable copy of " + firmware.variableStore()); //$NON-NLS-1$
		}
		this.memoryMb = builder.memoryMb;
		this.cpus = builder.cpus;
		this.forwards = List.copyOf(builder.forwards);
		this.extraArguments = List.copyOf(builder.extraArguments);
	}

	/** A machine booting {@code disk}, in the format QEMU calls {@code diskFormat} (raw, qcow2, vmdk). */
	public static Builder builder(Path disk, String diskFormat) {
		return new Builder(disk, diskFormat);
	}

	public Path disk() {
		return disk;
	}

	public Accelerator accelerator() {
		return accelerator;
	}

	public Firmware firmware() {
		return firmware;
	}

	public List<PortForward> forwards() {
		return forwards;
	}

	/** The full command, executable first. */
	public List<String> commandLine() {
		List<String> command = new ArrayList<>();
		command.add(executable.toString());
		command.addAll(accelerator.arguments());
		if (firmware == Firmware.UEFI) {
			command.addAll(List.of("-machine", "q35", //$NON-NLS-1$ //$NON-NLS-2$
					"-drive", "if=pflash,format=raw,readonly=on,file=" + OVMF_CODE, //$NON-NLS-1$ //$NON-NLS-2$
					"-drive", "if=pflash,format=raw,file=" + ovmfVars)); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (firmware == Firmware.UEFI_SECURE_BOOT) {
			command.addAll(List.of("-machine", "q35,smm=on", //$NON-NLS-1$ //$NON-NLS-2$
					"-global", "driver=cfi.pflash01,property=secure,value=on", //$NON-NLS-1$ //$NON-NLS-2$
					"-drive", "if=pflash,format=raw,unit=0,readonly=on,file=" + OVMF_CODE_SECURE_BOOT, //$NON-NLS-1$ //$NON-NLS-2$
					"-drive", "if=pflash,format=raw,unit=1,file=" + ovmfVars)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		command.addAll(List.of("-m", Integer.toString(memoryMb), "-smp", Integer.toString(cpus), //$NON-NLS-1$ //$NON-NLS-2$
				"-display", "none", "-serial", "stdio", "-monitor", "none", "-snapshot", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
				"-drive", "file=" + disk + ",if=virtio,format=" + diskFormat)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String user = "user,id=net0" + forwards.stream().map(f -> ",hostfwd=" + f.hostfwd()).collect(Collectors.joining()); //$NON-NLS-1$ //$NON-NLS-2$
		command.addAll(List.of("-netdev", user, "-device", "virtio-net-pci,netdev=net0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		command.addAll(extraArguments);
		return command;
	}

	/** Collects a machine's settings; defaults: {@value #EXECUTABLE} from PATH, TCG, BIOS, 512 MiB, one CPU. */
	public static final class Builder {

		private Path executable = Path.of(EXECUTABLE);
		private final Path disk;
		private final String diskFormat;
		private Accelerator accelerator = Accelerator.TCG;
		private Firmware firmware = Firmware.BIOS;
		private Path ovmfVars;
		private int memoryMb = 512;
		private int cpus = 1;
		private final List<PortForward> forwards = new ArrayList<>();
		private final List<String> extraArguments = new ArrayList<>();

		private Builder(Path disk, String diskFormat) {
			this.disk = disk;
			this.diskFormat = diskFormat;
		}

		public Builder executable(Path value) {
			this.executable = value;
			return this;
		}

		public Builder accelerator(Accelerator value) {
			this.accelerator = value;
			return this;
		}

		/**
		 * BIOS, or UEFI (with or without Secure Boot) with {@code vars}, the machine's own writable copy of the
		 * firmware's {@link Firmware#variableStore()}.
		 */
		public Builder firmware(Firmware value, Path vars) {
			this.firmware = value;
			this.ovmfVars = vars;
			return this;
		}

		public Builder memoryMb(int value) {
			if (value < 1) {
				throw new IllegalArgumentException("memory " + value + " MiB"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			this.memoryMb = value;
			return this;
		}

		public Builder cpus(int value) {
			if (value < 1) {
				throw new IllegalArgumentException(value + " CPUs"); //$NON-NLS-1$
			}
			this.cpus = value;
			return this;
		}

		public Builder forward(PortForward value) {
			this.forwards.add(value);
			return this;
		}

		/** Options appended after Kiln's own, as they are (QEMU takes the last of repeated options). */
		public Builder extraArguments(List<String> values) {
			this.extraArguments.addAll(values);
			return this;
		}

		public QemuMachine build() {
			return new QemuMachine(this);
		}
	}
}
