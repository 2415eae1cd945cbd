package dev.kiln.image.ovf;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OVF descriptor as {@link OvfEnvelopeReader} read it, Kiln's or a third party's (OVF 1.x or 2.x):
 * what a catalog or an import dialog shows, and what the verifier checks the package against.
 * Values the descriptor leaves out are {@code null} (text) or -1 (sizes).
 *
 * @param namespace       the envelope's namespace (tells OVF 1.x from 2.x)
 * @param files           the {@code References}, in order
 * @param disks           the {@code DiskSection}'s disks
 * @param networks        the {@code NetworkSection}'s networks
 * @param virtualSystems  the virtual systems, in document order
 */
public record OvfEnvelope(String namespace, List<FileReference> files, List<Disk> disks, List<Network> networks,
		List<VirtualSystem> virtualSystems) {

	/** Copies the lists. */
	public OvfEnvelope {
		files = List.copyOf(files);
		disks = List.copyOf(disks);
		networks = List.copyOf(networks);
		virtualSystems = List.copyOf(virtualSystems);
	}

	/** Whether this is an OVF 2.x descriptor. */
	public boolean isOvf2() {
		return version() == OvfVersion.OVF_2_0;
	}

	/** The dialect, told by the namespace. */
	public OvfVersion version() {
		return OvfVersion.ofNamespace(namespace);
	}

	/** The first virtual system (an appliance has one). */
	public VirtualSystem virtualSystem() {
		return virtualSystems.isEmpty() ? null : virtualSystems.get(0);
	}

	/** The file reference with this {@code ovf:id}. */
	public Optional<FileReference> file(String id) {
		return files.stream().filter(f -> f.id().equals(id)).findFirst();
	}

	/** A file of the package ({@code ovf:size} -1 when not given). */
	public record FileReference(String id, String href, long size) {
	}

	/** A virtual disk; {@code capacity} in bytes, -1 if it cannot be read (e.g. a property reference). */
	public record Disk(String diskId, String fileRef, long capacity, long populatedSize, String format) {
	}

	/** A logical network. */
	public record Network(String name, String description) {
	}

	/**
	 * A virtual system.
	 *
	 * @param eulas  the licences, one per {@code EulaSection}
	 */
	public record VirtualSystem(String id, String info, String name, String annotation, Product product, List<Property> properties,
			List<String> eulas, OperatingSystem os, VirtualHardware hardware) {

		/** Copies the lists. */
		public VirtualSystem {
			properties = List.copyOf(properties);
			eulas = List.copyOf(eulas);
		}

		/** The property with this key. */
		public Optional<Property> property(String key) {
			return properties.stream().filter(p -> p.key().equals(key)).findFirst();
		}
	}

	/** The first {@code ProductSection}'s product information. */
	public record Product(String product, String vendor, String version, String fullVersion, String productUrl, String vendorUrl) {
	}

	/**
	 * A property of a {@code ProductSection}.
	 *
	 * @param type        {@code ovf:type} as written (string, boolean, sint32, uint16, …)
	 * @param value       {@code ovf:value}, or {@code null}
	 * @param qualifiers  {@code ovf:qualifiers}, or {@code null}
	 * @param category    the {@code Category} the property follows, or {@code null}
	 */
	public record Property(String key, String type, String value, boolean userConfigurable, boolean password, String qualifiers,
			String vmwQualifiers, String category, String label, String description) {
	}

	/** The {@code OperatingSystemSection}: CIM OsType ({@code ovf:id}) and VMware's {@code vmw:osType}. */
	public record OperatingSystem(int id, String vmwOsType, String description) {
	}

	/**
	 * The {@code VirtualHardwareSection}.
	 *
	 * @param virtualSystemType  the System's VirtualSystemType, e.g. {@code vmx-14}
	 * @param transports         the {@code ovf:transport} list, empty if none
	 * @param items              the hardware items
	 * @param vmwConfig          VMware's {@code vmw:Config} keys and values
	 */
	public record VirtualHardware(String virtualSystemType, List<String> transports, List<Item> items, Map<String, String> vmwConfig) {

		/** Copies the collections. */
		public VirtualHardware {
			transports = List.copyOf(transports);
			items = List.copyOf(items);
			vmwConfig = Map.copyOf(vmwConfig);
		}

		/** The items of a CIM ResourceType. */
		public List<Item> items(int resourceType) {
			return items.stream().filter(i -> i.resourceType() == resourceType).toList();
		}

		/** The number of virtual CPUs, or -1. */
		public long cpus() {
			return items(OvfNames.RESOURCE_PROCESSOR).stream().findFirst().map(Item::virtualQuantity).orElse(-1L);
		}

		/** The memory in bytes, or -1. */
		public long memoryBytes() {
			return items(OvfNames.RESOURCE_MEMORY).stream().findFirst()
					.map(i -> i.virtualQuantity() < 0 ? -1 : i.virtualQuantity() * AllocationUnits.bytes(i.get("AllocationUnits"), 1)) //$NON-NLS-1$
					.orElse(-1L);
		}

		/** VMware's firmware setting ({@code efi} or {@code bios}); {@code bios} when the descriptor says nothing. */
		public String firmware() {
			return vmwConfig.getOrDefault("firmware", "bios"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * A RASD {@code Item}: its elements by name (the first of repeated ones) and {@code ovf:required}.
	 */
	public record Item(Map<String, String> elements, boolean required) {

		/** Copies the map. */
		public Item {
			elements = Map.copyOf(elements);
		}

		/** An element's text, or {@code null}. */
		public String get(String element) {
			return elements.get(element);
		}

		/** The ResourceType, or -1. */
		public int resourceType() {
			try {
				return Integer.parseInt(elements.getOrDefault("ResourceType", "-1").trim()); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (NumberFormatException e) {
				return -1;
			}
		}

		/** The VirtualQuantity, or -1. */
		public long virtualQuantity() {
			try {
				return Long.parseLong(elements.getOrDefault("VirtualQuantity", "-1").trim()); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (NumberFormatException e) {
				return -1;
			}
		}
	}
}
