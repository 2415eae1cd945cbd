package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.ovf.OvfDescriptor;

/** From a recipe to the OVF descriptor: what the customer reads, the properties, the hardware. */
class OvfDescriptorMapperTest {

	private static final List<OvfDescriptor.Disk> DISKS = List.of(new OvfDescriptor.Disk("wiki-2.0.vmdk", 1000, 4L << 30, 500));

	private static BuildRecipe recipe(BuildRecipe.Product product, BuildRecipe.Firmware firmware, BuildRecipe.DiskController controller,
			Map<String, BuildRecipe.Property> properties) {
		return new BuildRecipe("wiki", "2.0", "wiki", product, new BuildRecipe.BaseSystem("bookworm", "amd64", new TreeSet<>(), null,
				BuildRecipe.Trim.ALL, false), new BuildRecipe.Application(List.of(), List.of(), List.of(), List.of(), null, BuildRecipe.Network.DHCP),
				new BuildRecipe.Hardware(2, 1536, 4096, firmware, controller, List.of(1024L)), properties, Set.of(BuildRecipe.OutputFormat.OVA),
				1_704_067_200L);
	}

	@Test
	void productSummaryDescriptionAndVersionsComeFromTheRecipe() {
		BuildRecipe.Product product = new BuildRecipe.Product("Wiki", "ACME", "A wiki", "A wiki.\nWith backups.", null, null,
				URI.create("https://acme.example/wiki"), null);

		OvfDescriptor d = OvfDescriptorMapper.map(recipe(product, BuildRecipe.Firmware.HYBRID, BuildRecipe.DiskController.SCSI, Map.of()),
				DISKS, "EULA");

		assertEquals("Wiki", d.name());
		assertEquals("A wiki", d.info());
		assertEquals("A wiki.\nWith backups.", d.annotation());
		assertEquals(new OvfDescriptor.Product("Wiki", "ACME", "2.0", "2.0 (built 2024-01-01)", URI.create("https://acme.example/wiki"), null),
				d.product());
		assertEquals("EULA", d.eula());
		assertEquals("debian12_64Guest", d.os().vmwOsType());
	}

	@Test
	void aProductWithOnlyANameIsDescribedByNameAndVersion() {
		OvfDescriptor d = OvfDescriptorMapper.map(recipe(BuildRecipe.Product.named("Wiki"), BuildRecipe.Firmware.BIOS,
				BuildRecipe.DiskController.SCSI, Map.of()), DISKS, null);

		assertEquals("Wiki 2.0", d.info());
		assertEquals(null, d.annotation());
	}

	@Test
	void uefiIsEfiAndHybridAndBiosAreBios() {
		assertEquals(OvfDescriptor.Firmware.EFI, map(BuildRecipe.Firmware.UEFI).hardware().firmware());
		assertEquals(OvfDescriptor.Firmware.BIOS, map(BuildRecipe.Firmware.HYBRID).hardware().firmware());
		assertEquals(OvfDescriptor.Firmware.BIOS, map(BuildRecipe.Firmware.BIOS).hardware().firmware());
	}

	@Test
	void hardwareAndControllerFollowTheRecipe() {
		OvfDescriptor d = OvfDescriptorMapper.map(recipe(BuildRecipe.Product.named("Wiki"), BuildRecipe.Firmware.BIOS,
				BuildRecipe.DiskController.SATA, Map.of()), DISKS, null);

		assertEquals(new OvfDescriptor.Hardware(2, 1536, OvfDescriptor.DiskController.SATA_AHCI, OvfDescriptor.NetworkAdapter.VMXNET3,
				OvfDescriptor.Firmware.BIOS, "vmx-14"), d.hardware());
	}

	@Test
	void propertiesAreSortedWithUncategorisedKeysFirstAndTyped() {
		Map<String, BuildRecipe.Property> properties = Map.of(
				"web.port", new BuildRecipe.Property("web.port", "int", "80", null, null, true, false),
				"hostname", new BuildRecipe.Property("hostname", "string", "wiki", "Host name", null, true, false),
				"admin.password", new BuildRecipe.Property("admin.password", "password", null, "Password", null, true, true),
				"admin.address", new BuildRecipe.Property("admin.address", "ip", null, null, null, true, false));

		OvfDescriptor d = OvfDescriptorMapper.map(recipe(BuildRecipe.Product.named("Wiki"), BuildRecipe.Firmware.BIOS,
				BuildRecipe.DiskController.SCSI, properties), DISKS, null);

		assertEquals(List.of("hostname", "admin.address", "admin.password", "web.port"), d.properties().stream().map(OvfDescriptor.Property::key).toList());
		assertEquals(List.of(OvfDescriptor.PropertyType.STRING, OvfDescriptor.PropertyType.IP, OvfDescriptor.PropertyType.PASSWORD,
				OvfDescriptor.PropertyType.INT), d.properties().stream().map(OvfDescriptor.Property::type).toList());
	}

	private static OvfDescriptor map(BuildRecipe.Firmware firmware) {
		return OvfDescriptorMapper.map(recipe(BuildRecipe.Product.named("Wiki"), firmware, BuildRecipe.DiskController.SCSI, Map.of()), DISKS, null);
	}
}
