package dev.kiln.image.ovf.tests;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import dev.kiln.image.ovf.OvfVersion;

/**
 * The structural rules of DMTF DSP0243 1.1 and 2.x (and their schemas DSP8023 1.1.1 and 2.0.1 and the CIM
 * RASD/VSSD schemas) that Kiln's descriptors rely on, checked on the XML itself. No package from a
 * registry this project reaches ships the DMTF schemas (searched: Debian, Maven Central), so these
 * checks stand in for schema validation; the orders of the CIM classes' elements are copied here from
 * the CIM schema, not from Kiln's writer. {@link #violations} lists every broken rule.
 */
final class Dsp0243Rules {

	static final String OVF_1 = "http://schemas.dmtf.org/ovf/envelope/1";
	static final String OVF_2 = "http://schemas.dmtf.org/ovf/envelope/2";
	static final String RASD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_ResourceAllocationSettingData";
	static final String VSSD = "http://schemas.dmtf.org/wbem/wscim/1/cim-schema/2/CIM_VirtualSystemSettingData";
	static final String VMW = "http://www.vmware.com/schema/ovf";

	/** CIM_ResourceAllocationSettingData's properties in the schema's xs:sequence order. */
	static final List<String> RASD_SEQUENCE = List.of("Address", "AddressOnParent", "AllocationUnits", "AutomaticAllocation",
			"AutomaticDeallocation", "Caption", "Connection", "ConsumerVisibility", "Description", "ElementName", "HostResource",
			"InstanceID", "Limit", "MappingBehavior", "OtherResourceType", "Parent", "PoolID", "Reservation", "ResourceSubType",
			"ResourceType", "VirtualQuantity", "VirtualQuantityUnits", "Weight");
	/** CIM_VirtualSystemSettingData's properties in the schema's xs:sequence order. */
	static final List<String> VSSD_SEQUENCE = List.of("AutomaticRecoveryAction", "AutomaticShutdownAction", "AutomaticStartupAction",
			"AutomaticStartupActionDelay", "AutomaticStartupActionSequenceNumber", "Caption", "ConfigurationDataRoot", "ConfigurationFile",
			"ConfigurationID", "CreationTime", "Description", "ElementName", "InstanceID", "LogDataRoot", "Notes", "RecoveryFile",
			"SnapshotDataRoot", "SuspendDataRoot", "SwapFileDataRoot", "VirtualSystemIdentifier", "VirtualSystemType");
	/** DSP0243's table of core sections, in its order; VirtualHardwareSection (clause 8) last. */
	static final List<String> SECTION_ORDER = List.of("AnnotationSection", "ProductSection", "EulaSection", "StartupSection",
			"DeploymentOptionSection", "OperatingSystemSection", "InstallSection", "VirtualHardwareSection");
	/** ProductSection_Type's sequence before its Category/Property choice. */
	static final List<String> PRODUCT_SEQUENCE = List.of("Info", "Product", "Vendor", "Version", "FullVersion", "ProductUrl", "VendorUrl",
			"AppUrl", "Icon");
	/** DSP0243's property types (table "Property types"). */
	static final Set<String> PROPERTY_TYPES = Set.of("uint8", "sint8", "uint16", "sint16", "uint32", "sint32", "uint64", "sint64",
			"string", "boolean", "real32", "real64");
	/** CIM ResourceType values of the items Kiln writes. */
	static final Set<Integer> CONTROLLER_TYPES = Set.of(5, 6, 20);
	static final Set<Integer> KNOWN_RESOURCE_TYPES = Set.of(3, 4, 5, 6, 10, 15, 17, 20);
	static final String STREAM_OPTIMIZED = "http://www.vmware.com/interfaces/specifications/vmdk.html#streamOptimized";

	private final List<String> violations = new ArrayList<>();
	/** The envelope namespace of the dialect checked. */
	private final String ns;

	private Dsp0243Rules(String namespace) {
		this.ns = namespace;
	}

	/** The envelope namespace of {@code version}, written here, not taken from Kiln's code. */
	static String namespace(OvfVersion version) {
		return switch (version) {
			case OVF_1_0 -> OVF_1;
			case OVF_2_0 -> OVF_2;
		};
	}

	/** Every rule {@code descriptor} breaks as a descriptor of {@code version}, in words; empty if none. */
	static List<String> violations(byte[] descriptor, OvfVersion version) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(descriptor)).getDocumentElement();
		Dsp0243Rules rules = new Dsp0243Rules(namespace(version));
		rules.envelope(root);
		return rules.violations;
	}

	private void check(boolean ok, String rule) {
		if (!ok) {
			violations.add(rule);
		}
	}

	private void envelope(Element root) {
		check(ns.equals(root.getNamespaceURI()) && "Envelope".equals(root.getLocalName()), "the root is an Envelope in " + ns);
		check(!root.hasAttributeNS(ns, "version"), "no ovf:version on the Envelope: neither DSP8023 1.x nor 2.x has one (OVF 0.9 had)");
		List<Element> children = children(root);
		check(!children.isEmpty() && "References".equals(children.get(0).getLocalName()), "References is the Envelope's first element");
		Map<String, Integer> fileUse = new HashMap<>();
		for (Element file : children(children.get(0))) {
			check("File".equals(file.getLocalName()), "References holds File elements");
			String id = ovf(file, "id");
			check(id != null && ovf(file, "href") != null, "a File has ovf:id and ovf:href");
			check(fileUse.put(id, 0) == null, "File ids are unique: " + id);
			check(ovf(file, "size") == null || ovf(file, "size").matches("\\d+"), "ovf:size is a number of bytes");
		}
		Set<String> disks = new HashSet<>();
		Map<String, Long> capacities = new HashMap<>();
		Set<String> networks = new HashSet<>();
		int systems = 0;
		boolean content = false;
		for (Element child : children.subList(1, children.size())) {
			String name = child.getLocalName();
			if (name.endsWith("Section")) {
				check(!content, name + " comes before the VirtualSystem");
				sectionHasInfo(child);
			}
			switch (name) {
				case "DiskSection" -> {
					for (Element disk : children(child, "Disk")) {
						String id = ovf(disk, "diskId");
						check(id != null && disks.add(id), "a Disk has a unique ovf:diskId");
						String capacity = ovf(disk, "capacity");
						check(capacity != null && capacity.matches("[1-9]\\d*"), "ovf:capacity is a positive number: " + capacity);
						String units = ovf(disk, "capacityAllocationUnits");
						check("byte".equals(units) || "byte * 2^20".equals(units), "the capacity is in bytes or MiB: " + units);
						check(STREAM_OPTIMIZED.equals(ovf(disk, "format")), "ovf:format is the streamOptimized VMDK URI");
						String fileRef = ovf(disk, "fileRef");
						check(fileRef != null && fileUse.containsKey(fileRef), "ovf:fileRef names a File: " + fileRef);
						if (fileRef != null) {
							fileUse.merge(fileRef, 1, Integer::sum);
						}
						String populated = ovf(disk, "populatedSize");
						check(populated == null || capacity == null
								|| Long.parseLong(populated) <= Long.parseLong(capacity) << ("byte * 2^20".equals(units) ? 20 : 0),
								"ovf:populatedSize (bytes) is at most the capacity");
						capacities.put(id, capacity == null ? -1 : Long.parseLong(capacity) << ("byte * 2^20".equals(units) ? 20 : 0));
					}
				}
				case "NetworkSection" -> {
					for (Element network : children(child, "Network")) {
						check(ovf(network, "name") != null, "a Network has an ovf:name");
						networks.add(ovf(network, "name"));
					}
				}
				case "VirtualSystem" -> {
					systems++;
					content = true;
					virtualSystem(child, disks, networks);
				}
				default -> check(name.endsWith("Section"), "unexpected Envelope child " + name);
			}
		}
		check(systems == 1, "one VirtualSystem, not " + systems);
		fileUse.forEach((file, uses) -> check(uses == 1, "File " + file + " is the file of exactly one Disk, not " + uses));
	}

	private void virtualSystem(Element system, Set<String> disks, Set<String> networks) {
		check(ovf(system, "id") != null, "the VirtualSystem has an ovf:id");
		List<Element> children = children(system);
		check(!children.isEmpty() && "Info".equals(children.get(0).getLocalName()), "the VirtualSystem's first element is Info");
		int from = 1;
		if (children.size() > 1 && "Name".equals(children.get(1).getLocalName())) {
			from = 2;
		}
		int last = -1;
		Set<String> seen = new HashSet<>();
		for (Element section : children.subList(from, children.size())) {
			String name = section.getLocalName();
			int position = SECTION_ORDER.indexOf(name);
			check(position >= 0, "a known core section: " + name);
			check(position >= last, name + " comes in DSP0243's order of sections (after " + (last < 0 ? "none" : SECTION_ORDER.get(last)) + ")");
			check(seen.add(name) || "ProductSection".equals(name), "one " + name);
			last = Math.max(last, position);
			sectionHasInfo(section);
			switch (name) {
				case "ProductSection" -> productSection(section);
				case "EulaSection" -> check(children(section, "License").size() == 1, "an EulaSection has a License");
				case "AnnotationSection" -> check(children(section, "Annotation").size() == 1, "an AnnotationSection has an Annotation");
				case "OperatingSystemSection" -> check(ovf(section, "id") != null && ovf(section, "id").matches("\\d+"),
						"the OperatingSystemSection's ovf:id is a CIM OsType number");
				case "VirtualHardwareSection" -> virtualHardware(section, disks, networks);
				default -> {
				}
			}
		}
	}

	private void productSection(Element section) {
		int last = -1;
		boolean choice = false;
		Set<String> keys = new HashSet<>();
		for (Element child : children(section)) {
			String name = child.getLocalName();
			if ("Category".equals(name) || "Property".equals(name)) {
				choice = true;
			} else {
				int position = PRODUCT_SEQUENCE.indexOf(name);
				check(position > last && !choice, "ProductSection's " + name + " is in the schema's sequence");
				last = position;
			}
			if ("Property".equals(name)) {
				String key = ovf(child, "key");
				String type = ovf(child, "type");
				check(key != null && keys.add(key), "a Property has a unique ovf:key: " + key);
				check(type != null && PROPERTY_TYPES.contains(type), "ovf:type is one of DSP0243's property types: " + type);
				String configurable = ovf(child, "userConfigurable");
				check(configurable == null || configurable.matches("true|false"), "ovf:userConfigurable is a boolean");
				String password = ovf(child, "password");
				check(password == null || password.matches("true|false"), "ovf:password is a boolean");
				String value = ovf(child, "value");
				if (value != null && "boolean".equals(type)) {
					check(value.matches("true|false"), "a boolean property's value is true or false: " + value);
				}
				if (value != null && "sint32".equals(type)) {
					check(value.matches("-?\\d+"), "a sint32 property's value is an integer: " + value);
				}
				String qualifiers = ovf(child, "qualifiers");
				check(qualifiers == null || qualifiers.matches("((MinLen|MaxLen|MinValue|MaxValue)\\(-?\\d+\\)|ValueMap\\{[^}]*\\})(\\s*,?\\s*\\S.*)?"),
						"ovf:qualifiers are DSP0243 qualifiers: " + qualifiers);
				List<String> parts = children(child).stream().map(Element::getLocalName).toList();
				check(parts.stream().allMatch(p -> p.equals("Label") || p.equals("Description") || p.equals("Value"))
						&& (parts.indexOf("Description") < 0 || parts.indexOf("Label") < parts.indexOf("Description")),
						"a Property holds Label, then Description: " + parts);
			}
		}
	}

	private void virtualHardware(Element section, Set<String> disks, Set<String> networks) {
		List<Element> children = children(section);
		check(children.size() > 1 && "System".equals(children.get(1).getLocalName()), "System follows the Info");
		inOrder(children.get(1), VSSD, VSSD_SEQUENCE, Set.of("ElementName", "InstanceID"));
		Map<String, Integer> typeOfInstance = new HashMap<>();
		List<Element> items = children(section, "Item");
		boolean extensions = false;
		for (Element child : children.subList(2, children.size())) {
			if (ns.equals(child.getNamespaceURI())) {
				check(!extensions && "Item".equals(child.getLocalName()),
						"RASD Items (OVF 2's EthernetPortItem and StorageItem are not in OVF 1), before extensions: " + child.getLocalName());
			} else {
				extensions = true;
			}
		}
		for (Element item : items) {
			inOrder(item, RASD, RASD_SEQUENCE, Set.of("ElementName", "InstanceID", "ResourceType"));
			String instance = rasd(item, "InstanceID");
			int type = Integer.parseInt(rasd(item, "ResourceType"));
			check(KNOWN_RESOURCE_TYPES.contains(type), "a ResourceType Kiln knows: " + type);
			check(typeOfInstance.put(instance, type) == null, "InstanceIDs are unique: " + instance);
		}
		Map<Integer, Integer> counts = new HashMap<>();
		typeOfInstance.values().forEach(t -> counts.merge(t, 1, Integer::sum));
		check(counts.getOrDefault(3, 0) == 1 && counts.getOrDefault(4, 0) == 1, "one processor and one memory item");
		Set<String> addresses = new HashSet<>();
		for (Element item : items) {
			int type = Integer.parseInt(rasd(item, "ResourceType"));
			String parent = rasd(item, "Parent");
			if (type == 17 || type == 15) {
				check(parent != null && CONTROLLER_TYPES.contains(typeOfInstance.get(parent)), "a drive's Parent is a controller: " + parent);
				check(rasd(item, "AddressOnParent") != null && addresses.add(parent + ":" + rasd(item, "AddressOnParent")),
						"drives have distinct addresses on their controller");
			}
			if (type == 17) {
				String host = rasd(item, "HostResource");
				check(host != null && host.startsWith("ovf:/disk/") && disks.contains(host.substring("ovf:/disk/".length())),
						"a disk's HostResource is ovf:/disk/<a Disk's id>: " + host);
			}
			if (type == 10) {
				check(networks.contains(rasd(item, "Connection")), "the ethernet adapter's Connection names a Network");
			}
			if (type == 4) {
				check("byte * 2^20".equals(rasd(item, "AllocationUnits")), "memory in MiB (byte * 2^20)");
			}
		}
		String transport = ovf(section, "transport");
		if (transport != null) {
			for (String t : transport.split("\\s+")) {
				check(t.equals("com.vmware.guestInfo") || t.equals("iso"), "a transport the first-boot hook reads: " + t);
			}
			if (List.of(transport.split("\\s+")).contains("iso")) {
				check(counts.getOrDefault(15, 0) == 1, "the iso transport has a CD-ROM drive");
			}
		}
		for (Element config : children(section, VMW, "Config")) {
			check("false".equals(config.getAttributeNS(ns, "required")), "vmw:Config is ovf:required=\"false\"");
			if ("firmware".equals(config.getAttributeNS(VMW, "key"))) {
				check(config.getAttributeNS(VMW, "value").matches("bios|efi"), "firmware is bios or efi");
			}
		}
	}

	private void inOrder(Element parent, String namespace, List<String> sequence, Set<String> required) {
		int last = -1;
		Set<String> present = new HashSet<>();
		for (Element child : children(parent)) {
			check(namespace.equals(child.getNamespaceURI()), parent.getLocalName() + " holds only " + namespace + " elements");
			int position = sequence.indexOf(child.getLocalName());
			check(position > last, parent.getLocalName() + ": " + child.getLocalName() + " is in the CIM schema's sequence");
			last = Math.max(position, last);
			present.add(child.getLocalName());
		}
		check(present.containsAll(required), parent.getLocalName() + " has " + required);
	}

	private void sectionHasInfo(Element section) {
		List<Element> children = children(section);
		check(!children.isEmpty() && "Info".equals(children.get(0).getLocalName()) && ns.equals(children.get(0).getNamespaceURI()),
				section.getLocalName() + " starts with Info (Section_Type)");
	}

	private String ovf(Element element, String name) {
		return element.hasAttributeNS(ns, name) ? element.getAttributeNS(ns, name) : null;
	}

	private static String rasd(Element item, String name) {
		List<Element> found = children(item, RASD, name);
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}

	static List<Element> children(Element parent) {
		List<Element> result = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element) {
				result.add(element);
			}
		}
		return result;
	}

	private List<Element> children(Element parent, String name) {
		return children(parent, ns, name);
	}

	static List<Element> children(Element parent, String namespace, String name) {
		return children(parent).stream().filter(e -> namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())).toList();
	}
}
