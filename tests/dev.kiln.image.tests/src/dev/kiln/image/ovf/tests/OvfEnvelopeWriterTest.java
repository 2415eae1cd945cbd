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
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;

import dev.kiln.image.ovf.OvfDescriptor;
import dev.kiln.image.ovf.OvfDescriptor.DiskController;
import dev.kiln.image.ovf.OvfDescriptor.Firmware;
import dev.kiln.image.ovf.OvfEnvelope;
import dev.kiln.image.ovf.OvfEnvelopeReader;
import dev.kiln.image.ovf.OvfEnvelopeWriter;
import dev.kiln.image.ovf.OvfVersion;

/** Kiln's OVF descriptors in both dialects, judged by the DSP0243 rules they rely on and read back by the reader. */
class OvfEnvelopeWriterTest {

	private final OvfEnvelopeWriter writer = new OvfEnvelopeWriter();

	static Stream<Arguments> controllersAndVersions() {
		return Stream.of(DiskController.values())
				.flatMap(controller -> Stream.of(OvfVersion.values()).map(version -> Arguments.of(controller, version)));
	}

	@ParameterizedTest(name = "{0}, OVF {1}")
	@MethodSource("controllersAndVersions")
	void aDescriptorWithPropertiesEulaAndTwoDisksFollowsDsp0243(DiskController controller, OvfVersion version) throws Exception {
		byte[] xml = new OvfEnvelopeWriter(version).write(Descriptors.wiki(Descriptors.twoDisks(), controller, Firmware.EFI));

		assertEquals(List.of(), Dsp0243Rules.violations(xml, version), new String(xml));
	}

	@ParameterizedTest
	@EnumSource(OvfVersion.class)
	void aDescriptorWithoutPropertiesFollowsDsp0243AndHasNoEnvironment(OvfVersion version) throws Exception {
		byte[] xml = new OvfEnvelopeWriter(version).write(Descriptors.withoutProperties(Descriptors.wiki()));

		assertEquals(List.of(), Dsp0243Rules.violations(xml, version), new String(xml));
		OvfEnvelope.VirtualHardware hardware = read(xml).virtualSystem().hardware();
		assertEquals(List.of(), hardware.transports());
		assertEquals(List.of(), hardware.items(15), "no CD-ROM without properties");
	}

	@Test
	void theDefaultDialectIsOvf10() throws Exception {
		assertEquals(OvfVersion.OVF_1_0, writer.version());
		assertEquals(Dsp0243Rules.OVF_1, root(writer.write(Descriptors.wiki())).getNamespaceURI());
		assertEquals(Dsp0243Rules.OVF_2, root(new OvfEnvelopeWriter(OvfVersion.OVF_2_0).write(Descriptors.wiki())).getNamespaceURI());
	}

	@Test
	void theDialectsDifferOnlyInTheEnvelopeNamespace() {
		String ovf1 = writer.writeString(Descriptors.wiki());
		String ovf2 = new OvfEnvelopeWriter(OvfVersion.OVF_2_0).writeString(Descriptors.wiki());

		assertEquals(ovf1, ovf2.replace(Dsp0243Rules.OVF_2, Dsp0243Rules.OVF_1));
		assertFalse(ovf1.contains(Dsp0243Rules.OVF_2));
	}

	@Test
	void theRulesCatchADescriptorThatBreaksThem() throws Exception {
		String xml = writer.writeString(Descriptors.wiki());
		String broken = xml.replace("<rasd:ElementName>Hard disk 1</rasd:ElementName>", "")
				.replace("ovf:/disk/vmdisk2", "ovf:/disk/nosuchdisk")
				.replace("ovf:type=\"sint32\"", "ovf:type=\"int\"");

		List<String> violations = Dsp0243Rules.violations(broken.getBytes(), OvfVersion.OVF_1_0);

		assertTrue(violations.stream().anyMatch(v -> v.contains("has [")), violations.toString());
		assertTrue(violations.stream().anyMatch(v -> v.contains("HostResource")), violations.toString());
		assertTrue(violations.stream().anyMatch(v -> v.contains("property types: int")), violations.toString());
	}

	@Test
	void theRulesOfOvf1RejectOvf2sNamespaceAndItsStorageItems() throws Exception {
		String ovf2 = new OvfEnvelopeWriter(OvfVersion.OVF_2_0).writeString(Descriptors.wiki());
		String xml = writer.writeString(Descriptors.wiki());
		int host = xml.indexOf("ovf:/disk/vmdisk1</rasd:HostResource>");
		int start = xml.lastIndexOf("<Item>", host);
		int end = xml.indexOf("</Item>", host);
		String storageItems = xml.substring(0, start) + "<StorageItem>" + xml.substring(start + "<Item>".length(), end) + "</StorageItem>"
				+ xml.substring(end + "</Item>".length());

		assertTrue(Dsp0243Rules.violations(ovf2.getBytes(), OvfVersion.OVF_1_0).stream().anyMatch(v -> v.contains("the root is an Envelope in")));
		assertTrue(Dsp0243Rules.violations(storageItems.getBytes(), OvfVersion.OVF_1_0).stream().anyMatch(v -> v.contains("StorageItem")),
				storageItems);
	}

	@Test
	void diskCapacitiesAreInMibAsOvftoolWritesUnits() throws Exception {
		List<Element> disks = Dsp0243Rules.children(Dsp0243Rules.children(root(writer.write(Descriptors.wiki())), Dsp0243Rules.OVF_1,
				"DiskSection").get(0), Dsp0243Rules.OVF_1, "Disk");

		assertEquals("8192", disks.get(0).getAttributeNS(Dsp0243Rules.OVF_1, "capacity"));
		assertEquals("byte * 2^20", disks.get(0).getAttributeNS(Dsp0243Rules.OVF_1, "capacityAllocationUnits"));
	}

	@Test
	void aCapacityOfNoWholeMibIsInBytes() throws Exception {
		OvfDescriptor d = Descriptors.wiki(List.of(new OvfDescriptor.Disk("odd.vmdk", 1, (8L << 20) + 512, 0)), DiskController.SCSI_LSILOGIC,
				Firmware.BIOS);
		byte[] xml = writer.write(d);

		assertEquals(List.of(), Dsp0243Rules.violations(xml, OvfVersion.OVF_1_0), new String(xml));
		assertEquals((8L << 20) + 512, read(xml).disks().get(0).capacity());
	}

	@Test
	void sectionsComeInDsp0243sOrder() throws Exception {
		Element system = Dsp0243Rules.children(root(writer.write(Descriptors.wiki())), Dsp0243Rules.OVF_1, "VirtualSystem").get(0);

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

	@ParameterizedTest
	@EnumSource(OvfVersion.class)
	void readerGetsBackDisksEulaAnnotationOsAndHardware(OvfVersion version) throws Exception {
		OvfEnvelope envelope = read(new OvfEnvelopeWriter(version).write(Descriptors.wiki()));
		OvfEnvelope.VirtualSystem system = envelope.virtualSystem();

		assertEquals(version, envelope.version());
		assertEquals(version == OvfVersion.OVF_2_0, envelope.isOvf2());
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
