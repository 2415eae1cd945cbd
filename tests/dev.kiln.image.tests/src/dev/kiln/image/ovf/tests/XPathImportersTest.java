package dev.kiln.image.ovf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import dev.kiln.image.ovf.OvfDescriptor.DiskController;
import dev.kiln.image.ovf.OvfDescriptor.Firmware;
import dev.kiln.image.ovf.OvfEnvelopeWriter;
import dev.kiln.image.ovf.OvfVersion;

/**
 * Kiln's descriptor read the way the importers that evaluate namespace-qualified XPath read it, with
 * their prefixes bound to their namespaces (ovf to OVF 1.x only) and their paths, copied from Proxmox
 * VE's {@code PVE/GuestImport/OVF.pm} ({@code parse_ovf_do}: {@code qm importovf} and the OVA import
 * of the storage view) and virt-v2v's {@code input/OVF.ml} ({@code parse_ovf_from_ova}). Both must find
 * the name, the CPUs, the memory in MiB, the guest OS, the firmware, and each disk through Item →
 * Disk → File with its controller; in an OVF 2 descriptor they find none of it.
 */
class XPathImportersTest {

	/** The namespaces both importers register. */
	private static final Map<String, String> NAMESPACES = Map.of(
			"ovf", "http://schemas.dmtf.org/ovf/envelope/1",
			"rasd", "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData",
			"vssd", "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData",
			"vmw", "http://www.vmware.com/schema/ovf");
	private static final String HARDWARE = "/ovf:Envelope/ovf:VirtualSystem/ovf:VirtualHardwareSection";
	/** Proxmox's check of a HostResource: a path of RFC 3986 unreserved characters. */
	private static final Pattern HOST_RESOURCE = Pattern.compile("^(?:ovf:)?/([\\p{Alnum}\\-._~]+)/([\\p{Alnum}\\-._~]+)$");
	/** Proxmox's {@code SAFE_CHAR_WITH_WHITESPACE_CLASS_RE}, which a disk's href must match whole. */
	private static final Pattern SAFE_FILE_NAME = Pattern.compile("[ a-zA-Z0-9\\-.+=_]+");
	/** Proxmox's {@code id_to_pve}: the controller ResourceTypes it maps to a bus. */
	private static final Map<String, String> PVE_BUS = Map.of("5", "ide", "6", "scsi", "20", "sata");

	/** A disk as Proxmox imports it: its bus and slot (scsi0, sata1, …), file, and size from the DiskSection. */
	record ImportedDisk(String address, String file, long virtualSize) {
	}

	/** What Proxmox's {@code parse_ovf_do} takes from a descriptor. */
	record Imported(String name, String cores, String memory, String osTypeId, String firmware, List<ImportedDisk> disks,
			List<String> nicModels) {
	}

	@Test
	void proxmoxFindsNameCpusMemoryOsFirmwareDisksAndNicInTheDefaultDescriptor() throws Exception {
		Imported imported = proxmox(new OvfEnvelopeWriter().write(Descriptors.wiki()));

		assertEquals(new Imported("Wiki Appliance", "2", "2048", "96", "efi",
				List.of(new ImportedDisk("scsi0", "wiki-appliance-2.1.0.vmdk", 8L << 30),
						new ImportedDisk("scsi1", "wiki-appliance-2.1.0-disk2.vmdk", 20L << 30)),
				List.of("vmxnet3")), imported);
	}

	@ParameterizedTest
	@EnumSource(DiskController.class)
	void proxmoxPutsTheDisksOnTheControllerOfTheDescriptor(DiskController controller) throws Exception {
		List<ImportedDisk> disks = proxmox(new OvfEnvelopeWriter().write(Descriptors.wiki(Descriptors.twoDisks(), controller, Firmware.BIOS)))
				.disks();

		String bus = switch (controller) {
			case SCSI_LSILOGIC -> "scsi";
			case SATA_AHCI -> "sata";
			case IDE -> "ide";
		};
		assertEquals(List.of(bus + "0", bus + "1"), disks.stream().map(ImportedDisk::address).toList());
	}

	@Test
	void proxmoxReadsBiosWhenTheFirmwareIsBios() throws Exception {
		byte[] xml = new OvfEnvelopeWriter().write(Descriptors.wiki(Descriptors.twoDisks(), DiskController.SCSI_LSILOGIC, Firmware.BIOS));

		assertEquals("bios", proxmox(xml).firmware());
	}

	@Test
	void virtV2vFindsNameMemoryCpusFirmwareAndEachDisksFileAndController() throws Exception {
		XPath xpath = xpath();
		Document ovf = parse(new OvfEnvelopeWriter().write(Descriptors.wiki()));

		assertEquals("Wiki Appliance", xpath.evaluate("/ovf:Envelope/ovf:VirtualSystem/ovf:Name/text()", ovf));
		// virt-v2v multiplies the quantity by 1024 * 1024 whatever the AllocationUnits say
		assertEquals("2048", xpath.evaluate(HARDWARE + "/ovf:Item[rasd:ResourceType/text()=4]/rasd:VirtualQuantity/text()", ovf));
		assertEquals("2", xpath.evaluate(HARDWARE + "/ovf:Item[rasd:ResourceType/text()=3]/rasd:VirtualQuantity/text()", ovf));
		assertEquals("efi", xpath.evaluate(HARDWARE + "/vmw:Config[@vmw:key=\"firmware\"]/@vmw:value", ovf));
		NodeList disks = (NodeList) xpath.evaluate(HARDWARE + "/ovf:Item[rasd:ResourceType/text()=17]", ovf, XPathConstants.NODESET);
		List<String> found = new ArrayList<>();
		for (int i = 0; i < disks.getLength(); i++) {
			Node item = disks.item(i);
			int parent = Integer.parseInt(xpath.evaluate("rasd:Parent/text()", item));
			// parent_controller: 5 IDE, 6 SCSI, 20 SATA, anything else a warning and no controller
			String controller = xpath.evaluate(HARDWARE + "/ovf:Item[rasd:InstanceID/text()=" + parent + "]/rasd:ResourceType/text()", ovf);
			Matcher host = Pattern.compile("^(?:ovf:)?/disk/(.*)").matcher(xpath.evaluate("rasd:HostResource/text()", item));
			assertTrue(host.matches());
			String fileRef = xpath.evaluate("/ovf:Envelope/ovf:DiskSection/ovf:Disk[@ovf:diskId='" + host.group(1) + "']/@ovf:fileRef", ovf);
			String href = xpath.evaluate("/ovf:Envelope/ovf:References/ovf:File[@ovf:id='" + fileRef + "']/@ovf:href", ovf);
			String compression = xpath.evaluate("/ovf:Envelope/ovf:References/ovf:File[@ovf:id='" + fileRef + "']/@ovf:compression", ovf);
			found.add(controller + " " + href + " " + compression);
		}
		assertEquals(List.of("6 wiki-appliance-2.1.0.vmdk ", "6 wiki-appliance-2.1.0-disk2.vmdk "), found, "SCSI disks, not compressed");
	}

	@Test
	void anOvf2DescriptorIsEmptyForThem() throws Exception {
		Imported imported = proxmox(new OvfEnvelopeWriter(OvfVersion.OVF_2_0).write(Descriptors.wiki()));

		assertEquals(new Imported("", "", "", "", "", List.of(), List.of()), imported,
				"no name, CPUs, memory or disk: what virt-v2v and qm importovf saw in Kiln's OVF 2 OVAs (issue 15)");
	}

	/** Proxmox's {@code parse_ovf_do} on {@code descriptor}, path for path. */
	private static Imported proxmox(byte[] descriptor) throws Exception {
		XPath xpath = xpath();
		Document ovf = parse(descriptor);
		String name = xpath.evaluate("/ovf:Envelope/ovf:VirtualSystem/ovf:Name", ovf);
		String cores = xpath.evaluate(HARDWARE + "/ovf:Item[rasd:ResourceType=3]/rasd:VirtualQuantity", ovf);
		String memory = xpath.evaluate(HARDWARE + "/ovf:Item[rasd:ResourceType=4]/rasd:VirtualQuantity", ovf);
		String osType = xpath.evaluate("/ovf:Envelope/ovf:VirtualSystem/ovf:OperatingSystemSection/@ovf:id", ovf);
		String firmware = xpath.evaluate(HARDWARE + "/vmw:Config[@vmw:key=\"firmware\"]/@vmw:value", ovf);

		List<ImportedDisk> disks = new ArrayList<>();
		NodeList items = (NodeList) xpath.evaluate(HARDWARE + "/ovf:Item[rasd:ResourceType=17]", ovf, XPathConstants.NODESET);
		for (int i = 0; i < items.getLength(); i++) {
			Node item = items.item(i);
			Matcher host = HOST_RESOURCE.matcher(xpath.evaluate("rasd:HostResource", item));
			assertTrue(host.matches(), "Proxmox skips a disk whose HostResource it cannot parse");
			String disk = "/ovf:Envelope/ovf:DiskSection/ovf:Disk[@ovf:diskId='" + host.group(2) + "']";
			String fileRef = xpath.evaluate(disk + "/@ovf:fileRef", ovf);
			assertTrue(fileRef.matches("[\\p{Alnum}\\-._~/]+"), "Proxmox skips a disk whose fileRef is not a URI path: " + fileRef);
			long virtualSize = Long.parseLong(xpath.evaluate(disk + "/@ovf:capacity", ovf))
					* capacityUnit(xpath.evaluate(disk + "/@ovf:capacityAllocationUnits", ovf));
			String controllerType = xpath.evaluate(HARDWARE + "/ovf:Item[rasd:InstanceID='" + xpath.evaluate("rasd:Parent", item)
					+ "']/rasd:ResourceType", ovf);
			assertTrue(PVE_BUS.containsKey(controllerType), "Proxmox knows no bus for controller type " + controllerType);
			String address = PVE_BUS.get(controllerType) + xpath.evaluate("rasd:AddressOnParent", item);
			String file = xpath.evaluate("/ovf:Envelope/ovf:References/ovf:File[@ovf:id='" + fileRef + "']/@ovf:href", ovf);
			assertTrue(SAFE_FILE_NAME.matcher(file).matches() && !file.equals(".") && !file.equals(".."),
					"Proxmox refuses the referenced path " + file);
			disks.add(new ImportedDisk(address, file, virtualSize));
		}

		List<String> nics = new ArrayList<>();
		NodeList nicItems = (NodeList) xpath.evaluate(HARDWARE + "/ovf:Item[rasd:ResourceType=10]", ovf, XPathConstants.NODESET);
		for (int i = 0; i < nicItems.getLength(); i++) {
			String model = xpath.evaluate("rasd:ResourceSubType", nicItems.item(i)).toLowerCase(Locale.ROOT);
			nics.add(List.of("e1000", "e1000e", "vmxnet3").contains(model) ? model : "e1000");
		}
		return new Imported(name, cores, memory, osType, firmware, disks, nics);
	}

	/** Proxmox's {@code try_parse_capacity_unit}: only {@code byte * base^exponent}, else no size. */
	private static long capacityUnit(String units) {
		Matcher m = Pattern.compile("^\\s*byte\\s*\\*\\s*([0-9]+)\\s*\\^\\s*([0-9]+)\\s*$").matcher(units);
		assertTrue(m.matches(), "Proxmox cannot size a disk whose capacity is in " + units);
		return (long) Math.pow(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
	}

	private static XPath xpath() {
		XPath xpath = XPathFactory.newInstance().newXPath();
		xpath.setNamespaceContext(new NamespaceContext() {
			@Override
			public String getNamespaceURI(String prefix) {
				return NAMESPACES.getOrDefault(prefix, "");
			}

			@Override
			public String getPrefix(String namespaceURI) {
				throw new UnsupportedOperationException();
			}

			@Override
			public Iterator<String> getPrefixes(String namespaceURI) {
				throw new UnsupportedOperationException();
			}
		});
		return xpath;
	}

	private static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}
}
