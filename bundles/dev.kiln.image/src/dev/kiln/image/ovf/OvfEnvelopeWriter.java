package dev.kiln.image.ovf;

import static dev.kiln.image.ovf.OvfNames.RASD;
import static dev.kiln.image.ovf.OvfNames.VMW;
import static dev.kiln.image.ovf.OvfNames.VSSD;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import dev.kiln.image.internal.ImageText;
import dev.kiln.image.ovf.OvfDescriptor.DiskController;
import dev.kiln.image.ovf.OvfDescriptor.Property;

/**
 * Writes an OVF descriptor for one virtual system whose disks are streamOptimized VMDKs, in either
 * dialect of {@link OvfVersion}: OVF 1.x (DMTF DSP0243 1.1, XML schema DSP8023 1.1.1) by default, OVF
 * 2.x (DSP0243 2.1, DSP8023 2.0.1) on request. Virtual hardware items come from the CIM schema's
 * CIM_ResourceAllocationSettingData and CIM_VirtualSystemSettingData, whose namespaces are the same in
 * both.
 * <p>
 * The dialects differ only in the envelope's namespace. Everything else Kiln writes is in both schemas
 * with the same meaning; what only 2.x has ({@code EthernetPortItem}/{@code StorageItem} with the
 * EPASD/SASD classes, {@code SharedDiskSection}, {@code EnvironmentFilesSection}, …) is written in
 * neither, since RASD {@code Item}s are what every importer reads (ADR 007). Neither schema has a
 * version attribute on the Envelope: the namespace is the version, and no reader looks further (an
 * {@code ovf:version} on the Envelope is OVF 0.9's, which VirtualBox still writes and does not read).
 * <p>
 * Layout, in the order of the schema and of DSP0243: {@code References} (one {@code File} per disk,
 * clause 7.1), {@code DiskSection} (clause 9.1: capacity, populated size, the streamOptimized format
 * URI), {@code NetworkSection} (9.2), then the {@code VirtualSystem} with {@code Info}, {@code Name} and
 * its sections in the order of DSP0243's table of core sections: {@code AnnotationSection} (9.6),
 * {@code ProductSection} (9.5), {@code EulaSection} (9.7), {@code OperatingSystemSection} (9.9), and last
 * {@code VirtualHardwareSection} (clause 8). Within each hardware {@code Item} the RASD elements follow
 * the CIM schema's sequence (alphabetical).
 * <p>
 * What importers read, checked in their sources, and so what the descriptor holds:
 * <ul>
 * <li>virt-v2v ({@code input/OVF.ml}) and Proxmox VE ({@code PVE/GuestImport/OVF.pm}, {@code qm
 * importovf}) evaluate namespace-qualified XPath with {@code ovf} bound to the 1.x namespace only: a 2.x
 * descriptor has, for them, no name, CPUs, memory or disks. Hence OVF 1.0 by default.</li>
 * <li>Name: {@code /ovf:Envelope/ovf:VirtualSystem/ovf:Name} (virt-v2v, Proxmox; Proxmox falls back to
 * the VirtualSystem's {@code ovf:id}, which VirtualBox takes as the VM name).</li>
 * <li>CPUs and memory: {@code ovf:Item[rasd:ResourceType=3]} and {@code [...=4]}, their
 * {@code rasd:VirtualQuantity}. virt-v2v and Proxmox take the memory quantity as MiB whatever the units
 * say; VirtualBox accepts {@code byte * 2^20} (and refuses units it does not know): memory is in MiB with
 * {@code rasd:AllocationUnits} {@code byte * 2^20}.</li>
 * <li>Disks: {@code ovf:Item[rasd:ResourceType=17]} → {@code rasd:HostResource} {@code ovf:/disk/<diskId>}
 * → {@code DiskSection/Disk[@ovf:diskId]/@ovf:fileRef} → {@code References/File[@ovf:id]/@ovf:href}
 * (virt-v2v, Proxmox, VirtualBox). Proxmox wants the ids in RFC 3986 unreserved characters and the href
 * a plain file name; Kiln's are {@code vmdisk1}, {@code file1} and the VMDK's name.</li>
 * <li>Controllers: a disk's {@code rasd:Parent} is the {@code rasd:InstanceID} of an Item whose
 * ResourceType is 5 (IDE), 6 (SCSI) or 20 (SATA): the three virt-v2v's {@code parent_controller} and
 * Proxmox's {@code id_to_pve} map; VirtualBox takes 20 only with ResourceSubType {@code AHCI}.</li>
 * <li>Disk capacity in {@code byte * 2^20}, as ovftool writes units: Proxmox sizes an OVA's disks from
 * {@code ovf:capacity} only with units of the form {@code byte * b^e}. VirtualBox reads the capacity as
 * bytes, but only for progress and for disks without a file, which Kiln never writes.</li>
 * <li>{@code OperatingSystemSection/@ovf:id}: Proxmox maps CIM OsType 96 (Debian 64-bit) to its
 * {@code l26}; VirtualBox refuses a section without it.</li>
 * <li>VirtualBox refuses a required Item of a ResourceType it does not know: Kiln writes only 3, 4, 5, 6,
 * 10, 15 and 17/20, and the CD-ROM with {@code ovf:required="false"}.</li>
 * </ul>
 * VMware extensions, only where VMware defines them and the others ignore them:
 * <ul>
 * <li>Firmware: {@code <vmw:Config ovf:required="false" vmw:key="firmware" vmw:value="efi|bios"/>}, which
 * virt-v2v and Proxmox read too (UEFI → OVMF); without it they assume BIOS.</li>
 * <li>{@code vmw:osType} on the OperatingSystemSection (ovftool's guest ids, e.g. {@code
 * debian12_64Guest}).</li>
 * <li>Property types (DSP0243 clause 9.5, table of property types): string, boolean and {@code sint32};
 * a password is a string with {@code ovf:password="true"}; an IP address a string with VMware's
 * {@code vmw:qualifiers="Ip"}. DSP0243 has no "required" attribute for a property: a required
 * text property gets the qualifier {@code MinLen(1)}, which deployment tools enforce.</li>
 * <li>With properties, {@code ovf:transport="com.vmware.guestInfo iso"} on the VirtualHardwareSection
 * (clause 11: the OVF environment through VMware Tools' guestinfo or an ISO image) and a CD-ROM drive
 * for the ISO: the two sources the image's first-boot hook reads.</li>
 * </ul>
 * Properties are grouped by {@code Category}: the part of the key before its first dot ({@code
 * admin.email} in "admin"); keys without a dot come first, without a category. Disks sit on one
 * controller (SCSI LSI Logic, SATA AHCI or IDE); the CD-ROM goes on the SATA controller when there is
 * one, else on an IDE controller.
 * <p>
 * The output depends only on the descriptor and the dialect: no dates, no generated ids, fixed attribute
 * order. Its texts ({@code Info}, element names) are content in the descriptor's {@code xml:lang} en-US,
 * not Kiln's messages, so they are not in ImageText.
 */
public final class OvfEnvelopeWriter {

	/** SCSI unit 7 is the controller's own. */
	private static final int SCSI_CONTROLLER_UNIT = 7;
	private static final int SCSI_MAX_DEVICES = 15;
	private static final int SATA_MAX_DEVICES = 30;
	private static final int IDE_DEVICES_PER_CONTROLLER = 2;
	private static final int IDE_CONTROLLERS = 2;
	/** Disk capacities in MiB ({@code byte * 2^20}) when they are whole MiB, as they are for Kiln's disks. */
	private static final long MIB = 1L << 20;

	private final OvfVersion version;

	/** A writer of OVF 1.x descriptors, the dialect every importer reads. */
	public OvfEnvelopeWriter() {
		this(OvfVersion.OVF_1_0);
	}

	/** A writer of descriptors in {@code version}'s dialect. */
	public OvfEnvelopeWriter(OvfVersion version) {
		this.version = Objects.requireNonNull(version, "version"); //$NON-NLS-1$
	}

	/** The dialect this writer writes. */
	public OvfVersion version() {
		return version;
	}

	/** Writes {@code descriptor} as OVF XML, UTF-8. */
	public byte[] write(OvfDescriptor descriptor) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8"); //$NON-NLS-1$
			new Document(new Indenting(xml, version.namespace()), descriptor).write();
			xml.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("the JDK's XML writer failed on an in-memory stream", e); //$NON-NLS-1$
		}
		return bytes.toByteArray();
	}

	/** The descriptor as text, for logs and tests. */
	public String writeString(OvfDescriptor descriptor) {
		return new String(write(descriptor), StandardCharsets.UTF_8);
	}

	/** A device on a disk controller. */
	private record Slot(int controllerInstance, int address) {
	}

	/** One descriptor being written. */
	private static final class Document {
		private final Indenting xml;
		/** The envelope's namespace: the dialect's. */
		private final String ovf;
		private final OvfDescriptor d;
		private int nextInstance = 1;

		Document(Indenting xml, OvfDescriptor descriptor) {
			this.xml = xml;
			this.ovf = xml.ovf;
			this.d = descriptor;
		}

		void write() throws XMLStreamException {
			XMLStreamWriter out = xml.out;
			out.writeStartDocument("UTF-8", "1.0"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.start(ovf, "Envelope"); //$NON-NLS-1$
			out.writeDefaultNamespace(ovf);
			out.writeNamespace("ovf", ovf); //$NON-NLS-1$
			out.writeNamespace("rasd", RASD); //$NON-NLS-1$
			out.writeNamespace("vmw", VMW); //$NON-NLS-1$
			out.writeNamespace("vssd", VSSD); //$NON-NLS-1$
			out.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en-US"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

			xml.start(ovf, "References"); //$NON-NLS-1$
			for (int i = 0; i < d.disks().size(); i++) {
				OvfDescriptor.Disk disk = d.disks().get(i);
				xml.empty(ovf, "File", "ovf:id", fileId(i), "ovf:href", href(disk.fileName()), "ovf:size", Long.toString(disk.fileSize())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			xml.end();

			xml.start(ovf, "DiskSection"); //$NON-NLS-1$
			xml.leaf(ovf, "Info", "Virtual disk information"); //$NON-NLS-1$ //$NON-NLS-2$
			for (int i = 0; i < d.disks().size(); i++) {
				OvfDescriptor.Disk disk = d.disks().get(i);
				boolean wholeMib = disk.capacity() % MIB == 0;
				List<String> attributes = new ArrayList<>(List.of("ovf:capacity", Long.toString(wholeMib ? disk.capacity() / MIB : disk.capacity()), //$NON-NLS-1$
						"ovf:capacityAllocationUnits", wholeMib ? "byte * 2^20" : "byte", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						"ovf:diskId", diskId(i), "ovf:fileRef", fileId(i), "ovf:format", OvfNames.STREAM_OPTIMIZED_VMDK)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				if (disk.populatedSize() >= 0) {
					attributes.addAll(List.of("ovf:populatedSize", Long.toString(disk.populatedSize()))); //$NON-NLS-1$
				}
				xml.empty(ovf, "Disk", attributes.toArray(String[]::new)); //$NON-NLS-1$
			}
			xml.end();

			xml.start(ovf, "NetworkSection"); //$NON-NLS-1$
			xml.leaf(ovf, "Info", "The logical networks the appliance uses"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.start(ovf, "Network", "ovf:name", d.network().name()); //$NON-NLS-1$ //$NON-NLS-2$
			if (d.network().description() != null) {
				xml.leaf(ovf, "Description", d.network().description()); //$NON-NLS-1$
			}
			xml.end();
			xml.end();

			xml.start(ovf, "VirtualSystem", "ovf:id", d.id()); //$NON-NLS-1$ //$NON-NLS-2$
			xml.leaf(ovf, "Info", d.info()); //$NON-NLS-1$
			xml.leaf(ovf, "Name", d.name()); //$NON-NLS-1$
			if (d.annotation() != null) {
				xml.start(ovf, "AnnotationSection"); //$NON-NLS-1$
				xml.leaf(ovf, "Info", "A description of the appliance"); //$NON-NLS-1$ //$NON-NLS-2$
				xml.leaf(ovf, "Annotation", d.annotation()); //$NON-NLS-1$
				xml.end();
			}
			productSection();
			if (d.eula() != null) {
				xml.start(ovf, "EulaSection"); //$NON-NLS-1$
				xml.leaf(ovf, "Info", "The licence the customer accepts by deploying the appliance"); //$NON-NLS-1$ //$NON-NLS-2$
				xml.leaf(ovf, "License", d.eula()); //$NON-NLS-1$
				xml.end();
			}
			if (d.os().vmwOsType() != null) {
				xml.start(ovf, "OperatingSystemSection", "ovf:id", Integer.toString(d.os().ovfId()), "vmw:osType", d.os().vmwOsType()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else {
				xml.start(ovf, "OperatingSystemSection", "ovf:id", Integer.toString(d.os().ovfId())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			xml.leaf(ovf, "Info", "The guest operating system"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.leafIfPresent(ovf, "Description", d.os().description()); //$NON-NLS-1$
			xml.end();
			virtualHardwareSection();
			xml.end(); // VirtualSystem
			xml.end(); // Envelope
			out.writeCharacters("\n"); //$NON-NLS-1$
			out.writeEndDocument();
		}

		private void productSection() throws XMLStreamException {
			OvfDescriptor.Product p = d.product();
			xml.start(ovf, "ProductSection"); //$NON-NLS-1$
			xml.leaf(ovf, "Info", "Information about the installed software"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.leaf(ovf, "Product", p.product()); //$NON-NLS-1$
			xml.leafIfPresent(ovf, "Vendor", p.vendor()); //$NON-NLS-1$
			xml.leaf(ovf, "Version", p.version()); //$NON-NLS-1$
			xml.leafIfPresent(ovf, "FullVersion", p.fullVersion()); //$NON-NLS-1$
			xml.leafIfPresent(ovf, "ProductUrl", p.productUrl() == null ? null : p.productUrl().toString()); //$NON-NLS-1$
			xml.leafIfPresent(ovf, "VendorUrl", p.vendorUrl() == null ? null : p.vendorUrl().toString()); //$NON-NLS-1$
			Map<String, List<Property>> categories = new LinkedHashMap<>();
			categories.put("", new ArrayList<>()); //$NON-NLS-1$
			for (Property property : d.properties()) {
				int dot = property.key().indexOf('.');
				categories.computeIfAbsent(dot < 0 ? "" : property.key().substring(0, dot), c -> new ArrayList<>()).add(property); //$NON-NLS-1$
			}
			for (Map.Entry<String, List<Property>> category : categories.entrySet()) {
				if (!category.getKey().isEmpty()) {
					xml.leaf(ovf, "Category", category.getKey()); //$NON-NLS-1$
				}
				for (Property property : category.getValue()) {
					property(property);
				}
			}
			xml.end();
		}

		private void property(Property property) throws XMLStreamException {
			List<String> attributes = new ArrayList<>(List.of("ovf:key", property.key(), "ovf:type", switch (property.type()) { //$NON-NLS-1$ //$NON-NLS-2$
				case BOOLEAN -> "boolean"; //$NON-NLS-1$
				case INT -> "sint32"; //$NON-NLS-1$
				case STRING, PASSWORD, IP -> "string"; //$NON-NLS-1$
			}));
			boolean text = switch (property.type()) {
				case STRING, PASSWORD, IP -> true;
				case BOOLEAN, INT -> false;
			};
			if (property.required() && text) {
				attributes.addAll(List.of("ovf:qualifiers", "MinLen(1)")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			attributes.addAll(List.of("ovf:userConfigurable", Boolean.toString(property.userConfigurable()))); //$NON-NLS-1$
			if (property.value() != null) {
				attributes.addAll(List.of("ovf:value", property.value())); //$NON-NLS-1$
			}
			if (property.type() == OvfDescriptor.PropertyType.PASSWORD) {
				attributes.addAll(List.of("ovf:password", "true")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (property.type() == OvfDescriptor.PropertyType.IP) {
				attributes.addAll(List.of("vmw:qualifiers", "Ip")); //$NON-NLS-1$ //$NON-NLS-2$
			}
			xml.start(ovf, "Property", attributes.toArray(String[]::new)); //$NON-NLS-1$
			xml.leaf(ovf, "Label", property.label() != null ? property.label() : property.key()); //$NON-NLS-1$
			xml.leafIfPresent(ovf, "Description", property.description()); //$NON-NLS-1$
			xml.end();
		}

		private void virtualHardwareSection() throws XMLStreamException {
			OvfDescriptor.Hardware hw = d.hardware();
			boolean environment = !d.properties().isEmpty();
			if (environment) {
				xml.start(ovf, "VirtualHardwareSection", "ovf:transport", OvfNames.TRANSPORT_GUESTINFO + " " + OvfNames.TRANSPORT_ISO); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else {
				xml.start(ovf, "VirtualHardwareSection"); //$NON-NLS-1$
			}
			xml.leaf(ovf, "Info", "Virtual hardware requirements"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.start(ovf, "System"); //$NON-NLS-1$
			xml.leaf(VSSD, "ElementName", "Virtual Hardware Family"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.leaf(VSSD, "InstanceID", "0"); //$NON-NLS-1$ //$NON-NLS-2$
			xml.leaf(VSSD, "VirtualSystemIdentifier", d.id()); //$NON-NLS-1$
			xml.leaf(VSSD, "VirtualSystemType", hw.virtualSystemType()); //$NON-NLS-1$
			xml.end();

			Map<String, String> cpu = new TreeMap<>();
			cpu.put("AllocationUnits", "hertz * 10^6"); //$NON-NLS-1$ //$NON-NLS-2$
			cpu.put("Description", "Number of virtual CPUs"); //$NON-NLS-1$ //$NON-NLS-2$
			cpu.put("ElementName", hw.cpus() + " virtual CPU(s)"); //$NON-NLS-1$ //$NON-NLS-2$
			cpu.put("VirtualQuantity", Integer.toString(hw.cpus())); //$NON-NLS-1$
			item(cpu, OvfNames.RESOURCE_PROCESSOR, false);

			Map<String, String> memory = new TreeMap<>();
			memory.put("AllocationUnits", "byte * 2^20"); //$NON-NLS-1$ //$NON-NLS-2$
			memory.put("Description", "Memory size"); //$NON-NLS-1$ //$NON-NLS-2$
			memory.put("ElementName", hw.memoryMb() + " MB of memory"); //$NON-NLS-1$ //$NON-NLS-2$
			memory.put("VirtualQuantity", Integer.toString(hw.memoryMb())); //$NON-NLS-1$
			item(memory, OvfNames.RESOURCE_MEMORY, false);

			DiskController controller = hw.controller();
			int devices = d.disks().size() + (environment ? 1 : 0);
			List<Slot> slots = new ArrayList<>();
			switch (controller) {
				case SCSI_LSILOGIC -> {
					if (d.disks().size() > SCSI_MAX_DEVICES) {
						throw new IllegalArgumentException(
								ImageText.bind(ImageText.OvfEnvelopeWriter_scsiFull, SCSI_MAX_DEVICES, d.disks().size()));
					}
					int scsi = controller(controller, 0);
					for (int unit = 0; slots.size() < d.disks().size(); unit++) {
						if (unit != SCSI_CONTROLLER_UNIT) {
							slots.add(new Slot(scsi, unit));
						}
					}
					if (environment) {
						slots.add(new Slot(controller(DiskController.IDE, 0), 0));
					}
				}
				case SATA_AHCI -> {
					if (devices > SATA_MAX_DEVICES) {
						throw new IllegalArgumentException(ImageText.bind(ImageText.OvfEnvelopeWriter_sataFull, SATA_MAX_DEVICES, devices));
					}
					int sata = controller(controller, 0);
					for (int port = 0; port < devices; port++) {
						slots.add(new Slot(sata, port));
					}
				}
				case IDE -> {
					if (devices > IDE_CONTROLLERS * IDE_DEVICES_PER_CONTROLLER) {
						throw new IllegalArgumentException(ImageText.bind(
								environment ? ImageText.OvfEnvelopeWriter_ideFullWithCdRom : ImageText.OvfEnvelopeWriter_ideFull, devices));
					}
					int[] ide = new int[IDE_CONTROLLERS];
					for (int i = 0; i < devices; i++) {
						int channel = i / IDE_DEVICES_PER_CONTROLLER;
						if (i % IDE_DEVICES_PER_CONTROLLER == 0) {
							ide[channel] = controller(controller, channel);
						}
						slots.add(new Slot(ide[channel], i % IDE_DEVICES_PER_CONTROLLER));
					}
				}
			}
			for (int i = 0; i < d.disks().size(); i++) {
				Map<String, String> disk = new TreeMap<>();
				disk.put("AddressOnParent", Integer.toString(slots.get(i).address())); //$NON-NLS-1$
				disk.put("ElementName", "Hard disk " + (i + 1)); //$NON-NLS-1$ //$NON-NLS-2$
				disk.put("HostResource", OvfNames.DISK_HOST_RESOURCE_PREFIX + diskId(i)); //$NON-NLS-1$
				disk.put("Parent", Integer.toString(slots.get(i).controllerInstance())); //$NON-NLS-1$
				item(disk, OvfNames.RESOURCE_DISK_DRIVE, false);
			}

			Map<String, String> nic = new TreeMap<>();
			nic.put("AutomaticAllocation", "true"); //$NON-NLS-1$ //$NON-NLS-2$
			nic.put("Connection", d.network().name()); //$NON-NLS-1$
			nic.put("Description", hw.networkAdapter().resourceSubType() + " ethernet adapter on \"" + d.network().name() + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			nic.put("ElementName", "Network adapter 1"); //$NON-NLS-1$ //$NON-NLS-2$
			nic.put("ResourceSubType", hw.networkAdapter().resourceSubType()); //$NON-NLS-1$
			item(nic, OvfNames.RESOURCE_ETHERNET_ADAPTER, false);

			if (environment) {
				Slot cd = slots.get(slots.size() - 1);
				Map<String, String> drive = new TreeMap<>();
				drive.put("AddressOnParent", Integer.toString(cd.address())); //$NON-NLS-1$
				drive.put("AutomaticAllocation", "false"); //$NON-NLS-1$ //$NON-NLS-2$
				drive.put("Description", "CD-ROM for the OVF environment (iso transport)"); //$NON-NLS-1$ //$NON-NLS-2$
				drive.put("ElementName", "CD/DVD drive 1"); //$NON-NLS-1$ //$NON-NLS-2$
				drive.put("Parent", Integer.toString(cd.controllerInstance())); //$NON-NLS-1$
				item(drive, OvfNames.RESOURCE_CD_DRIVE, true);
			}
			xml.empty(VMW, "Config", "ovf:required", "false", "vmw:key", "firmware", "vmw:value", hw.firmware().vmwValue()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			xml.end();
		}

		/** Writes a controller item; returns its InstanceID. */
		private int controller(DiskController controller, int address) throws XMLStreamException {
			Map<String, String> item = new TreeMap<>();
			item.put("Address", Integer.toString(address)); //$NON-NLS-1$
			item.put("Description", controller.elementName()); //$NON-NLS-1$
			item.put("ElementName", controller.elementName() + " " + address); //$NON-NLS-1$ //$NON-NLS-2$
			if (controller.resourceSubType() != null) {
				item.put("ResourceSubType", controller.resourceSubType()); //$NON-NLS-1$
			}
			return item(item, controller.resourceType(), false);
		}

		/**
		 * Writes a RASD {@code Item} with the given elements plus its InstanceID and ResourceType, in the
		 * schema's order (the CIM class's properties sorted by name); returns its InstanceID.
		 */
		private int item(Map<String, String> elements, int resourceType, boolean optional) throws XMLStreamException {
			int instance = nextInstance++;
			TreeMap<String, String> sorted = new TreeMap<>(elements);
			sorted.put("InstanceID", Integer.toString(instance)); //$NON-NLS-1$
			sorted.put("ResourceType", Integer.toString(resourceType)); //$NON-NLS-1$
			if (optional) {
				xml.start(ovf, "Item", "ovf:required", "false"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			} else {
				xml.start(ovf, "Item"); //$NON-NLS-1$
			}
			for (Map.Entry<String, String> element : sorted.entrySet()) {
				xml.leaf(RASD, element.getKey(), element.getValue());
			}
			xml.end();
			return instance;
		}

		private static String fileId(int index) {
			return "file" + (index + 1); //$NON-NLS-1$
		}

		private static String diskId(int index) {
			return "vmdisk" + (index + 1); //$NON-NLS-1$
		}

		private static String href(String fileName) {
			if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\") || fileName.equals("..")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				throw new IllegalArgumentException(ImageText.bind(ImageText.OvfEnvelopeWriter_badFileName, fileName));
			}
			return fileName;
		}
	}

	/**
	 * An XMLStreamWriter that indents with tabs, one element per line, and checks that text and
	 * attribute values are XML 1.0 characters (attribute values without line breaks, which parsers turn
	 * into spaces).
	 */
	private static final class Indenting {
		private final XMLStreamWriter out;
		/** The envelope's namespace, the default one and prefix {@code ovf}. */
		private final String ovf;
		private int depth;

		Indenting(XMLStreamWriter out, String ovf) {
			this.out = out;
			this.ovf = ovf;
		}

		void start(String namespace, String name, String... attributes) throws XMLStreamException {
			newLine();
			out.writeStartElement(prefix(namespace), name, namespace);
			attributes(attributes);
			depth++;
		}

		void end() throws XMLStreamException {
			depth--;
			newLine();
			out.writeEndElement();
		}

		void empty(String namespace, String name, String... attributes) throws XMLStreamException {
			newLine();
			out.writeEmptyElement(prefix(namespace), name, namespace);
			attributes(attributes);
		}

		void leaf(String namespace, String name, String text) throws XMLStreamException {
			newLine();
			out.writeStartElement(prefix(namespace), name, namespace);
			out.writeCharacters(checked(text, name, false));
			out.writeEndElement();
		}

		void leafIfPresent(String namespace, String name, String text) throws XMLStreamException {
			if (text != null) {
				leaf(namespace, name, text);
			}
		}

		private void attributes(String... attributes) throws XMLStreamException {
			for (int i = 0; i < attributes.length; i += 2) {
				String qualified = attributes[i];
				int colon = qualified.indexOf(':');
				String prefix = qualified.substring(0, colon);
				String namespace = switch (prefix) {
					case "ovf" -> ovf; //$NON-NLS-1$
					case "vmw" -> VMW; //$NON-NLS-1$
					default -> throw new IllegalArgumentException(qualified);
				};
				out.writeAttribute(prefix, namespace, qualified.substring(colon + 1), checked(attributes[i + 1], qualified, true));
			}
		}

		private void newLine() throws XMLStreamException {
			out.writeCharacters("\n" + "\t".repeat(depth)); //$NON-NLS-1$ //$NON-NLS-2$
		}

		private String prefix(String namespace) {
			if (namespace.equals(ovf)) {
				return ""; //$NON-NLS-1$
			}
			return switch (namespace) {
				case RASD -> "rasd"; //$NON-NLS-1$
				case VSSD -> "vssd"; //$NON-NLS-1$
				case VMW -> "vmw"; //$NON-NLS-1$
				default -> throw new IllegalArgumentException(namespace);
			};
		}

		private static String checked(String value, String where, boolean attribute) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
				if ((c < 0x20 && !lineBreak) || c == 0xFFFE || c == 0xFFFF || (attribute && lineBreak)) {
					throw new IllegalArgumentException(ImageText.bind(ImageText.OvfEnvelopeWriter_badCharacter,
						String.format("%04X", (int) c), where, value)); //$NON-NLS-1$
				}
			}
			return value;
		}
	}
}
