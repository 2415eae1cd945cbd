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
import java.util.UUID;
import java.util.stream.Stream;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.BuildRecipe.FileEntry;
import dev.kiln.image.BuildRecipe.Service;
import dev.kiln.image.ImageBuildException;

/**
 * The vendor's layer over the base system, as a tar stream with numeric owners: accounts, files,
 * systemd units and their enablement, host name, file-system table, network, and the first-boot hook.
 * It is computed in Java from the recipe and the base's index, so no command runs inside the image.
 */
public final class ApplicationLayer {

	private static final String UNIT_DIR = "/etc/systemd/system";
	private static final String NETWORK_FILE = "/etc/systemd/network/20-kiln.network";
	private static final String FIRSTBOOT_UNIT = "kiln-firstboot.service";

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

	/** Writes the layer of {@code recipe} over {@code base} to {@code tar}; the root file system has {@code rootUuid}. */
	public static Result write(BuildRecipe recipe, BaseLayerIndex base, UUID rootUuid, Path tar) throws ImageBuildException {
		ApplicationLayer app = new ApplicationLayer(recipe, base);
		app.accounts();
		app.files();
		app.services();
		app.system(rootUuid);
		app.firstBoot();
		try {
			app.layer.write(tar);
		} catch (IOException | UncheckedIOException e) {
			throw new ImageBuildException("Cannot write the application layer: " + e.getMessage(), e);
		}
		return new Result(tar, List.copyOf(app.deletions));
	}

	private void accounts() throws ImageBuildException {
		accounts = new Accounts(base.text("/etc/passwd"), base.text("/etc/group"), base.text("/etc/shadow"),
				base.text("/etc/gshadow"), recipe.sourceDateEpoch());
		BuildRecipe.Application app = recipe.application();
		for (BuildRecipe.Group group : app.groups()) {
			accounts.addGroup(group.name(), group.gid(), group.system());
		}
		for (BuildRecipe.User user : app.users()) {
			String home = user.home() != null ? user.home() : user.system() ? "/nonexistent" : "/home/" + user.name();
			String shell = user.shell() != null ? user.shell() : user.system() ? "/usr/sbin/nologin" : "/bin/bash";
			accounts.addUser(user.name(), user.uid(), user.group(), home, shell, user.system());
			for (String group : user.memberOf()) {
				accounts.addMember(user.name(), group);
			}
			if (!home.equals("/nonexistent") && !base.contains(home)) {
				parents(home);
				layer.directory(home, accounts.uid(user.name()), accounts.gid(user.group() != null ? user.group() : user.name()), 0750);
			}
		}
		int shadowGid = accounts.hasGroup("shadow") ? accounts.gid("shadow") : 0;
		layer.file("/etc/passwd", 0, 0, 0644, accounts.passwd());
		layer.file("/etc/group", 0, 0, 0644, accounts.group());
		layer.file("/etc/shadow", 0, shadowGid, 0640, accounts.shadow());
		layer.file("/etc/gshadow", 0, shadowGid, 0640, accounts.gshadow());
	}

	private void files() throws ImageBuildException {
		for (FileEntry entry : recipe.application().files()) {
			int uid = accounts.uid(entry.owner() == null ? "root" : entry.owner());
			int gid = accounts.gid(entry.group() == null ? "root" : entry.group());
			if (!Files.exists(entry.source())) {
				throw new ImageBuildException("The file " + entry.source() + " (for " + entry.target() + ") does not exist.");
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
				String target = relative.isEmpty() ? entry.target() : entry.target() + "/" + relative;
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
			throw new ImageBuildException("Cannot read the folder " + entry.source() + ": " + e.getMessage(), e);
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
				unitPath = UNIT_DIR + "/" + service.name();
				unitText = read(service.unitFile());
				layer.file(unitPath, 0, 0, 0644, service.unitFile());
			} else {
				unitPath = base.unitPath(service.name());
				if (unitPath == null) {
					throw new ImageBuildException("Service " + service.name() + ": the project gives no unit file and no package of "
							+ "the base system installs one. Add unit=\"…\" or the package that provides it.");
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
		for (String target : install.getOrDefault("WantedBy", List.of())) {
			link(UNIT_DIR + "/" + target + ".wants", name, unitPath);
		}
		for (String target : install.getOrDefault("RequiredBy", List.of())) {
			link(UNIT_DIR + "/" + target + ".requires", name, unitPath);
		}
		for (String alias : install.getOrDefault("Alias", List.of())) {
			layer.symlink(UNIT_DIR + "/" + alias, unitPath);
		}
		for (String also : install.getOrDefault("Also", List.of())) {
			String alsoPath = layer.has(UNIT_DIR + "/" + also) ? UNIT_DIR + "/" + also : base.unitPath(also);
			if (alsoPath != null && base.text(alsoPath) != null) {
				enable(also, alsoPath, base.text(alsoPath), seen);
			}
		}
	}

	private void link(String wantsDir, String name, String unitPath) {
		if (!base.contains(wantsDir) && !layer.has(wantsDir)) {
			layer.directory(wantsDir, 0, 0, 0755);
		}
		layer.symlink(wantsDir + "/" + name, unitPath);
	}

	private void disable(String name) {
		for (String path : new TreeSet<>(base.paths())) {
			if (path.startsWith(UNIT_DIR + "/") && path.endsWith("/" + name)
					&& (path.contains(".wants/") || path.contains(".requires/"))) {
				deletions.add(path);
			}
		}
	}

	private void system(UUID rootUuid) throws ImageBuildException {
		String hostname = recipe.hostname() == null || recipe.hostname().isBlank() ? recipe.id() : recipe.hostname();
		layer.file("/etc/hostname", 0, 0, 0644, hostname + "\n");
		layer.file("/etc/hosts", 0, 0, 0644, "127.0.0.1\tlocalhost\n127.0.1.1\t" + hostname
				+ "\n::1\tlocalhost ip6-localhost ip6-loopback\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n");
		layer.file("/etc/fstab", 0, 0, 0644, "# written by Kiln\nUUID=" + rootUuid + "\t/\text4\terrors=remount-ro\t0\t1\n");
		layer.file("/etc/kiln-appliance", 0, 0, 0644, "ID=" + recipe.id() + "\nVERSION=" + recipe.version() + "\n");
		BuildRecipe.Network network = recipe.application().network() == null ? BuildRecipe.Network.DHCP : recipe.application().network();
		StringBuilder config = new StringBuilder("[Match]\nName=en* eth*\n\n[Network]\n");
		if (network.dhcp()) {
			config.append("DHCP=yes\n");
		} else {
			config.append("Address=").append(network.address()).append('\n');
			if (network.gateway() != null) {
				config.append("Gateway=").append(network.gateway()).append('\n');
			}
			for (String dns : network.nameservers()) {
				config.append("DNS=").append(dns).append('\n');
			}
		}
		parents(NETWORK_FILE);
		layer.file(NETWORK_FILE, 0, 0, 0644, config.toString());
		enableFromBase("systemd-networkd.service");
		enableFromBase("systemd-resolved.service");
	}

	private void enableFromBase(String unit) throws ImageBuildException {
		String path = base.unitPath(unit);
		if (path != null) {
			enable(unit, path, base.text(path), new LinkedHashSet<>());
		}
	}

	private void firstBoot() throws ImageBuildException {
		Path script = recipe.application().firstBootScript();
		if (script == null && recipe.properties().isEmpty()) {
			return;
		}
		layer.directory("/usr/lib/kiln", 0, 0, 0755);
		layer.file("/usr/lib/kiln/kiln-firstboot", 0, 0, 0755, resource("kiln-firstboot.sh"));
		StringBuilder defaults = new StringBuilder();
		for (BuildRecipe.Property property : new TreeSet<>(recipe.properties().keySet()).stream().map(recipe.properties()::get).toList()) {
			if (property.defaultValue() != null) {
				defaults.append("KILN_PROP_").append(property.key().replace('.', '_').replace('-', '_')).append("='")
						.append(property.defaultValue().replace("'", "'\\''")).append("'\n");
			}
		}
		layer.file("/usr/lib/kiln/properties.defaults", 0, 0, 0600, defaults.toString());
		if (script != null) {
			layer.directory("/usr/lib/kiln/firstboot.d", 0, 0, 0755);
			layer.file("/usr/lib/kiln/firstboot.d/vendor", 0, 0, 0755, script);
		}
		StringBuilder after = new StringBuilder("network-online.target");
		for (Service service : recipe.application().services()) {
			after.append(' ').append(service.name());
		}
		String unit = "[Unit]\nDescription=Kiln first boot: customer properties and vendor setup\n"
				+ "ConditionPathExists=!/var/lib/kiln/firstboot.done\nWants=network-online.target\nAfter=" + after + "\n\n"
				+ "[Service]\nType=oneshot\nRemainAfterExit=yes\nExecStart=/usr/lib/kiln/kiln-firstboot\n"
				+ "StandardOutput=journal+console\n\n[Install]\nWantedBy=multi-user.target\n";
		layer.file(UNIT_DIR + "/" + FIRSTBOOT_UNIT, 0, 0, 0644, unit);
		enable(FIRSTBOOT_UNIT, UNIT_DIR + "/" + FIRSTBOOT_UNIT, unit, new LinkedHashSet<>());
	}

	private static String read(Path file) throws ImageBuildException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ImageBuildException("Cannot read " + file + ": " + e.getMessage(), e);
		}
	}

	private static String resource(String name) throws ImageBuildException {
		try (InputStream in = ApplicationLayer.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new ImageBuildException("The Kiln installation lacks its resource " + name + ".");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new ImageBuildException("Cannot read the resource " + name + ": " + e.getMessage(), e);
		}
	}
}
