package dev.kiln.image;

import java.net.URI;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;

import dev.kiln.image.debian.Pocket;
import dev.kiln.image.ovf.OvfVersion;

/**
 * Everything the engine needs to build an appliance, immutable and free of EMF: the headless build
 * layer maps a manifest to it. Paths of sources are absolute.
 *
 * @param id               the appliance id (file names of the outputs)
 * @param version          the appliance version
 * @param hostname         the hostname written into the image
 * @param product          what the customer sees of the appliance (OVF ProductSection, EULA, annotation)
 * @param os               the Debian base system
 * @param application      the vendor's layer
 * @param hardware         virtual hardware and firmware
 * @param properties       OVF properties the customer may set, by key
 * @param outputs          the formats to write
 * @param ovfVersion       the dialect of the OVA's descriptor
 * @param sourceDateEpoch  the time stamp of every file the engine writes (SOURCE_DATE_EPOCH)
 * @param updates          how the deployed appliance is updated (two system slots and a data partition), or
 *                         {@code null}: one root file system, no updates
 */
public record BuildRecipe(String id, String version, String hostname, Product product, BaseSystem os, Application application,
		Hardware hardware, Map<String, Property> properties, Set<OutputFormat> outputs, OvfVersion ovfVersion, long sourceDateEpoch,
		Updates updates) {

	public BuildRecipe {
		Objects.requireNonNull(id);
		Objects.requireNonNull(product);
		Objects.requireNonNull(os);
		Objects.requireNonNull(application);
		Objects.requireNonNull(hardware);
		Objects.requireNonNull(ovfVersion);
		properties = Map.copyOf(properties);
		outputs = Set.copyOf(outputs);
	}

	/** A recipe of an appliance without updates. */
	public BuildRecipe(String id, String version, String hostname, Product product, BaseSystem os, Application application,
			Hardware hardware, Map<String, Property> properties, Set<OutputFormat> outputs, OvfVersion ovfVersion, long sourceDateEpoch) {
		this(id, version, hostname, product, os, application, hardware, properties, outputs, ovfVersion, sourceDateEpoch, null);
	}

	/** A recipe whose OVA, if any, has an OVF 1.0 descriptor. */
	public BuildRecipe(String id, String version, String hostname, Product product, BaseSystem os, Application application,
			Hardware hardware, Map<String, Property> properties, Set<OutputFormat> outputs, long sourceDateEpoch) {
		this(id, version, hostname, product, os, application, hardware, properties, outputs, OvfVersion.OVF_1_0, sourceDateEpoch);
	}

	/** A recipe whose product is named after its id, with no vendor, description or licence. */
	public BuildRecipe(String id, String version, String hostname, BaseSystem os, Application application, Hardware hardware,
			Map<String, Property> properties, Set<OutputFormat> outputs, long sourceDateEpoch) {
		this(id, version, hostname, Product.named(id), os, application, hardware, properties, outputs, sourceDateEpoch);
	}

	/**
	 * What the customer reads about the appliance when importing it; all but {@code name} may be
	 * {@code null}.
	 *
	 * @param name         the product name shown to the customer
	 * @param vendor       who ships it
	 * @param summary      one line
	 * @param description  a few paragraphs
	 * @param licenseText  the licence or end-user agreement, inline
	 * @param licenseFile  the licence as a file (absolute), read when there is no inline text
	 * @param productUrl   the product's web page
	 * @param vendorUrl    the vendor's web page
	 */
	public record Product(String name, String vendor, String summary, String description, String licenseText, Path licenseFile,
			URI productUrl, URI vendorUrl) {

		public Product {
			Objects.requireNonNull(name);
		}

		/** A product with a name and nothing else. */
		public static Product named(String name) {
			return new Product(name, null, null, null, null, null, null, null);
		}
	}

	/**
	 * The Debian base: what the base-layer cache is keyed by.
	 *
	 * @param mirror          the archive to install from, or {@code null} for the machine's apt sources
	 * @param trim            what the base leaves out
	 * @param securityMirror  the security archive, or {@code null} for the machine's apt sources
	 * @param keyring         a keyring trusted besides Debian's archive keyring, or {@code null}
	 * @param pockets         the pockets packages are taken from; the release suite always
	 */
	public record BaseSystem(String suite, String architecture, SortedSet<String> packages, URI mirror, Trim trim,
			boolean installRecommends, URI securityMirror, Path keyring, Set<Pocket.Kind> pockets) {

		public BaseSystem {
			packages = java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(packages));
			Objects.requireNonNull(trim);
			EnumSet<Pocket.Kind> all = EnumSet.of(Pocket.Kind.RELEASE);
			all.addAll(pockets);
			pockets = java.util.Collections.unmodifiableSet(all);
		}

		/** A base from the release suite, its updates and its security pocket, the mirrors of the machine's apt sources. */
		public BaseSystem(String suite, String architecture, SortedSet<String> packages, URI mirror, Trim trim, boolean installRecommends) {
			this(suite, architecture, packages, mirror, trim, installRecommends, null, null, EnumSet.allOf(Pocket.Kind.class));
		}
	}

	/**
	 * What the base system leaves out, one switch per category ({@code true}: left out). The engine trims with
	 * dpkg's path filters where files come from packages, so packages installed later in the guest stay trimmed.
	 *
	 * @param kernelModules     kernel modules but the drivers of the virtual hardware of the hypervisors Kiln targets
	 * @param hardwareDatabase  udev's databases of vendor and model names (hwdb), which name devices but drive none
	 * @param documentation     /usr/share/doc (but the copyright files), manual and info pages
	 * @param locales           translations of programs' messages (/usr/share/locale)
	 * @param characterSets     glibc's converters of character sets but Unicode, ASCII, ISO 8859 and the Windows and DOS
	 *                          Latin code pages
	 * @param packageCaches     apt's package lists and caches, which {@code apt update} fetches again
	 * @param bootImages        boot loader files no disk boots from: GRUB's CD and network images, unsigned copies of the
	 *                          signed GRUB and shim, GRUB's graphical font
	 */
	public record Trim(boolean kernelModules, boolean hardwareDatabase, boolean documentation, boolean locales,
			boolean characterSets, boolean packageCaches, boolean bootImages) {

		/** Every category left out: the default. */
		public static final Trim ALL = new Trim(true, true, true, true, true, true, true);
		/** Nothing left out: the base as mmdebstrap installs it. */
		public static final Trim NONE = new Trim(false, false, false, false, false, false, false);
	}

	/**
	 * The vendor's layer on top of the base system.
	 *
	 * @param cloudDataSources cloud-init's data sources, in its order (empty: no cloud-init); the base system's
	 *                         packages include cloud-init when there are any
	 */
	public record Application(List<Group> groups, List<User> users, List<FileEntry> files, List<Service> services,
			Path firstBootScript, Network network, List<String> cloudDataSources) {

		public Application {
			groups = List.copyOf(groups);
			users = List.copyOf(users);
			files = List.copyOf(files);
			services = List.copyOf(services);
			cloudDataSources = List.copyOf(cloudDataSources);
		}

		/** An application deployed with no cloud-init. */
		public Application(List<Group> groups, List<User> users, List<FileEntry> files, List<Service> services, Path firstBootScript,
				Network network) {
			this(groups, users, files, services, firstBootScript, network, List.of());
		}
	}

	/** A group to create; {@code gid} 0 lets the engine choose. */
	public record Group(String name, int gid, boolean system) {
	}

	/** A user to create; {@code uid} 0 lets the engine choose; {@code group} defaults to a group of the user's name. */
	public record User(String name, int uid, String group, List<String> memberOf, String home, String shell, boolean system) {

		public User {
			memberOf = List.copyOf(memberOf);
		}
	}

	/**
	 * A file or a directory tree copied into the image.
	 *
	 * @param mode  octal permission bits, or -1 to keep the source's
	 */
	public record FileEntry(Path source, String target, String owner, String group, int mode, boolean directory) {
	}

	/**
	 * A systemd unit to install (when {@code unitFile} is given) and enable or disable.
	 */
	public record Service(String name, Path unitFile, boolean enabled) {
	}

	/** DHCP, or a static address with gateway and name servers. */
	public record Network(boolean dhcp, String address, String gateway, List<String> nameservers) {

		public Network {
			nameservers = List.copyOf(nameservers);
		}

		public static final Network DHCP = new Network(true, null, null, List.of());
	}

	/** Which firmware the disk must boot under. */
	public enum Firmware {
		BIOS, UEFI, HYBRID;

		public boolean bios() {
			return this != UEFI;
		}

		public boolean uefi() {
			return this != BIOS;
		}
	}

	/** The virtual controller the disks are attached to. */
	public enum DiskController {
		/** LSI Logic parallel SCSI: what VMware gives 64-bit Linux guests. */
		SCSI,
		/** SATA (AHCI). */
		SATA,
		/** IDE (PIIX): for old hypervisors; four devices at most. */
		IDE
	}

	/**
	 * Virtual hardware.
	 *
	 * @param diskMb          the size of the system disk
	 * @param diskController  the controller of all disks
	 * @param dataDisksMb     the sizes of the empty data disks after the system disk, in order
	 */
	public record Hardware(int cpus, int memoryMb, long diskMb, Firmware firmware, DiskController diskController,
			List<Long> dataDisksMb) {

		public Hardware {
			Objects.requireNonNull(firmware);
			Objects.requireNonNull(diskController);
			dataDisksMb = List.copyOf(dataDisksMb);
		}

		/** One disk on a SCSI controller. */
		public Hardware(int cpus, int memoryMb, long diskMb, Firmware firmware) {
			this(cpus, memoryMb, diskMb, firmware, DiskController.SCSI, List.of());
		}
	}

	/** A customer-facing OVF property. */
	public record Property(String key, String type, String defaultValue, String label, String description,
			boolean userConfigurable, boolean required) {
	}

	/** Image formats. */
	public enum OutputFormat {
		RAW, QCOW2, QCOW2_COMPRESSED, VMDK, OVA,
		/** A fixed VHD: Azure, Hyper-V. */
		VHD,
		/** Compute Engine's gzip'd tar of {@code disk.raw}. */
		GCE,
		/** A Vagrant box for the libvirt provider. */
		VAGRANT_LIBVIRT,
		/**
		 * A RAUC update bundle (ADR 026): the payload that updates deployed appliances to this version. Written for every
		 * build of an appliance with updates, never asked for in {@code <outputs>}.
		 */
		UPDATE_BUNDLE;

		/**
		 * The image file's extension for a format as the manifest names it: the name itself, but
		 * {@code gce.tar.gz} for Compute Engine's archive and {@code vagrant-libvirt.box} for the Vagrant box.
		 */
		public static String extension(String manifestName) {
			return switch (manifestName) {
				case "gce" -> "gce.tar.gz"; //$NON-NLS-1$ //$NON-NLS-2$
				case "vagrant-libvirt" -> "vagrant-libvirt.box"; //$NON-NLS-1$ //$NON-NLS-2$
				default -> manifestName;
			};
		}
	}

	/**
	 * How a deployed appliance is updated (ADR 026): the disk has two system slots, A and B, and a data
	 * partition that updates never touch; RAUC in the guest installs a signed bundle into the inactive slot and
	 * GRUB boots it, falling back to the other slot when the new version does not become ready.
	 *
	 * @param keep                 absolute paths whose contents live on the data partition and survive updates
	 *                             ({@code /var/lib/<app>}, {@code /etc/<app>}), in the manifest's order
	 * @param channels             the update channels the appliance may follow, the first the one it follows
	 *                             when shipped; at least one
	 * @param url                  where the guest finds the channels' indexes and bundles (the storefront's
	 *                             {@code updates/<repository>/} folder, plain HTTP(S)), or {@code null}: set in the guest
	 * @param check                how often the guest looks for a newer version, as a systemd calendar event
	 *                             ({@code daily}, {@code Mon 03:00}), or {@code null}: only on the customer's command
	 * @param automatic            whether a newer version found is installed and booted without the customer's command
	 * @param rebootWindow         when an automatic update may reboot ({@code 02:00-04:00}), or {@code null}: at once
	 * @param readyCommand         a command whose success says a new version is ready, or {@code null}
	 * @param readyUrl             an HTTP URL (in the guest) whose 2xx answer says it is ready, or {@code null}
	 * @param readyTimeoutSeconds  how long a new version may take to become ready before the guest falls back
	 * @param dataMb               the data partition's size in the shipped image; it grows to the disk's end at first boot
	 */
	public record Updates(List<String> keep, List<String> channels, URI url, String check, boolean automatic, String rebootWindow,
			String readyCommand, URI readyUrl, int readyTimeoutSeconds, long dataMb) {

		public Updates {
			keep = List.copyOf(keep);
			channels = List.copyOf(channels);
			if (channels.isEmpty()) {
				throw new IllegalArgumentException("an appliance with updates follows at least one channel"); //$NON-NLS-1$
			}
		}

		/** The channel the shipped appliance follows. */
		public String channel() {
			return channels.get(0);
		}
	}
}
