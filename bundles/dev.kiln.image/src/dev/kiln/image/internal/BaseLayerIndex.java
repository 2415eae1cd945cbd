package dev.kiln.image.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageBuildException;

/**
 * What the application layer and the boot loader need to know of a base-system tarball, read in one
 * pass: the paths it holds, the account files, systemd unit files, and the kernel and initrd (copied out).
 */
public final class BaseLayerIndex {

	private static final String DPKG_STATUS = "/var/lib/dpkg/status";
	private final Set<String> paths = new HashSet<>();
	private final Map<String, String> texts = new HashMap<>();
	private final Map<String, String> symlinks = new HashMap<>();
	private String kernelVersion;
	private Path kernel;
	private Path initrd;

	private BaseLayerIndex() {
	}

	/** Files whose text is kept: the account databases. */
	private static boolean keepsText(String path) {
		return path.equals("/etc/passwd") || path.equals("/etc/group") || path.equals("/etc/shadow")
				|| path.equals("/etc/gshadow") || path.equals(DPKG_STATUS);
	}

	private static boolean isUnitFile(String path) {
		return (path.startsWith("/usr/lib/systemd/system/") || path.startsWith("/lib/systemd/system/")
				|| path.startsWith("/etc/systemd/system/")) && !path.endsWith("/");
	}

	/** Reads {@code tar}; the kernel and initrd are copied into {@code bootDirectory}. */
	public static BaseLayerIndex read(Path tar, Path bootDirectory) throws ImageBuildException {
		BaseLayerIndex index = new BaseLayerIndex();
		try (InputStream file = new BufferedInputStream(Files.newInputStream(tar), 1 << 16);
				TarArchiveInputStream in = new TarArchiveInputStream(file)) {
			for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null;) {
				String path = normalize(entry.getName());
				index.paths.add(path);
				if (entry.isSymbolicLink()) {
					index.symlinks.put(path, entry.getLinkName());
				} else if (entry.isFile() && (keepsText(path) || isUnitFile(path))) {
					index.texts.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
				} else if (entry.isFile() && path.startsWith("/boot/vmlinuz-")) {
					index.kernelVersion = path.substring("/boot/vmlinuz-".length());
					index.kernel = bootDirectory.resolve("vmlinuz");
					Files.copy(in, index.kernel, StandardCopyOption.REPLACE_EXISTING);
				} else if (entry.isFile() && path.startsWith("/boot/initrd.img-")) {
					index.initrd = bootDirectory.resolve("initrd.img");
					Files.copy(in, index.initrd, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		} catch (IOException e) {
			throw new ImageBuildException("Cannot read the base system " + tar + ": " + e.getMessage(), e);
		}
		if (index.kernel == null || index.initrd == null) {
			throw new ImageBuildException("The base system " + tar + " has no kernel and initrd in /boot; "
					+ "it must include linux-image-amd64 and initramfs-tools.");
		}
		return index;
	}

	/** "./etc/passwd" and "etc/passwd" both become "/etc/passwd"; directories lose their trailing slash. */
	static String normalize(String name) {
		String path = name.startsWith("./") ? name.substring(1) : name.startsWith("/") ? name : "/" + name;
		return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

	/** The packages installed in the base, from dpkg's status database, sorted by name. */
	public List<BuildReport.InstalledPackage> installedPackages() {
		List<BuildReport.InstalledPackage> packages = new ArrayList<>();
		String status = texts.get(DPKG_STATUS);
		if (status == null) {
			return packages;
		}
		for (String stanza : status.split("\n\n")) {
			String name = null, version = null, architecture = null, state = null;
			for (String line : stanza.split("\n")) {
				if (line.startsWith("Package: ")) {
					name = line.substring(9).trim();
				} else if (line.startsWith("Version: ")) {
					version = line.substring(9).trim();
				} else if (line.startsWith("Architecture: ")) {
					architecture = line.substring(14).trim();
				} else if (line.startsWith("Status: ")) {
					state = line.substring(8).trim();
				}
			}
			if (name != null && version != null && "install ok installed".equals(state)) {
				packages.add(new BuildReport.InstalledPackage(name, version, architecture));
			}
		}
		packages.sort(Comparator.comparing(BuildReport.InstalledPackage::name));
		return packages;
	}

	public boolean contains(String path) {
		return paths.contains(path);
	}

	/** The text of an account file or unit file of the base, or {@code null}. */
	public String text(String path) {
		return texts.get(path);
	}

	/** The target of a symbolic link in the base, or {@code null}. */
	public String symlink(String path) {
		return symlinks.get(path);
	}

	/** The unit file of a packaged unit: its path in the image, or {@code null} when none. */
	public String unitPath(String unit) {
		for (String dir : new String[] { "/etc/systemd/system/", "/usr/lib/systemd/system/", "/lib/systemd/system/" }) {
			if (texts.containsKey(dir + unit)) {
				return dir + unit;
			}
		}
		return null;
	}

	/** Every path of the base, absolute, without trailing slash. */
	public Set<String> paths() {
		return paths;
	}

	public String kernelVersion() {
		return kernelVersion;
	}

	public Path kernel() {
		return kernel;
	}

	public Path initrd() {
		return initrd;
	}
}
