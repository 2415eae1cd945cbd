package dev.kiln.image.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.ovf.OvfDescriptor;

/**
 * Makes the OVF descriptor of an appliance from its recipe and its disk files: what the customer reads
 * (product, summary, description, licence), the properties (sorted by key, keys without a category
 * first), Debian 64-bit, and the recipe's hardware. Firmware: UEFI becomes {@code efi}; BIOS and
 * hybrid become {@code bios} — a hybrid disk boots both ways, and BIOS is what every importer supports
 * (VirtualBox and Proxmox ignore VMware's firmware key and boot BIOS anyway). A hybrid disk boots UEFI
 * with Secure Boot too (ADR 015); a customer who wants that switches the imported VM to EFI.
 */
public final class OvfDescriptorMapper {

	private OvfDescriptorMapper() {
	}

	/**
	 * @param disks  the disk files, system disk first
	 * @param eula   the licence text, or {@code null}
	 */
	public static OvfDescriptor map(BuildRecipe recipe, List<OvfDescriptor.Disk> disks, String eula) {
		BuildRecipe.Product product = recipe.product();
		String info = product.summary() != null ? product.summary() : product.name() + " " + recipe.version(); //$NON-NLS-1$
		String annotation = product.description() != null ? product.description() : product.summary();
		String built = Instant.ofEpochSecond(recipe.sourceDateEpoch()).atOffset(ZoneOffset.UTC).toLocalDate().toString();
		OvfDescriptor.Product ovfProduct = new OvfDescriptor.Product(product.name(), product.vendor(), recipe.version(),
				recipe.version() + " (built " + built + ")", product.productUrl(), product.vendorUrl()); //$NON-NLS-1$ //$NON-NLS-2$
		List<OvfDescriptor.Property> properties = recipe.properties().values().stream()
				.sorted(Comparator.comparing((BuildRecipe.Property p) -> p.key().contains(".")).thenComparing(BuildRecipe.Property::key)) //$NON-NLS-1$
				.map(p -> new OvfDescriptor.Property(p.key(), type(p.type()), p.defaultValue(), p.userConfigurable(), p.label(),
						p.description(), p.required()))
				.toList();
		BuildRecipe.Hardware hw = recipe.hardware();
		OvfDescriptor.DiskController controller = switch (hw.diskController()) {
			case SCSI -> OvfDescriptor.DiskController.SCSI_LSILOGIC;
			case SATA -> OvfDescriptor.DiskController.SATA_AHCI;
			case IDE -> OvfDescriptor.DiskController.IDE;
		};
		OvfDescriptor.Firmware firmware = hw.firmware() == BuildRecipe.Firmware.UEFI ? OvfDescriptor.Firmware.EFI : OvfDescriptor.Firmware.BIOS;
		OvfDescriptor.Hardware hardware = new OvfDescriptor.Hardware(hw.cpus(), hw.memoryMb(), controller, OvfDescriptor.NetworkAdapter.VMXNET3,
				firmware, OvfDescriptor.Hardware.VMX_14);
		return new OvfDescriptor(recipe.id(), product.name(), info, annotation, ovfProduct, properties, eula,
				OvfDescriptor.OperatingSystem.debian64(recipe.os().suite()), hardware, disks, OvfDescriptor.Network.VM_NETWORK);
	}

	private static OvfDescriptor.PropertyType type(String manifestType) {
		return switch (manifestType == null ? "string" : manifestType.toLowerCase(Locale.ROOT)) { //$NON-NLS-1$
			case "boolean" -> OvfDescriptor.PropertyType.BOOLEAN; //$NON-NLS-1$
			case "int" -> OvfDescriptor.PropertyType.INT; //$NON-NLS-1$
			case "password" -> OvfDescriptor.PropertyType.PASSWORD; //$NON-NLS-1$
			case "ip" -> OvfDescriptor.PropertyType.IP; //$NON-NLS-1$
			default -> OvfDescriptor.PropertyType.STRING;
		};
	}
}
