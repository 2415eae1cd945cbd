package dev.kiln.image.ovf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

import dev.kiln.image.internal.ImageText;
import dev.kiln.image.ovf.OvaException.Reason;

/**
 * Reads an OVF descriptor (DMTF DSP0243 1.x or 2.x; the envelope namespace tells which) into an
 * {@link OvfEnvelope}: references, disks, networks and each virtual system's product, properties,
 * licences, guest OS and hardware. Tolerant of what it does not know (other sections, extensions);
 * strict about XML: no DOCTYPE, so no external entities and no entity expansion bombs.
 */
public final class OvfEnvelopeReader {

	/**
	 * Parses {@code descriptor}; {@code packageName} and {@code member} name it in errors.
	 *
	 * @throws OvaException {@link Reason#BAD_DESCRIPTOR} if it is not XML or not an OVF envelope
	 */
	public OvfEnvelope read(byte[] descriptor, String packageName, String member) throws OvaException {
		Element root;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(null);
			root = builder.parse(new ByteArrayInputStream(descriptor)).getDocumentElement();
		} catch (SAXException | IOException e) {
			throw new OvaException(packageName, member, Reason.BAD_DESCRIPTOR,
					ImageText.bind(ImageText.OvfEnvelopeReader_notWellFormed, e.getMessage()), e);
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JDK's XML parser lacks secure processing", e); //$NON-NLS-1$
		}
		String ns = root.getNamespaceURI();
		if (!"Envelope".equals(root.getLocalName()) || OvfVersion.ofNamespace(ns) == null) { //$NON-NLS-1$
			throw new OvaException(packageName, member, Reason.BAD_DESCRIPTOR,
					ImageText.bind(ImageText.OvfEnvelopeReader_notEnvelope, ns, root.getLocalName()));
		}
		return new Parse(ns).envelope(root);
	}

	/** One parse, in the envelope's namespace. */
	private record Parse(String ns) {

		OvfEnvelope envelope(Element root) {
			List<OvfEnvelope.FileReference> files = new ArrayList<>();
			for (Element references : children(root, ns, "References")) { //$NON-NLS-1$
				for (Element file : children(references, ns, "File")) { //$NON-NLS-1$
					files.add(new OvfEnvelope.FileReference(attribute(file, "id"), attribute(file, "href"), number(attribute(file, "size")))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
			List<OvfEnvelope.Disk> disks = new ArrayList<>();
			for (Element section : children(root, ns, "DiskSection")) { //$NON-NLS-1$
				for (Element disk : children(section, ns, "Disk")) { //$NON-NLS-1$
					long capacity = number(attribute(disk, "capacity")); //$NON-NLS-1$
					long unit = AllocationUnits.bytes(attribute(disk, "capacityAllocationUnits"), 1); //$NON-NLS-1$
					disks.add(new OvfEnvelope.Disk(attribute(disk, "diskId"), attribute(disk, "fileRef"), //$NON-NLS-1$ //$NON-NLS-2$
							capacity < 0 || unit < 0 ? -1 : Math.multiplyHigh(capacity, unit) != 0 ? -1 : capacity * unit,
							number(attribute(disk, "populatedSize")), attribute(disk, "format"))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			List<OvfEnvelope.Network> networks = new ArrayList<>();
			for (Element section : children(root, ns, "NetworkSection")) { //$NON-NLS-1$
				for (Element network : children(section, ns, "Network")) { //$NON-NLS-1$
					networks.add(new OvfEnvelope.Network(attribute(network, "name"), text(network, ns, "Description"))); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			List<OvfEnvelope.VirtualSystem> systems = new ArrayList<>();
			collectVirtualSystems(root, systems);
			return new OvfEnvelope(ns, files, disks, networks, systems);
		}

		private void collectVirtualSystems(Element parent, List<OvfEnvelope.VirtualSystem> systems) {
			for (Element child : children(parent, ns, null)) {
				if ("VirtualSystem".equals(child.getLocalName())) { //$NON-NLS-1$
					systems.add(virtualSystem(child));
				} else if ("VirtualSystemCollection".equals(child.getLocalName())) { //$NON-NLS-1$
					collectVirtualSystems(child, systems);
				}
			}
		}

		private OvfEnvelope.VirtualSystem virtualSystem(Element system) {
			OvfEnvelope.Product product = null;
			List<OvfEnvelope.Property> properties = new ArrayList<>();
			for (Element section : children(system, ns, "ProductSection")) { //$NON-NLS-1$
				if (product == null) {
					product = new OvfEnvelope.Product(text(section, ns, "Product"), text(section, ns, "Vendor"), text(section, ns, "Version"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
							text(section, ns, "FullVersion"), text(section, ns, "ProductUrl"), text(section, ns, "VendorUrl")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				String category = null;
				for (Element child : children(section, ns, null)) {
					if ("Category".equals(child.getLocalName())) { //$NON-NLS-1$
						category = child.getTextContent().trim();
					} else if ("Property".equals(child.getLocalName())) { //$NON-NLS-1$
						properties.add(new OvfEnvelope.Property(attribute(child, "key"), attribute(child, "type"), attribute(child, "value"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								Boolean.parseBoolean(attribute(child, "userConfigurable")), Boolean.parseBoolean(attribute(child, "password")), //$NON-NLS-1$ //$NON-NLS-2$
								attribute(child, "qualifiers"), child.getAttributeNS(OvfNames.VMW, "qualifiers").isEmpty() ? null //$NON-NLS-1$ //$NON-NLS-2$
										: child.getAttributeNS(OvfNames.VMW, "qualifiers"), //$NON-NLS-1$
								category, text(child, ns, "Label"), text(child, ns, "Description"))); //$NON-NLS-1$ //$NON-NLS-2$
					}
				}
			}
			List<String> eulas = new ArrayList<>();
			for (Element section : children(system, ns, "EulaSection")) { //$NON-NLS-1$
				eulas.add(text(section, ns, "License")); //$NON-NLS-1$
			}
			String annotation = null;
			for (Element section : children(system, ns, "AnnotationSection")) { //$NON-NLS-1$
				annotation = text(section, ns, "Annotation"); //$NON-NLS-1$
			}
			OvfEnvelope.OperatingSystem os = null;
			for (Element section : children(system, ns, "OperatingSystemSection")) { //$NON-NLS-1$
				String osType = section.getAttributeNS(OvfNames.VMW, "osType"); //$NON-NLS-1$
				os = new OvfEnvelope.OperatingSystem((int) number(attribute(section, "id")), osType.isEmpty() ? null : osType, //$NON-NLS-1$
						text(section, ns, "Description")); //$NON-NLS-1$
			}
			OvfEnvelope.VirtualHardware hardware = null;
			for (Element section : children(system, ns, "VirtualHardwareSection")) { //$NON-NLS-1$
				if (hardware == null) {
					hardware = hardware(section);
				}
			}
			return new OvfEnvelope.VirtualSystem(attribute(system, "id"), text(system, ns, "Info"), text(system, ns, "Name"), annotation, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					product, properties, eulas, os, hardware);
		}

		private OvfEnvelope.VirtualHardware hardware(Element section) {
			String type = null;
			for (Element system : children(section, ns, "System")) { //$NON-NLS-1$
				type = text(system, OvfNames.VSSD, "VirtualSystemType"); //$NON-NLS-1$
			}
			String transport = attribute(section, "transport"); //$NON-NLS-1$
			List<OvfEnvelope.Item> items = new ArrayList<>();
			Map<String, String> config = new LinkedHashMap<>();
			for (Element child : children(section, null, null)) {
				String name = child.getLocalName();
				if (ns.equals(child.getNamespaceURI()) && ("Item".equals(name) || "StorageItem".equals(name) || "EthernetPortItem".equals(name))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					Map<String, String> elements = new LinkedHashMap<>();
					for (Element element : children(child, null, null)) {
						elements.putIfAbsent(element.getLocalName(), element.getTextContent().trim());
					}
					items.add(new OvfEnvelope.Item(elements, !"false".equals(attribute(child, "required")))); //$NON-NLS-1$ //$NON-NLS-2$
				} else if (OvfNames.VMW.equals(child.getNamespaceURI()) && "Config".equals(name)) { //$NON-NLS-1$
					config.put(child.getAttributeNS(OvfNames.VMW, "key"), child.getAttributeNS(OvfNames.VMW, "value")); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			List<String> transports = transport == null || transport.isBlank() ? List.of() : Arrays.asList(transport.trim().split("\\s+")); //$NON-NLS-1$
			return new OvfEnvelope.VirtualHardware(type, transports, items, config);
		}

		/** An {@code ovf:} attribute, or {@code null}. */
		private String attribute(Element element, String name) {
			return element.hasAttributeNS(ns, name) ? element.getAttributeNS(ns, name) : null;
		}
	}

	/** The child elements of {@code parent} in {@code namespace} (any if null) named {@code name} (any if null). */
	private static List<Element> children(Element parent, String namespace, String name) {
		List<Element> result = new ArrayList<>();
		for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
			if (node instanceof Element element && (namespace == null || namespace.equals(element.getNamespaceURI()))
					&& (name == null || name.equals(element.getLocalName()))) {
				result.add(element);
			}
		}
		return result;
	}

	/** The text of the first child element {@code name}, or {@code null}. */
	private static String text(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		return found.isEmpty() ? null : found.get(0).getTextContent();
	}

	private static long number(String text) {
		if (text == null) {
			return -1;
		}
		try {
			return Long.parseLong(text.trim());
		} catch (NumberFormatException e) {
			return -1;
		}
	}
}
