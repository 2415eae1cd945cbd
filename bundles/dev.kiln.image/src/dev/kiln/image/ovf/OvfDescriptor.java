package dev.kiln.image.ovf;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What {@link OvfEnvelopeWriter} puts into an OVF descriptor: one virtual system with its product
 * information, customer properties, licence, guest OS, virtual hardware and disks. Immutable; the
 * engine makes it from a build recipe, tests make it by hand.
 *
 * @param id          the virtual system's {@code ovf:id} (the appliance id)
 * @param name        the name shown for the virtual machine
 * @param info        one line about the virtual system ({@code Info})
 * @param annotation  a longer description ({@code AnnotationSection}), or {@code null}
 * @param product     the {@code ProductSection}'s product information
 * @param properties  the customer-facing properties, in the order they are shown
 * @param eula        the licence the customer must accept ({@code EulaSection}), or {@code null}
 * @param os          the guest operating system
 * @param hardware    the virtual hardware
 * @param disks       the disks, system disk first; each is one file of the package
 * @param network     the network the appliance's interface is connected to
 */
public record OvfDescriptor(String id, String name, String info, String annotation, Product product, List<Property> properties,
		String eula, OperatingSystem os, Hardware hardware, List<Disk> disks, Network network) {

	/** Checks that the required parts are there. */
	public OvfDescriptor {
		Objects.requireNonNull(id, "id"); //$NON-NLS-1$
		Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		Objects.requireNonNull(info, "info"); //$NON-NLS-1$
		Objects.requireNonNull(product, "product"); //$NON-NLS-1$
		Objects.requireNonNull(os, "os"); //$NON-NLS-1$
		Objects.requireNonNull(hardware, "hardware"); //$NON-NLS-1$
		Objects.requireNonNull(network, "network"); //$NON-NLS-1$
		properties = List.copyOf(properties);
		disks = List.copyOf(disks);
		if (disks.isEmpty()) {
			throw new IllegalArgumentException("a virtual system needs at least one disk"); //$NON-NLS-1$
		}
	}

	/**
	 * Product information; all but {@code product} and {@code version} may be {@code null}.
	 *
	 * @param product      the product name ({@code Product})
	 * @param vendor       the vendor ({@code Vendor})
	 * @param version      the short version ({@code Version})
	 * @param fullVersion  the long version ({@code FullVersion})
	 * @param productUrl   the product's web page ({@code ProductUrl})
	 * @param vendorUrl    the vendor's web page ({@code VendorUrl})
	 */
	public record Product(String product, String vendor, String version, String fullVersion, URI productUrl, URI vendorUrl) {

		/** Checks that the product has a name and a version. */
		public Product {
			Objects.requireNonNull(product, "product"); //$NON-NLS-1$
			Objects.requireNonNull(version, "version"); //$NON-NLS-1$
		}
	}

	/** The types of customer properties Kiln offers (the manifest's property types). */
	public enum PropertyType {
		/** Any text. */
		STRING,
		/** {@code true} or {@code false}. */
		BOOLEAN,
		/** A signed 32-bit integer. */
		INT,
		/** Text the deployment tool hides while it is typed. */
		PASSWORD,
		/** An IPv4 or IPv6 address. */
		IP
	}

	/**
	 * A property the customer may set when deploying the appliance; the guest reads it at first boot.
	 *
	 * @param key               the key ({@code ovf:key}): letters, digits, dots, dashes, underscores
	 * @param type              the type
	 * @param value             the default value, or {@code null} for none
	 * @param userConfigurable  whether the customer may change it
	 * @param label             the short label shown, or {@code null}
	 * @param description       the help text shown, or {@code null}
	 * @param required          whether the customer must give a non-empty value
	 */
	public record Property(String key, PropertyType type, String value, boolean userConfigurable, String label, String description,
			boolean required) {

		/** Checks the key: the guest's first-boot hook turns it into a shell variable name. */
		public Property {
			Objects.requireNonNull(key, "key"); //$NON-NLS-1$
			Objects.requireNonNull(type, "type"); //$NON-NLS-1$
			if (!key.matches("[A-Za-z0-9_.-]+")) { //$NON-NLS-1$
				throw new IllegalArgumentException("an OVF property key has letters, digits, '.', '-' and '_' only: " + key); //$NON-NLS-1$
			}
		}
	}

	/**
	 * The guest operating system.
	 *
	 * @param ovfId       the CIM_OperatingSystem OsType value ({@code ovf:id})
	 * @param vmwOsType   VMware's guest OS identifier ({@code vmw:osType}), or {@code null}
	 * @param description the human-readable name
	 */
	public record OperatingSystem(int ovfId, String vmwOsType, String description) {

		/** CIM_OperatingSystem.OsType "Debian 64-Bit" (CIM schema 2.x value map). */
		public static final int CIM_DEBIAN_64 = 96;

		/** Debian 64-bit of the given suite (code name), with VMware's guest type for it where VMware has one. */
		public static OperatingSystem debian64(String suite) {
			String vmw = switch (suite) {
				case "bullseye" -> "debian11_64Guest"; //$NON-NLS-1$ //$NON-NLS-2$
				case "bookworm" -> "debian12_64Guest"; //$NON-NLS-1$ //$NON-NLS-2$
				case "trixie" -> "debian13_64Guest"; //$NON-NLS-1$ //$NON-NLS-2$
				// a suite VMware has no type for yet: the generic 64-bit Linux 5.x type of vSphere 6.7 and later
				default -> "other5xLinux64Guest"; //$NON-NLS-1$
			};
			return new OperatingSystem(CIM_DEBIAN_64, vmw, "Debian GNU/Linux (" + suite + ", 64-bit)"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Boot firmware, as VMware's {@code firmware} configuration key names it. */
	public enum Firmware {
		/** Legacy BIOS. */
		BIOS("bios"), //$NON-NLS-1$
		/** UEFI. */
		EFI("efi"); //$NON-NLS-1$

		private final String vmwValue;

		Firmware(String vmwValue) {
			this.vmwValue = vmwValue;
		}

		/** The value of {@code vmw:Config vmw:key="firmware"}. */
		public String vmwValue() {
			return vmwValue;
		}
	}

	/** The disk controller, as CIM ResourceType and ResourceSubType describe it. */
	public enum DiskController {
		/** LSI Logic parallel SCSI (ResourceType 6). */
		SCSI_LSILOGIC(6, "lsilogic", "SCSI controller"), //$NON-NLS-1$ //$NON-NLS-2$
		/** SATA with AHCI (ResourceType 20, "other storage device"; the subtype VirtualBox writes and reads). */
		SATA_AHCI(20, "AHCI", "SATA controller"), //$NON-NLS-1$ //$NON-NLS-2$
		/** IDE (ResourceType 5). */
		IDE(5, null, "IDE controller"); //$NON-NLS-1$

		private final int resourceType;
		private final String resourceSubType;
		private final String elementName;

		DiskController(int resourceType, String resourceSubType, String elementName) {
			this.resourceType = resourceType;
			this.resourceSubType = resourceSubType;
			this.elementName = elementName;
		}

		/** The CIM_ResourceAllocationSettingData.ResourceType. */
		public int resourceType() {
			return resourceType;
		}

		/** The ResourceSubType VMware reads, or {@code null}. */
		public String resourceSubType() {
			return resourceSubType;
		}

		String elementName() {
			return elementName;
		}
	}

	/** The network adapter model, as VMware's ResourceSubType names it. */
	public enum NetworkAdapter {
		/** VMware's paravirtual adapter (Debian's kernel has its driver). */
		VMXNET3("VmxNet3"), //$NON-NLS-1$
		/** Intel E1000: every hypervisor emulates it. */
		E1000("E1000"); //$NON-NLS-1$

		private final String resourceSubType;

		NetworkAdapter(String resourceSubType) {
			this.resourceSubType = resourceSubType;
		}

		/** The ResourceSubType. */
		public String resourceSubType() {
			return resourceSubType;
		}
	}

	/**
	 * Virtual hardware.
	 *
	 * @param cpus               virtual CPUs
	 * @param memoryMb           memory in MiB
	 * @param controller         the controller of the disks
	 * @param networkAdapter     the network adapter model
	 * @param firmware           the boot firmware
	 * @param virtualSystemType  the VMware hardware family, e.g. {@code vmx-14}
	 */
	public record Hardware(int cpus, int memoryMb, DiskController controller, NetworkAdapter networkAdapter, Firmware firmware,
			String virtualSystemType) {

		/** VMware virtual hardware 14: ESXi 6.7, Workstation 14, Fusion 10 and later. */
		public static final String VMX_14 = "vmx-14"; //$NON-NLS-1$

		/** Checks the hardware. */
		public Hardware {
			Objects.requireNonNull(controller, "controller"); //$NON-NLS-1$
			Objects.requireNonNull(networkAdapter, "networkAdapter"); //$NON-NLS-1$
			Objects.requireNonNull(firmware, "firmware"); //$NON-NLS-1$
			Objects.requireNonNull(virtualSystemType, "virtualSystemType"); //$NON-NLS-1$
			if (cpus < 1 || memoryMb < 1) {
				throw new IllegalArgumentException("a virtual system needs a CPU and memory: " + cpus + " CPUs, " + memoryMb + " MiB"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
	}

	/**
	 * A disk and the file that holds it (a streamOptimized VMDK).
	 *
	 * @param fileName       the file's name in the package ({@code ovf:href})
	 * @param fileSize       the file's size in bytes ({@code ovf:size})
	 * @param capacity       the virtual disk's size in bytes ({@code ovf:capacity})
	 * @param populatedSize  the bytes of the disk that hold data ({@code ovf:populatedSize}), or -1 if unknown
	 */
	public record Disk(String fileName, long fileSize, long capacity, long populatedSize) {

		/** Checks the disk. */
		public Disk {
			Objects.requireNonNull(fileName, "fileName"); //$NON-NLS-1$
			if (fileSize < 0 || capacity <= 0) {
				throw new IllegalArgumentException(fileName + ": size " + fileSize + ", capacity " + capacity); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}

	/**
	 * A network.
	 *
	 * @param name         the network's name ({@code ovf:name}), which importers map to one of theirs
	 * @param description  what it is for
	 */
	public record Network(String name, String description) {

		/** The name VMware products give their default virtual machine network. */
		public static final Network VM_NETWORK = new Network("VM Network", "The network the appliance's interface is connected to"); //$NON-NLS-1$ //$NON-NLS-2$

		/** Checks the name. */
		public Network {
			Objects.requireNonNull(name, "name"); //$NON-NLS-1$
		}
	}
}
