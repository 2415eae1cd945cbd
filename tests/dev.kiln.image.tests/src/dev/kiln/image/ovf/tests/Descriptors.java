package dev.kiln.image.ovf.tests;

import java.net.URI;
import java.util.List;

import dev.kiln.image.ovf.OvfDescriptor;
import dev.kiln.image.ovf.OvfDescriptor.DiskController;
import dev.kiln.image.ovf.OvfDescriptor.Firmware;
import dev.kiln.image.ovf.OvfDescriptor.PropertyType;

/** Descriptors the OVF tests write: an appliance with properties, a licence and two disks. */
final class Descriptors {

	static final String EULA = "END USER LICENCE AGREEMENT\n\nYou may run this appliance & keep <all> the pieces.\n";

	private Descriptors() {
	}

	static List<OvfDescriptor.Property> properties() {
		return List.of(
				new OvfDescriptor.Property("hostname", PropertyType.STRING, "wiki", true, "Host name", "The appliance's host name", false),
				new OvfDescriptor.Property("admin.email", PropertyType.STRING, null, true, "Administrator e-mail", "Where alerts go", true),
				new OvfDescriptor.Property("admin.password", PropertyType.PASSWORD, null, true, "Administrator password", null, true),
				new OvfDescriptor.Property("net.address", PropertyType.IP, "", true, "Static address", "Empty for DHCP", false),
				new OvfDescriptor.Property("net.dhcp", PropertyType.BOOLEAN, "true", true, "Use DHCP", null, false),
				new OvfDescriptor.Property("web.port", PropertyType.INT, "8080", false, "HTTP port", "Fixed by the vendor", false));
	}

	/** Two disks (system and data), properties, a licence, on the given controller and firmware. */
	static OvfDescriptor wiki(List<OvfDescriptor.Disk> disks, DiskController controller, Firmware firmware) {
		return new OvfDescriptor("wiki-appliance", "Wiki Appliance", "A wiki in a box", "A wiki server.\nBacked up nightly.",
				new OvfDescriptor.Product("Wiki Appliance", "Example Vendor", "2.1.0", "2.1.0 (built 2024-01-01)",
						URI.create("https://wiki.example/product"), URI.create("https://example.com/")),
				properties(), EULA, OvfDescriptor.OperatingSystem.debian64("bookworm"),
				new OvfDescriptor.Hardware(2, 2048, controller, OvfDescriptor.NetworkAdapter.VMXNET3, firmware, OvfDescriptor.Hardware.VMX_14),
				disks, OvfDescriptor.Network.VM_NETWORK);
	}

	static List<OvfDescriptor.Disk> twoDisks() {
		return List.of(new OvfDescriptor.Disk("wiki-appliance-2.1.0.vmdk", 123_456_789L, 8L << 30, 1_500_000_000L),
				new OvfDescriptor.Disk("wiki-appliance-2.1.0-disk2.vmdk", 70_656L, 20L << 30, 0));
	}

	static OvfDescriptor wiki() {
		return wiki(twoDisks(), DiskController.SCSI_LSILOGIC, Firmware.EFI);
	}

	/** The same appliance without properties: no environment transport, no CD-ROM. */
	static OvfDescriptor withoutProperties(OvfDescriptor d) {
		return new OvfDescriptor(d.id(), d.name(), d.info(), d.annotation(), d.product(), List.of(), d.eula(), d.os(), d.hardware(),
				d.disks(), d.network());
	}
}
