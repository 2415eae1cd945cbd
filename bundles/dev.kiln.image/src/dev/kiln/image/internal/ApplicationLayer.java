package dev.kiln.image.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.BuildRecipe.FileEntry;
import dev.kiln.image.BuildRecipe.Service;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.update.UpdateTestProtocol;

/**
 * The vendor's layer over the base system, as a tar stream with numeric owners: accounts, files,
 * systemd units and their enablement, host name, file-system table, network, the boot loader's
 * configuration, and the first-boot hook.
 * It is computed in Java from the recipe and the base's index, so no command runs inside the image.
 */
public final class ApplicationLayer {

	private static final String UNIT_DIR = "/etc/systemd/system"; //$NON-NLS-1$
	private static final String NETWORK_FILE = "/etc/systemd/network/20-kiln.network"; //$NON-NLS-1$
	private static final String WAIT_ONLINE_DROP_IN = UNIT_DIR + "/systemd-networkd-wait-online.service.d/kiln.conf"; //$NON-NLS-1$
	private static final String FIRSTBOOT_UNIT = "kiln-firstboot.service"; //$NON-NLS-1$
	private static final String CLOUD_CONFIG = "/etc/cloud/cloud.cfg.d/90-kiln.cfg"; //$NON-NLS-1$
	private static final String SSH_HOST_KEYS_UNIT = "kiln-ssh-host-keys.service"; //$NON-NLS-1$
	private static final String SSH_HOST_KEY_PREFIX = "/etc/ssh/ssh_host_"; //$NON-NLS-1$
	private static final String ESP_MOUNT_POINT = "/boot/efi"; //$NON-NLS-1$
	/** Where the data partition of an appliance with updates is mounted. */
	public static final String DATA_MOUNT_POINT = "/data"; //$NON-NLS-1$
	/** Kiln's own state that must survive updates: the first boot's mark and the customer's properties. */
	private static final String KILN_STATE = "/var/lib/kiln"; //$NON-NLS-1$
	/** The vendor's certificate in the guest: what update bundles and indexes must be signed with. */
	public static final String VENDOR_CERTIFICATE = "/etc/kiln/vendor.pem"; //$NON-NLS-1$
	/** The update settings the guest's kiln-update reads. */
	public static final String UPDATE_SETTINGS = "/etc/kiln/update.conf"; //$NON-NLS-1$

	private final BuildRecipe recipe;
	private final BaseLayerIndex base;
	private final LayerTar layer;
	private final List<String> deletions = new ArrayList<>();
	private Accounts accounts;

	/** What the layer does to the base: paths to delete first, then the tar to unpack over it. */
	public record Result(Path tar, List<String> deletions) {
	}

	private ApplicationLayer(BuildRecipe recipe, BaseLayerIndex base) {
		this.recipe = recipe;
		this.base = base;
		this.layer = new LayerTar(recipe.sourceDateEpoch());
	}

	/** Writes the layer of {@code recipe} over {@code base} to {@code tar}; {@code boot} names the disk's file systems. */
	public static Result write(BuildRecipe recipe, BaseLayerIndex base, GrubConfig boot, Path tar) throws ImageBuildException {
		return write(recipe, base, boot, null, tar);
	}

	/**
	 * Writes the layer of {@code recipe} over {@code base} to {@code tar}; {@code boot} names the disk's file systems;
	 * {@code updateTrust} is the vendor's certificate (PEM) that updates must be signed with, when the recipe has updates.
	 */
	public static Result write(BuildRecipe recipe, BaseLayerIndex base, GrubConfig boot, String updateTrust, Path tar)
			throws ImageBuildException {
		ApplicationLayer app = new ApplicationLayer(recipe, base);
		app.accounts();
		app.files();
		app.services();
		app.system(boot);
		app.bootLoader(boot);
		app.cloudInit();
		app.sshHostKeys();
		app.firstBoot();
		if (recipe.updates() != null) {
			app.updates(updateTrust);
		}
		try {
			app.layer.write(tar);
		} catch (IOException | UncheckedIOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ApplicationLayer_cannotWrite, e.getMessage()), e);
		}
		return new Result(tar, List.copyOf(app.deletions));
	}

	private void accounts() throws ImageBuildException {
		accounts = new Accounts(base.text("/etc/passwd"), base.text("/etc/group"), base.text("/etc/shadow"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				base.text("/etc/gshadow"), recipe.sourceDateEpoch()); //$NON-NLS-1$
		BuildRecipe.Application app = recipe.application();
		for (BuildRecipe.Group group : app.groups()) {
			accounts.addGroup(group.name(), group.gid(), group.system());
		}
		for (BuildRecipe.User user : app.users()) {
			String home = user.home() != null ? user.home() : user.system() ? "/nonexistent" : "/home/" + user.name(); //$NON-NLS-1$ //$NON-NLS-2$
			String shell = user.shell() != null ? user.shell() : user.system() ? "/usr/sbin/nologin" : "/bin/bash"; //$NON-NLS-1$ //$NON-NLS-2$
			accounts.addUser(user.name(), user.uid(), user.group(), home, shell, user.system());
			for (String group : user.memberOf()) {
				accounts.addMember(user.name(), group);
			}
			if (!home.equals("/nonexistent") && !base.contains(home)) { //$NON-NLS-1$
				parents(home);
				layer.directory(home, accounts.uid(user.name()), accounts.gid(user.group() != null ? user.group() : user.name()), 0750);
			}
		}
		int shadowGid = accounts.hasGroup("shadow") ? accounts.gid("shadow") : 0; //$NON-NLS-1$ //$NON-NLS-2$
		layer.file("/etc/passwd", 0, 0, 0644, accounts.passwd()); //$NON-NLS-1$
		layer.file("/etc/group", 0, 0, 0644, accounts.group()); //$NON-NLS-1$
		layer.file("/etc/shadow", 0, shadowGid, 0640, accounts.shadow()); //$NON-NLS-1$
		layer.file("/etc/gshadow", 0, shadowGid, 0640, accounts.gshadow()); //$NON-NLS-1$
	}

	private void files() throws ImageBuildException {
		for (FileEntry entry : recipe.application().files()) {
			int uid = accounts.uid(entry.owner() == null ? "root" : entry.owner()); //$NON-NLS-1$
			int gid = accounts.gid(entry.group() == null ? "root" : entry.group()); //$NON-NLS-1$
			if (!Files.exists(entry.source())) {
				throw new ImageBuildException(ImageText.bind(ImageText.ApplicationLayer_noSuchFile, entry.source(), entry.target()));
			}
			parents(entry.target());
			if (entry.directory() || Files.isDirectory(entry.source())) {
				copyTree(entry, uid, gid);
			} else {
				layer.file(entry.target(), uid, gid, entry.mode() >= 0 ? entry.mode() : sourceMode(entry.source()), entry.source());
			}
		}
	}

	private void copyTree(FileEntry entry, int uid, int gid) throws ImageBuildException {
		int dirMode = entry.mode() >= 0 ? entry.mode() : 0755;
		try (Stream<Path> walk = Files.walk(entry.source())) {
			for (Path path : walk.sorted().toList()) {
				String relative = entry.source().relativize(path).toString().replace('\\', '/');
				String target = relative.isEmpty() ? entry.target() : entry.target() + "/" + relative; //$NON-NLS-1$
				if (Files.isSymbolicLink(path)) {
					layer.symlink(target, Files.readSymbolicLink(path).toString());
				} else if (Files.isDirectory(path)) {
					layer.directory(target, uid, gid, dirMode);
				} else {
					int mode = Files.isExecutable(path) ? dirMode : dirMode & ~0111;
					layer.file(target, uid, gid, mode, path);
				}
			}
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ApplicationLayer_cannotReadFolder, entry.source(), e.getMessage()), e);
		}
	}

	private static int sourceMode(Path source) {
		return Files.isExecutable(source) ? 0755 : 0644;
	}

	/** Directory entries for the parents of {@code path} that neither the base nor the layer has. */
	private void parents(String path) {
		List<String> missing = new ArrayList<>();
		for (int slash = path.lastIndexOf('/'); slash > 0; slash = path.lastIndexOf('/', slash - 1)) {
			String parent = path.substring(0, slash);
			if (base.contains(parent) || layer.has(parent) || base.symlink(parent) != null) {
				break;
			}
			missing.add(parent);
		}
		missing.forEach(p -> layer.directory(p, 0, 0, 0755));
	}

	private void services() throws ImageBuildException {
		for (Service service : recipe.application().services()) {
			String unitPath;
			String unitText;
			if (service.unitFile() != null) {
				unitPath = UNIT_DIR + "/" + service.name(); //$NON-NLS-1$
				unitText = read(service.unitFile());
				layer.file(unitPath, 0, 0, 0644, service.unitFile());
			} else {
				unitPath = base.unitPath(service.name());
				if (unitPath == null) {
					throw new ImageBuildException(ImageText.bind(ImageText.ApplicationLayer_noUnit, service.name()));
				}
				unitText = base.text(unitPath);
			}
			if (service.enabled()) {
				enable(service.name(), unitPath, unitText, new LinkedHashSet<>());
			} else {
				disable(service.name());
			}
		}
	}

	/** Does what {@code systemctl enable} does with the unit's [Install] section. */
	private void enable(String name, String unitPath, String unitText, Set<String> seen) throws ImageBuildException {
		if (!seen.add(name)) {
			return;
		}
		Map<String, List<String>> install = UnitFile.installSection(unitText);
		for (String target : install.getOrDefault("WantedBy", List.of())) { //$NON-NLS-1$
			link(UNIT_DIR + "/" + target + ".wants", name, unitPath); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (String target : install.getOrDefault("RequiredBy", List.of())) { //$NON-NLS-1$
			link(UNIT_DIR + "/" + target + ".requires", name, unitPath); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (String alias : install.getOrDefault("Alias", List.of())) { //$NON-NLS-1$
			layer.symlink(UNIT_DIR + "/" + alias, unitPath); //$NON-NLS-1$
		}
		for (String also : install.getOrDefault("Also", List.of())) { //$NON-NLS-1$
			String alsoPath = layer.has(UNIT_DIR + "/" + also) ? UNIT_DIR + "/" + also : base.unitPath(also); //$NON-NLS-1$ //$NON-NLS-2$
			if (alsoPath != null && base.text(alsoPath) != null) {
				enable(also, alsoPath, base.text(alsoPath), seen);
			}
		}
	}

	private void link(String wantsDir, String name, String unitPath) {
		if (!base.contains(wantsDir) && !layer.has(wantsDir)) {
			layer.directory(wantsDir, 0, 0, 0755);
		}
		layer.symlink(wantsDir + "/" + name, unitPath); //$NON-NLS-1$
	}

	private void disable(String name) {
		for (String path : new TreeSet<>(base.paths())) {
			if (path.startsWith(UNIT_DIR + "/") && path.endsWith("/" + name) //$NON-NLS-1$ //$NON-NLS-2$
					&& (path.contains(".wants/") || path.contains(".requires/"))) { //$NON-NLS-1$ //$NON-NLS-2$
				deletions.add(path);
			}
		}
	}

	private void system(GrubConfig boot) throws ImageBuildException {
		String hostname = recipe.hostname() == null || recipe.hostname().isBlank() ? recipe.id() : recipe.hostname();
		layer.file("/etc/hostname", 0, 0, 0644, hostname + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		layer.file("/etc/hosts", 0, 0, 0644, "127.0.0.1\tlocalhost\n127.0.1.1\t" + hostname //$NON-NLS-1$ //$NON-NLS-2$
				+ "\n::1\tlocalhost ip6-localhost ip6-loopback\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n"); //$NON-NLS-1$
		String fstab = "# written by Kiln\nUUID=" + boot.rootUuid() + "\t/\text4\terrors=remount-ro\t0\t1\n"; //$NON-NLS-1$ //$NON-NLS-2$
		if (boot.espFstabLine() != null) {
			fstab += boot.espFstabLine();
		}
		if (recipe.updates() != null) {
			// grown online to the partition's size, which systemd-repart extends to the disk's end
			fstab += "PARTLABEL=" + DiskLayout.DATA_NAME + "\t" + DATA_MOUNT_POINT + "\text4\tdefaults,x-systemd.growfs\t0\t2\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		layer.file("/etc/fstab", 0, 0, 0644, fstab); //$NON-NLS-1$
		layer.file("/etc/kiln-appliance", 0, 0, 0644, "ID=" + recipe.id() + "\nVERSION=" + recipe.version() + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		BuildRecipe.Network network = recipe.application().network() == null ? BuildRecipe.Network.DHCP : recipe.application().network();
		StringBuilder config = new StringBuilder("[Match]\nName=en* eth*\n\n[Network]\n"); //$NON-NLS-1$
		if (network.dhcp()) {
			config.append("DHCP=yes\n"); //$NON-NLS-1$
		} else {
			config.append("Address=").append(network.address()).append('\n'); //$NON-NLS-1$
			if (network.gateway() != null) {
				config.append("Gateway=").append(network.gateway()).append('\n'); //$NON-NLS-1$
			}
			for (String dns : network.nameservers()) {
				config.append("DNS=").append(dns).append('\n'); //$NON-NLS-1$
			}
		}
		parents(NETWORK_FILE);
		layer.file(NETWORK_FILE, 0, 0, 0644, config.toString());
		// online as soon as one link is: a second network card nobody connected must not hold the services
		// that wait for network-online.target until wait-online's timeout (two minutes)
		parents(WAIT_ONLINE_DROP_IN);
		layer.file(WAIT_ONLINE_DROP_IN, 0, 0, 0644, "# written by Kiln\n[Service]\nExecStart=\n" //$NON-NLS-1$
				+ "ExecStart=/usr/lib/systemd/systemd-networkd-wait-online --any\n"); //$NON-NLS-1$
		enableFromBase("systemd-networkd.service"); //$NON-NLS-1$
		enableFromBase("systemd-resolved.service"); //$NON-NLS-1$
	}

	/**
	 * GRUB's menu and settings (see {@link GrubConfig}) and, with an ESP, its mount point {@code /boot/efi},
	 * where Linux tools (and virt-v2v) expect it.
	 */
	private void bootLoader(GrubConfig boot) {
		parents(GrubConfig.MENU_PATH);
		layer.file(GrubConfig.MENU_PATH, 0, 0, 0644, boot.menu());
		parents(GrubConfig.DEFAULTS_PATH);
		layer.file(GrubConfig.DEFAULTS_PATH, 0, 0, 0644, boot.defaults());
		if (boot.espSerial() != null && !base.contains(ESP_MOUNT_POINT)) {
			parents(ESP_MOUNT_POINT);
			layer.directory(ESP_MOUNT_POINT, 0, 0, 0755);
		}
	}

	private void enableFromBase(String unit) throws ImageBuildException {
		String path = base.unitPath(unit);
		if (path != null) {
			enable(unit, path, base.text(path), new LinkedHashSet<>());
		}
	}

	/**
	 * cloud-init's configuration for the appliance's cloud targets: their data sources, in order, no password login
	 * over SSH, and no network or disk layout of its own (the manifest's network and partitions are the appliance's).
	 */
	private void cloudInit() {
		List<String> sources = recipe.application().cloudDataSources();
		if (sources.isEmpty()) {
			return;
		}
		parents(CLOUD_CONFIG);
		layer.file(CLOUD_CONFIG, 0, 0, 0644, "# Written by Kiln: the data sources of the appliance's targets (appliance.xml)\n" //$NON-NLS-1$
				+ "datasource_list: [ " + String.join(", ", sources) + " ]\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "# keys, not passwords, for SSH (what cloud marketplaces require)\nssh_pwauth: false\n" //$NON-NLS-1$
				+ "# the appliance's network is the one its manifest configures\nnetwork:\n  config: disabled\n" //$NON-NLS-1$
				+ "# and so are its partitions and file systems\ngrowpart:\n  mode: \"off\"\nresize_rootfs: false\n"); //$NON-NLS-1$
	}

	/**
	 * An SSH server's host keys are each deployment's own: the keys its package made during the build are left out
	 * of the image, and a unit makes new ones with {@code ssh-keygen -A} on the first boot, before sshd starts.
	 * Otherwise every deployment would share the build's keys, and their private halves would ship in the image.
	 */
	private void sshHostKeys() throws ImageBuildException {
		if (!base.contains("/usr/sbin/sshd")) { //$NON-NLS-1$
			return;
		}
		base.paths().stream().filter(path -> path.startsWith(SSH_HOST_KEY_PREFIX)).sorted().forEach(deletions::add);
		String unit = "[Unit]\nDescription=Kiln: this appliance's own SSH host keys, made on its first boot\n" //$NON-NLS-1$
				+ "ConditionPathExists=!" + SSH_HOST_KEY_PREFIX + "ed25519_key\nBefore=ssh.service ssh.socket\n" //$NON-NLS-1$ //$NON-NLS-2$
				// with cloud-init, its own key generation (init stage) comes first, and this unit finds the keys made
				+ "After=cloud-init-network.service cloud-init.service\n\n" //$NON-NLS-1$
				+ "[Service]\nType=oneshot\nExecStart=/usr/bin/ssh-keygen -A\nStandardOutput=journal+console\n\n" //$NON-NLS-1$
				+ "[Install]\nWantedBy=ssh.service ssh.socket\n"; //$NON-NLS-1$
		unit(SSH_HOST_KEYS_UNIT, unit);
	}

	private void firstBoot() throws ImageBuildException {
		Path script = recipe.application().firstBootScript();
		if (script == null && recipe.properties().isEmpty()) {
			return;
		}
		layer.directory("/usr/lib/kiln", 0, 0, 0755); //$NON-NLS-1$
		layer.file("/usr/lib/kiln/kiln-firstboot", 0, 0, 0755, resource("kiln-firstboot.sh")); //$NON-NLS-1$ //$NON-NLS-2$
		StringBuilder defaults = new StringBuilder();
		for (BuildRecipe.Property property : new TreeSet<>(recipe.properties().keySet()).stream().map(recipe.properties()::get).toList()) {
			if (property.defaultValue() != null) {
				defaults.append("KILN_PROP_").append(property.key().replace('.', '_').replace('-', '_')).append("='") //$NON-NLS-1$ //$NON-NLS-2$
						.append(property.defaultValue().replace("'", "'\\''")).append("'\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		layer.file("/usr/lib/kiln/properties.defaults", 0, 0, 0600, defaults.toString()); //$NON-NLS-1$
		if (script != null) {
			layer.directory("/usr/lib/kiln/firstboot.d", 0, 0, 0755); //$NON-NLS-1$
			layer.file("/usr/lib/kiln/firstboot.d/vendor", 0, 0, 0755, script); //$NON-NLS-1$
		}
		StringBuilder after = new StringBuilder("network-online.target"); //$NON-NLS-1$
		if (!recipe.application().cloudDataSources().isEmpty()) {
			// the customer's properties in the cloud's user data are there once cloud-init has read it
			after.append(" cloud-config.service"); //$NON-NLS-1$
		}
		for (Service service : recipe.application().services()) {
			after.append(' ').append(service.name());
		}
		String unit = "[Unit]\nDescription=Kiln first boot: customer properties and vendor setup\n" //$NON-NLS-1$
				+ "ConditionPathExists=!/var/lib/kiln/firstboot.done\nWants=network-online.target\nAfter=" + after + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/lib/kiln/kiln-firstboot\n" //$NON-NLS-1$
				+ "StandardOutput=journal+console\n\n[Install]\nWantedBy=multi-user.target\n"; //$NON-NLS-1$
		unit(FIRSTBOOT_UNIT, unit);
	}

	/**
	 * Updates (ADR 026): RAUC's configuration with the two slots and GRUB's environment on the ESP, the vendor's
	 * certificate as the only trusted signer, the data partition at {@value #DATA_MOUNT_POINT} with the kept paths bound
	 * over the slot's (kiln-keep), grown by systemd-repart to the disk's end, the ready check that marks a new version
	 * good or makes GRUB fall back (kiln-ready), and {@code kiln-update} with its timer.
	 */
	private void updates(String trust) throws ImageBuildException {
		BuildRecipe.Updates updates = recipe.updates();
		if (trust == null) {
			throw new ImageBuildException(ImageText.ApplicationLayer_updatesNeedIdentity);
		}
		parents(VENDOR_CERTIFICATE);
		layer.file(VENDOR_CERTIFICATE, 0, 0, 0644, trust);
		List<String> keep = new ArrayList<>();
		keep.add(KILN_STATE);
		updates.keep().stream().filter(path -> !keep.contains(path)).forEach(keep::add);
		StringBuilder ready = new StringBuilder();
		for (Service service : recipe.application().services()) {
			if (service.enabled() && service.name().endsWith(".service")) { //$NON-NLS-1$
				ready.append(ready.isEmpty() ? "" : " ").append(service.name()); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		String settings = "# Written by Kiln from appliance.xml (<updates>): read by kiln-update and kiln-keep.\n" //$NON-NLS-1$
				+ "KILN_ID=" + shellWord(recipe.id()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "KILN_UPDATE_URL=" + shellWord(updates.url() == null ? "" : updates.url().toString()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "KILN_UPDATE_CHANNEL=" + shellWord(updates.channel()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "KILN_UPDATE_CHANNELS=" + shellWord(String.join(" ", updates.channels())) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "KILN_UPDATE_CHECK=" + shellWord(updates.check() == null ? "" : updates.check()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "KILN_UPDATE_AUTOMATIC=" + (updates.automatic() ? "yes" : "no") + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				+ "KILN_UPDATE_REBOOT_WINDOW=" + shellWord(updates.rebootWindow() == null ? "" : updates.rebootWindow()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "KILN_READY_SERVICES=" + shellWord(ready.toString()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "KILN_READY_URL=" + shellWord(updates.readyUrl() == null ? "" : updates.readyUrl().toString()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "KILN_READY_COMMAND=" + shellWord(updates.readyCommand() == null ? "" : updates.readyCommand()) + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "KILN_READY_TIMEOUT=" + updates.readyTimeoutSeconds() + "\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "KILN_KEEP=" + shellWord(String.join(" ", keep)) + "\n"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		layer.file(UPDATE_SETTINGS, 0, 0, 0644, settings);
		parents("/usr/bin/kiln-update"); //$NON-NLS-1$
		layer.file("/usr/bin/kiln-update", 0, 0, 0755, resource("kiln-update.sh")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!layer.has("/usr/lib/kiln")) { //$NON-NLS-1$
			layer.directory("/usr/lib/kiln", 0, 0, 0755); //$NON-NLS-1$
		}
		layer.file("/usr/lib/kiln/kiln-keep", 0, 0, 0755, resource("kiln-keep.sh")); //$NON-NLS-1$ //$NON-NLS-2$
		if (!base.contains(DATA_MOUNT_POINT)) {
			layer.directory(DATA_MOUNT_POINT, 0, 0, 0755);
		}
		String rauc = "# Written by Kiln (ADR 026): the appliance's two system slots, RAUC's GRUB back end with its\n" //$NON-NLS-1$
				+ "# environment on the EFI System Partition, RAUC's state on the data partition.\n" //$NON-NLS-1$
				+ "[system]\ncompatible=" + recipe.id() + "\nbootloader=grub\ngrubenv=" + ESP_MOUNT_POINT + GrubConfig.AB_ENV_PATH + "\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "data-directory=" + DATA_MOUNT_POINT + "/rauc\nbundle-formats=-plain\n\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "[keyring]\npath=" + VENDOR_CERTIFICATE + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "[slot.rootfs.0]\ndevice=/dev/disk/by-partlabel/" + DiskLayout.SLOT_A_NAME + "\ntype=ext4\nbootname=A\nresize=true\n\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "[slot.rootfs.1]\ndevice=/dev/disk/by-partlabel/" + DiskLayout.SLOT_B_NAME + "\ntype=ext4\nbootname=B\nresize=true\n"; //$NON-NLS-1$ //$NON-NLS-2$
		parents("/etc/rauc/system.conf"); //$NON-NLS-1$
		layer.file("/etc/rauc/system.conf", 0, 0, 0644, rauc); //$NON-NLS-1$
		String raucDropIn = UNIT_DIR + "/rauc.service.d/kiln.conf"; //$NON-NLS-1$
		parents(raucDropIn);
		layer.file(raucDropIn, 0, 0, 0644, "# Written by Kiln: RAUC edits GRUB's environment on the ESP and keeps its state on the data partition\n" //$NON-NLS-1$
				+ "[Unit]\nRequiresMountsFor=" + ESP_MOUNT_POINT + " " + DATA_MOUNT_POINT + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String repart = "/etc/repart.d/50-kiln-data.conf"; //$NON-NLS-1$
		parents(repart);
		layer.file(repart, 0, 0, 0644, "# Written by Kiln: the data partition, the disk's last, grows to the end of a disk the customer enlarged\n" //$NON-NLS-1$
				+ "[Partition]\nType=linux-generic\nLabel=" + DiskLayout.DATA_NAME + "\n"); //$NON-NLS-1$ //$NON-NLS-2$
		unit("kiln-keep.service", "[Unit]\nDescription=Kiln: the appliance's data that survives updates, from the data partition\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "DefaultDependencies=no\nRequiresMountsFor=" + DATA_MOUNT_POINT + "\nBefore=local-fs.target umount.target\nConflicts=umount.target\n\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/lib/kiln/kiln-keep\n\n[Install]\nWantedBy=local-fs.target\n"); //$NON-NLS-1$
		unit("kiln-ready.service", "[Unit]\nDescription=Kiln: is this version of the appliance ready? Marks its system slot good, or falls back\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "After=multi-user.target\nRequiresMountsFor=" + ESP_MOUNT_POINT + " " + DATA_MOUNT_POINT + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				+ "[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/bin/kiln-update ready\nTimeoutStartSec=infinity\n" //$NON-NLS-1$
				+ "StandardOutput=journal+console\n\n[Install]\nWantedBy=multi-user.target\n"); //$NON-NLS-1$
		unit(UpdateTestProtocol.UNIT, "[Unit]\nDescription=Kiln: the vendor's update test, when the machine is given one (credential " //$NON-NLS-1$
				+ UpdateTestProtocol.CREDENTIAL + ")\nConditionCredential=" + UpdateTestProtocol.CREDENTIAL + "\nWants=network-online.target\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "After=network-online.target kiln-ready.service multi-user.target\nRequiresMountsFor=" + DATA_MOUNT_POINT + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "[Service]\nType=oneshot\nImportCredential=" + UpdateTestProtocol.CREDENTIAL + "\nExecStart=/usr/bin/kiln-update test\n\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "[Install]\nWantedBy=multi-user.target\n"); //$NON-NLS-1$
		String service = "[Unit]\nDescription=Kiln: look for a newer version of the appliance\nWants=network-online.target\n" //$NON-NLS-1$
				+ "After=network-online.target kiln-ready.service\nRequiresMountsFor=" + DATA_MOUNT_POINT + "\n\n" //$NON-NLS-1$ //$NON-NLS-2$
				+ "[Service]\nType=oneshot\nExecStart=/usr/bin/kiln-update timer\n"; //$NON-NLS-1$
		layer.file(UNIT_DIR + "/kiln-update.service", 0, 0, 0644, service); //$NON-NLS-1$
		if (updates.check() != null) {
			unit("kiln-update.timer", "[Unit]\nDescription=Kiln: look for a newer version of the appliance (" + updates.check() + ")\n\n" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ "[Timer]\nOnCalendar=" + updates.check() + "\nRandomizedDelaySec=1h\nPersistent=true\n\n[Install]\nWantedBy=timers.target\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Writes a unit of Kiln's own to {@value #UNIT_DIR} and enables it. */
	private void unit(String name, String text) throws ImageBuildException {
		layer.file(UNIT_DIR + "/" + name, 0, 0, 0644, text); //$NON-NLS-1$
		enable(name, UNIT_DIR + "/" + name, text, new LinkedHashSet<>()); //$NON-NLS-1$
	}

	/** A word for a shell-sourced settings file: single quotes, a quote inside as {@code '\''}. */
	private static String shellWord(String word) {
		return "'" + word.replace("'", "'\\''") + "'"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String read(Path file) throws ImageBuildException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ApplicationLayer_cannotRead, file, e.getMessage()), e);
		}
	}

	private static String resource(String name) throws ImageBuildException {
		try (InputStream in = ApplicationLayer.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new ImageBuildException(ImageText.bind(ImageText.ApplicationLayer_noResource, name));
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.ApplicationLayer_cannotReadResource, name, e.getMessage()), e);
		}
	}
}
