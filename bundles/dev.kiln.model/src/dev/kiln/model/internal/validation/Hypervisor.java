package dev.kiln.model.internal.validation;

import java.util.Arrays;
import java.util.Set;

import dev.kiln.model.internal.ModelText;

/**
 * The hypervisors Kiln's outputs are made for, with the most virtual CPUs and memory each gives one
 * machine, as their makers document it. The manifest reference lists them with their sources (generated
 * from here); docs/manifest/README.md says how they were chosen. A hypervisor that refuses a machine
 * above its limit makes that an error of the manifest; one that lowers the value when it imports an
 * appliance makes it a warning.
 */
public enum Hypervisor {

	/**
	 * QEMU's q35 machine from QEMU 9.0 on, and Linux KVM with CONFIG_KVM_MAX_NR_VCPUS at its top:
	 * Proxmox, what virt-v2v converts to, Kiln's own Run in QEMU; they boot every output, but take the virtual
	 * hardware only from these (a cloud disk's is the instance type the customer picks). Memory has no
	 * fixed limit: the host's, and the physical address bits of the CPU model, decide.
	 */
	QEMU_KVM(Set.of("raw", "qcow2", "vmdk", "ova"), 4096, Integer.MAX_VALUE, true, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"QEMU commit e4e98c7eebfa, pc: q35: Bump max_cpus to 4096 vcpus", //$NON-NLS-1$
			"https://gitlab.com/qemu-project/qemu/-/commit/e4e98c7eebfa"), //$NON-NLS-1$
	/**
	 * VMware ESXi (and Workstation) creating the OVA's machine in virtual hardware version 14, the
	 * {@code vmx-14} that Kiln's OVF asks for: 128 virtual CPUs and 6128 GB; later versions allow more.
	 */
	VMWARE_ESXI(Set.of("ova"), 128, 6128 * 1024, true, //$NON-NLS-1$
			"vSphere 6.7, Hardware Features Available with Virtual Machine Compatibility Settings", //$NON-NLS-1$
			"https://docs.vmware.com/en/VMware-vSphere/6.7/com.vmware.vsphere.vm_admin.doc/GUID-789C3913-1053-4850-A0F0-E29C3D32B6DA.html"), //$NON-NLS-1$
	/**
	 * VirtualBox importing the OVA: above its maximum (32 CPUs, the conservative figure of its manual and
	 * of versions before 7.1; 2 TB of memory on 64-bit hosts) it warns and sets the maximum.
	 */
	VIRTUALBOX(Set.of("ova"), 32, 2048 * 1024, false, //$NON-NLS-1$
			"VirtualBox source, Main/src-server/ApplianceImplImport.cpp", //$NON-NLS-1$
			"https://github.com/VirtualBox/virtualbox/blob/main/src/VBox/Main/src-server/ApplianceImplImport.cpp"); //$NON-NLS-1$

	private final Set<String> formats;
	private final int maxCpus;
	private final int maxMemoryMb;
	private final boolean refuses;
	private final String sourceTitle;
	private final String source;

	Hypervisor(Set<String> formats, int maxCpus, int maxMemoryMb, boolean refuses, String sourceTitle, String source) {
		this.formats = formats;
		this.maxCpus = maxCpus;
		this.maxMemoryMb = maxMemoryMb;
		this.refuses = refuses;
		this.sourceTitle = sourceTitle;
		this.source = source;
	}

	/** @return the {@code <output format>}s whose files carry the virtual hardware to this hypervisor */
	public Set<String> formats() {
		return formats;
	}

	/** @return the most virtual CPUs of one machine */
	public int maxCpus() {
		return maxCpus;
	}

	/** @return the most memory of one machine in MiB; {@link Integer#MAX_VALUE} when no fixed limit is documented */
	public int maxMemoryMb() {
		return maxMemoryMb;
	}

	/** @return whether a machine above a limit is refused (else the value is lowered to the limit on import) */
	public boolean refuses() {
		return refuses;
	}

	/** @return the document that gives the limits, as the manifest reference names it */
	public String sourceTitle() {
		return sourceTitle;
	}

	/** @return the address of {@link #sourceTitle()} */
	public String source() {
		return source;
	}

	/** @return its name in messages, with the version or setting the limits belong to */
	public String label() {
		return switch (this) {
			case QEMU_KVM -> ModelText.Hypervisor_qemuKvm;
			case VMWARE_ESXI -> ModelText.Hypervisor_vmwareEsxi;
			case VIRTUALBOX -> ModelText.Hypervisor_virtualBox;
		};
	}

	/** @return the most virtual CPUs that any hypervisor gives one machine */
	public static int mostCpus() {
		return Arrays.stream(values()).mapToInt(Hypervisor::maxCpus).max().orElseThrow();
	}

	/** @return the hypervisor that gives a machine the most virtual CPUs */
	public static Hypervisor withMostCpus() {
		return Arrays.stream(values()).filter(hypervisor -> hypervisor.maxCpus == mostCpus()).findFirst().orElseThrow();
	}
}
