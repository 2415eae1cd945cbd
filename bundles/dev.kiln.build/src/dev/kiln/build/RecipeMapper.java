package dev.kiln.build;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.debian.Pocket;
import dev.kiln.image.ovf.OvfVersion;
import dev.kiln.model.Appliance;
import dev.kiln.model.Application;
import dev.kiln.model.DebianPackage;
import dev.kiln.model.Disk;
import dev.kiln.model.FileSystemEntry;
import dev.kiln.model.Hardware;
import dev.kiln.model.KeptPath;
import dev.kiln.model.License;
import dev.kiln.model.NetworkConfiguration;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.Output;
import dev.kiln.model.OvfProperty;
import dev.kiln.model.ReadyCheck;
import dev.kiln.model.Target;
import dev.kiln.model.Trim;
import dev.kiln.model.UpdateApply;
import dev.kiln.model.UpdateChannel;
import dev.kiln.model.Updates;

/**
 * Turns a validated manifest into the engine's recipe: project-relative paths become absolute, model
 * defaults become explicit values. The IDE, the command line and the Maven plug-in all map through
 * here, so the same manifest gives the same recipe and the same bytes.
 */
public final class RecipeMapper {

	/** Hardware the manifest may leave out. */
	static final int DEFAULT_DISK_MB = 2048;

	/** The channel of an appliance whose {@code <updates>} names none. */
	static final String DEFAULT_CHANNEL = "stable"; //$NON-NLS-1$

	/** {@code <updates check>}: only on the customer's command. */
	private static final String CHECK_NEVER = "never"; //$NON-NLS-1$

	private static final String CLOUD_INIT = "cloud-init"; //$NON-NLS-1$

	private RecipeMapper() {
	}

	/**
	 * cloud-init's data sources for the manifest's targets, in the order it tries them: each cloud's own, then
	 * NoCloud and ConfigDrive, which every cloud target gets (on-premises seeds, Proxmox, OpenStack, tests). None
	 * without a cloud target: a VMware-only appliance has no cloud-init.
	 */
	public static List<String> cloudDataSources(Appliance appliance) {
		List<String> sources = new ArrayList<>();
		for (Target target : appliance.getTargets()) {
			switch (target) {
				case AWS -> sources.add("Ec2"); //$NON-NLS-1$
				case AZURE -> sources.add("Azure"); //$NON-NLS-1$
				case GCP -> sources.add("GCE"); //$NON-NLS-1$
				case KVM, VMWARE -> {
					// NoCloud and ConfigDrive come last for every cloud target; VMware reads the OVF environment
				}
			}
		}
		if (sources.isEmpty() && !appliance.getTargets().contains(Target.KVM)) {
			return List.of();
		}
		sources.add("NoCloud"); //$NON-NLS-1$
		sources.add("ConfigDrive"); //$NON-NLS-1$
		return sources.stream().distinct().toList();
	}

	/**
	 * @param projectRoot      the folder that the manifest's paths are relative to
	 * @param sourceDateEpoch  the time stamp of the image's files
	 */
	public static BuildRecipe map(Appliance appliance, Path projectRoot, long sourceDateEpoch) {
		OperatingSystem os = appliance.getOs();
		TreeSet<String> packages = new TreeSet<>();
		for (DebianPackage p : os.getPackages()) {
			packages.add(p.getName());
		}
		List<String> cloudDataSources = cloudDataSources(appliance);
		if (!cloudDataSources.isEmpty()) {
			packages.add(CLOUD_INIT);
		}
		BuildRecipe.BaseSystem base = new BuildRecipe.BaseSystem(os.getSuite(), os.getArchitecture().getLiteral(), packages,
				uri(os.getMirror()), trim(os.getTrim()), os.isInstallRecommends(), uri(os.getSecurityMirror()),
				os.getKeyring() == null || os.getKeyring().isBlank() ? null : projectRoot.resolve(os.getKeyring()), pockets(os));
		return new BuildRecipe(appliance.getId(), appliance.getVersion(), hostname(appliance), product(appliance, projectRoot), base,
				application(appliance, projectRoot, cloudDataSources), hardware(appliance.getHardware()), properties(appliance), outputs(appliance),
				ovfVersion(appliance), sourceDateEpoch, updates(appliance.getUpdates()));
	}

	/**
	 * The manifest's {@code <updates>}, or {@code null} without it: no channel means {@code stable}, {@code check="never"} no
	 * schedule, no {@code <ready>} the enabled services being active.
	 */
	static BuildRecipe.Updates updates(Updates updates) {
		if (updates == null) {
			return null;
		}
		List<String> channels = updates.getChannels().stream().map(UpdateChannel::getName).toList();
		ReadyCheck ready = updates.getReady();
		String check = updates.getCheck();
		return new BuildRecipe.Updates(updates.getKeeps().stream().map(KeptPath::getPath).toList(),
				channels.isEmpty() ? List.of(DEFAULT_CHANNEL) : channels, uri(updates.getUrl()),
				check == null || check.isBlank() || CHECK_NEVER.equals(check.strip()) ? null : check.strip(),
				updates.getApply() == UpdateApply.AUTOMATIC, blankToNull(updates.getRebootWindow()),
				ready == null ? null : blankToNull(ready.getCommand()), ready == null ? null : uri(ready.getHttp()),
				updates.getReadyTimeout(), updates.getDataSizeMb());
	}

	private static URI uri(String text) {
		return text == null || text.isBlank() ? null : URI.create(text.strip());
	}

	/** The pockets the manifest keeps: the release suite always, its updates and security pockets unless switched off. */
	static Set<Pocket.Kind> pockets(OperatingSystem os) {
		EnumSet<Pocket.Kind> pockets = EnumSet.of(Pocket.Kind.RELEASE);
		if (os.isUpdates()) {
			pockets.add(Pocket.Kind.UPDATES);
		}
		if (os.isSecurity()) {
			pockets.add(Pocket.Kind.SECURITY);
		}
		return pockets;
	}

	/** The manifest's {@code <trim>}; without it, every category is trimmed (an attribute left out is on). */
	static BuildRecipe.Trim trim(Trim trim) {
		return trim == null ? BuildRecipe.Trim.ALL
				: new BuildRecipe.Trim(trim.isKernelModules(), trim.isHardwareDatabase(), trim.isDocumentation(), trim.isLocales(),
						trim.isCharacterSets(), trim.isPackageCaches(), trim.isBootImages());
	}

	/** The manifest has no product or vendor web page (yet): the recipe's stay unknown. */
	private static BuildRecipe.Product product(Appliance appliance, Path root) {
		String name = appliance.getName() == null || appliance.getName().isBlank() ? appliance.getId() : appliance.getName();
		License license = appliance.getLicense();
		String licenseText = license == null || license.getText() == null || license.getText().isBlank() ? null : license.getText();
		Path licenseFile = license == null || license.getFile() == null || license.getFile().isBlank() ? null : root.resolve(license.getFile());
		return new BuildRecipe.Product(name, blankToNull(appliance.getVendor()), blankToNull(appliance.getSummary()),
				blankToNull(appliance.getDescription()), licenseText, licenseFile, null, null);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	private static String hostname(Appliance appliance) {
		return appliance.getNetwork() != null && appliance.getNetwork().getHostname() != null ? appliance.getNetwork().getHostname()
				: appliance.getId();
	}

	private static BuildRecipe.Application application(Appliance appliance, Path root, List<String> cloudDataSources) {
		Application app = appliance.getApplication();
		List<BuildRecipe.Group> groups = new ArrayList<>();
		List<BuildRecipe.User> users = new ArrayList<>();
		List<BuildRecipe.FileEntry> files = new ArrayList<>();
		List<BuildRecipe.Service> services = new ArrayList<>();
		Path firstBoot = null;
		if (app != null) {
			app.getGroups().forEach(g -> groups.add(new BuildRecipe.Group(g.getName(), g.isSetGid() ? g.getGid() : 0, g.isSystem())));
			app.getUsers().forEach(u -> users.add(new BuildRecipe.User(u.getName(), u.isSetUid() ? u.getUid() : 0, u.getGroup(),
					u.getMemberOf(), u.getHome(), u.getShell(), u.isSystem())));
			app.getDirectories().forEach(d -> files.add(entry(d, root, true)));
			app.getFiles().forEach(f -> files.add(entry(f, root, false)));
			app.getServices().forEach(s -> services.add(new BuildRecipe.Service(s.getName(),
					s.getUnit() == null || s.getUnit().isBlank() ? null : root.resolve(s.getUnit()), s.isEnabled())));
			if (app.getFirstBootScript() != null && !app.getFirstBootScript().isBlank()) {
				firstBoot = root.resolve(app.getFirstBootScript());
			}
		}
		BuildRecipe.Network network = BuildRecipe.Network.DHCP;
		if (appliance.getNetwork() != null && appliance.getNetwork().getConfiguration() == NetworkConfiguration.STATIC) {
			network = new BuildRecipe.Network(false, appliance.getNetwork().getAddress(), appliance.getNetwork().getGateway(),
					appliance.getNetwork().getNameservers());
		}
		return new BuildRecipe.Application(groups, users, files, services, firstBoot, network, cloudDataSources);
	}

	private static BuildRecipe.FileEntry entry(FileSystemEntry entry, Path root, boolean directory) {
		int mode = entry.getMode() == null || entry.getMode().isBlank() ? -1 : Integer.parseInt(entry.getMode(), 8);
		Path source = entry.getSource() == null ? root : root.resolve(entry.getSource());
		return new BuildRecipe.FileEntry(source, entry.getTarget(), entry.getOwner(), entry.getGroup(), mode, directory);
	}

	private static BuildRecipe.Hardware hardware(Hardware hardware) {
		if (hardware == null) {
			return new BuildRecipe.Hardware(1, 1024, DEFAULT_DISK_MB, BuildRecipe.Firmware.HYBRID);
		}
		long diskMb = hardware.getDisks().isEmpty() ? DEFAULT_DISK_MB : hardware.getDisks().get(0).getSizeMb();
		BuildRecipe.Firmware firmware = switch (hardware.getFirmware()) {
			case BIOS -> BuildRecipe.Firmware.BIOS;
			case UEFI -> BuildRecipe.Firmware.UEFI;
			case HYBRID -> BuildRecipe.Firmware.HYBRID;
		};
		BuildRecipe.DiskController controller = switch (hardware.getDiskController()) {
			case SCSI -> BuildRecipe.DiskController.SCSI;
			case SATA -> BuildRecipe.DiskController.SATA;
			case IDE -> BuildRecipe.DiskController.IDE;
		};
		List<Long> dataDisks = dataDisks(hardware).stream().map(disk -> (long) disk.getSizeMb()).toList();
		return new BuildRecipe.Hardware(hardware.getCpus(), hardware.getMemoryMb(), diskMb, firmware, controller, dataDisks);
	}

	/** Disks after the first are data disks, built empty. */
	static List<Disk> dataDisks(Hardware hardware) {
		return hardware == null || hardware.getDisks().size() < 2 ? List.of() : hardware.getDisks().subList(1, hardware.getDisks().size());
	}

	private static Map<String, BuildRecipe.Property> properties(Appliance appliance) {
		Map<String, BuildRecipe.Property> properties = new LinkedHashMap<>();
		if (appliance.getProperties() != null) {
			for (OvfProperty p : appliance.getProperties().getEntries()) {
				properties.put(p.getKey(), new BuildRecipe.Property(p.getKey(), p.getType().getLiteral(), p.getDefaultValue(),
						p.getLabel(), p.getDescription(), p.isUserConfigurable(), p.isRequired()));
			}
		}
		return properties;
	}

	private static Set<OutputFormat> outputs(Appliance appliance) {
		Set<OutputFormat> outputs = EnumSet.noneOf(OutputFormat.class);
		if (appliance.getOutputs() != null) {
			for (Output output : appliance.getOutputs().getEntries()) {
				switch (output.getFormat()) {
					case "raw" -> outputs.add(OutputFormat.RAW); //$NON-NLS-1$
					case "qcow2" -> outputs.add(output.isCompressed() ? OutputFormat.QCOW2_COMPRESSED : OutputFormat.QCOW2); //$NON-NLS-1$
					case "vmdk" -> outputs.add(OutputFormat.VMDK); //$NON-NLS-1$
					case "ova" -> outputs.add(OutputFormat.OVA); //$NON-NLS-1$
					case "vhd" -> outputs.add(OutputFormat.VHD); //$NON-NLS-1$
					case "gce" -> outputs.add(OutputFormat.GCE); //$NON-NLS-1$
					case "vagrant-libvirt" -> outputs.add(OutputFormat.VAGRANT_LIBVIRT); //$NON-NLS-1$
					default -> throw new IllegalArgumentException("unknown output format " + output.getFormat() + " (the validator reports it)"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		return outputs;
	}

	/** The OVF dialect of the ova output: 1.0 unless the output asks for 2.0. */
	private static OvfVersion ovfVersion(Appliance appliance) {
		if (appliance.getOutputs() != null) {
			for (Output output : appliance.getOutputs().getEntries()) {
				if ("ova".equals(output.getFormat())) { //$NON-NLS-1$
					return switch (output.getOvfVersion()) {
						case V1_0 -> OvfVersion.OVF_1_0;
						case V2_0 -> OvfVersion.OVF_2_0;
					};
				}
			}
		}
		return OvfVersion.OVF_1_0;
	}
}
