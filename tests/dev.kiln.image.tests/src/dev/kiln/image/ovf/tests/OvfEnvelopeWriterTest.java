package dev.kiln.image.ovf.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

import dev.kiln.image.ovf.OvfDescriptor;
import dev.kiln.image.ovf.OvfDescriptor.DiskController;
import dev.kiln.image.ovf.OvfDescriptor.Firmware;
import dev.kiln.image.ovf.OvfEnvelope;
import dev.kiln.image.ovf.OvfEnvelopeReader;
import dev.kiln.image.ovf.OvfEnvelopeWriter;

/** Kiln's OVF descriptors, judged by the DSP0243 rules they rely on and read back by the reader. */
class OvfEnvelopeWriterTest {

	private final OvfEnvelopeWriter writer = new OvfEnvelopeWriter();

	@ParameterizedTest
	@EnumSource(DiskController.class)
	void aDescriptorWithPropertiesEulaAndTwoDisksFollowsDsp0243(DiskController controller) throws Exception {
		byte[] xml = writer.write(Descriptors.wiki(Descriptors.twoDisks(), controller, Firmware.EFI));

		assertEquals(List.of(), Dsp0243Rules.violations(xml), new String(xml));
	}

	@Test
	void aDescriptorWithoutPropertiesFollowsDsp0243AndHasNoEnvironment() throws Exception {
		byte[] xml = writer.write(Descriptors.withoutProperties(Descriptors.wiki()));

		assertEquals(List.of(), Dsp0243Rules.violations(xml), new String(xml));
		OvfEnvelope.VirtualHardware hardware = read(xml).virtualSystem().hardware();
		assertEquals(List.of(), hardware.transports());
		assertEquals(List.of(), hardware.items(15), "no CD-ROM without properties");
	}

	@Test
	void theRulesCatchADescriptorThatBreaksThem() throws Exception {
		String xml = writer.writeString(Descriptors.wiki());
		String broken = xml.replace("<rasd:ElementName>Hard disk 1</rasd:ElementName>", "")
				.replace("ovf:/disk/vmdisk2", "ovf:/disk/nosuchdisk")
				.replace("ovf:type=\"sint32\"", "ovf:type=\"int\"");

		List<String> violations = Dsp0243Rules.violations(broken.getBytes());

		assertTrue(violations.stream().anyMatch(v -> v.contains("has [")), violations.toString());
		assertTrue(violations.stream().anyMatch(v -> v.contains("HostResource")), violations.toString());
		assertTrue(violations.stream().anyMatch(v -> v.contains("property types: int")), violations.toString());
	}

	@Test
	void sectionsComeInDsp0243sOrder() throws Exception {
		Element system = Dsp0243Rules.children(root(writer.write(Descriptors.wiki())), Dsp0243Rules.OVF, "VirtualSystem").get(0);

		assertEquals(List.of("Info", "Name", "AnnotationSection", "ProductSection", "EulaSection", "OperatingSystemSection",
				"VirtualHardwareSection"), Dsp0243Rules.children(system).stream().map(Element::getLocalName).toList());
	}

	@Test
	void productSectionCarriesProductVendorVersionsUrlsAndTypedProperties() throws Exception {
		OvfEnvelope.VirtualSystem system = read(writer.write(Descriptors.wiki())).virtualSystem();

		assertEquals(new OvfEnvelope.Product("Wiki Appliance", "Example Vendor", "2.1.0", "2.1.0 (built 2024-01-01)",
				"https://wiki.example/product", "https://example.com/"), system.product());
		assertEquals(List.of("hostname", "admin.email", "admin.password", "net.address", "net.dhcp", "web.port"),
				system.properties().stream().map(OvfEnvelope.Property::key).toList(), "properties without a category first, then by category");
		OvfEnvelope.Property email = system.property("admin.email").orElseThrow();
		assertEquals(new OvfEnvelope.Property("admin.email", "string", null, true, false, "MinLen(1)", null, "admin", "Administrator e-mail",
				"Where alerts go"), email);
		OvfEnvelope.Property password = system.property("admin.password").orElseThrow();
		assertTrue(password.password());
		assertEquals("string", password.type());
		assertEquals("Ip", system.property("net.address").orElseThrow().vmwQualifiers());
		assertEquals("boolean", system.property("net.dhcp").orElseThrow().type());
		OvfEnvelope.Property port = system.property("web.port").orElseThrow();
		assertEquals("sint32", port.type());
		assertEquals("8080", port.value());
		assertFalse(port.userConfigurable());
		assertNull(system.property("hostname").orElseThrow().category());
		assertEquals("wiki", system.property("hostname").orElseThrow().value());
	}

	@Test
	void readerGetsBackDisksEulaAnnotationOsAndHardware() throws Exception {
		OvfEnvelope envelope = read(writer.write(Descriptors.wiki()));
		OvfEnvelope.VirtualSystem system = envelope.virtualSystem();

		assertTrue(envelope.isOvf2());
		assertEquals(List.of(new OvfEnvelope.FileReference("file1", "wiki-appliance-2.1.0.vmdk", 123_456_789L),
				new OvfEnvelope.FileReference("file2", "wiki-appliance-2.1.0-disk2.vmdk", 70_656L)), envelope.files());
		assertEquals(List.of(new OvfEnvelope.Disk("vmdisk1", "file1", 8L << 30, 1_500_000_000L, Dsp0243Rules.STREAM_OPTIMIZED),
				new OvfEnvelope.Disk("vmdisk2", "file2", 20L << 30, 0, Dsp0243Rules.STREAM_OPTIMIZED)), envelope.disks());
		assertEquals(List.of(Descriptors.EULA), system.eulas());
		assertEquals("A wiki server.\nBacked up nightly.", system.annotation());
		assertEquals(new OvfEnvelope.OperatingSystem(96, "debian12_64Guest", "Debian GNU/Linux (bookworm, 64-bit)"), system.os());
		assertEquals("wiki-appliance", system.id());
		assertEquals("Wiki Appliance", system.name());
		OvfEnvelope.VirtualHardware hardware = system.hardware();
		assertEquals("vmx-14", hardware.virtualSystemType());
		assertEquals(2, hardware.cpus());
		assertEquals(2048L << 20, hardware.memoryBytes());
		assertEquals(List.of("com.vmware.guestInfo", "iso"), hardware.transports());
		assertEquals(Map.of("firmware", "efi"), hardware.vmwConfig());
		assertEquals(2, hardware.items(17).size());
		assertEquals("VmxNet3", hardware.items(10).get(0).get("ResourceSubType"));
		assertEquals("VM Network", hardware.items(10).get(0).get("Connection"));
		assertFalse(hardware.items(15).get(0).required(), "the CD-ROM is optional");
	}

	@Test
	void firmwareIsExpressedTheVmwareWay() throws Exception {
		assertEquals("efi", read(writer.write(Descriptors.wiki(Descriptors.twoDisks(), DiskController.SCSI_LSILOGIC, Firmware.EFI)))
				.virtualSystem().hardware().vmwConfig().get("firmware"));
		assertEquals("bios", read(writer.write(Descriptors.wiki(Descriptors.twoDisks(), DiskController.SCSI_LSILOGIC, Firmware.BIOS)))
				.virtualSystem().hardware().vmwConfig().get("firmware"));
	}

	@Test
	void controllersMatchTheRecipe() throws Exception {
		OvfEnvelope.VirtualHardware scsi = read(writer.write(Descriptors.wiki())).virtualSystem().hardware();
		assertEquals("lsilogic", scsi.items(6).get(0).get("ResourceSubType"));
		assertEquals(1, scsi.items(5).size(), "an IDE controller for the CD-ROM");
		assertEquals(scsi.items(5).get(0).get("InstanceID"), scsi.items(15).get(0).get("Parent"));

		OvfEnvelope.VirtualHardware sata = read(writer.write(Descriptors.wiki(Descriptors.twoDisks(), DiskController.SATA_AHCI, Firmware.BIOS)))
				.virtualSystem().hardware();
		assertEquals("AHCI", sata.items(20).get(0).get("ResourceSubType"));
		assertEquals(List.of("0", "1", "2"), List.of(sata.items(17).get(0).get("AddressOnParent"), sata.items(17).get(1).get("AddressOnParent"),
				sata.items(15).get(0).get("AddressOnParent")), "disks then CD-ROM on the SATA ports");

		OvfEnvelope.VirtualHardware ide = read(writer.write(Descriptors.wiki(Descriptors.twoDisks(), DiskController.IDE, Firmware.BIOS)))
				.virtualSystem().hardware();
		assertEquals(2, ide.items(5).size(), "two disks and a CD-ROM need both IDE channels");
	}

	@Test
	void ideTakesFourDevicesAtMost() {
		List<OvfDescriptor.Disk> four = List.of(Descriptors.twoDisks().get(0), Descriptors.twoDisks().get(1),
				new OvfDescriptor.Disk("c.vmdk", 1, 1 << 20, 0), new OvfDescriptor.Disk("d.vmdk", 1, 1 << 20, 0));

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> writer.write(Descriptors.wiki(four, DiskController.IDE, Firmware.BIOS)));
		assertTrue(e.getMessage().contains("four devices"), e.getMessage());
	}

	@Test
	void theSameDescriptorGivesTheSameBytes() {
		assertArrayEquals(writer.write(Descriptors.wiki()), writer.write(Descriptors.wiki()));
	}

	@Test
	void markupInTextIsEscaped() throws Exception {
		OvfEnvelope envelope = read(writer.write(Descriptors.wiki()));

		assertTrue(writer.writeString(Descriptors.wiki()).contains("&amp; keep &lt;all&gt;"));
		assertEquals(Descriptors.EULA, envelope.virtualSystem().eulas().get(0));
	}

	@Test
	void aLineBreakInAnAttributeValueIsRefused() {
		OvfDescriptor d = Descriptors.wiki();
		OvfDescriptor broken = new OvfDescriptor(d.id(), d.name(), d.info(), d.annotation(), d.product(),
				List.of(new OvfDescriptor.Property("motd", OvfDescriptor.PropertyType.STRING, "two\nlines", true, null, null, false)),
				d.eula(), d.os(), d.hardware(), d.disks(), d.network());

		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> writer.write(broken));
		assertTrue(e.getMessage().contains("ovf:value"), e.getMessage());
	}

	private static OvfEnvelope read(byte[] xml) throws Exception {
		return new OvfEnvelopeReader().read(xml, "test.ova", "test.ovf");
	}

	private static Element root(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
	}
}
