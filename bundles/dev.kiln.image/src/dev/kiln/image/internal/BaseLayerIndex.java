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

	private static final String DPKG_STATUS = "/var/lib/dpkg/status"; //$NON-NLS-1$
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
		return path.equals("/etc/passwd") || path.equals("/etc/group") || path.equals("/etc/shadow") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				|| path.equals("/etc/gshadow") || path.equals(DPKG_STATUS); //$NON-NLS-1$
	}

	private static boolean isUnitFile(String path) {
		return (path.startsWith("/usr/lib/systemd/system/") || path.startsWith("/lib/systemd/system/") //$NON-NLS-1$ //$NON-NLS-2$
				|| path.startsWith("/etc/systemd/system/")) && !path.endsWith("/"); //$NON-NLS-1$ //$NON-NLS-2$
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
				} else if (entry.isFile() && path.startsWith("/boot/vmlinuz-")) { //$NON-NLS-1$
					index.kernelVersion = path.substring("/boot/vmlinuz-".length()); //$NON-NLS-1$
					index.kernel = bootDirectory.resolve("vmlinuz"); //$NON-NLS-1$
					Files.copy(in, index.kernel, StandardCopyOption.REPLACE_EXISTING);
				} else if (entry.isFile() && path.startsWith("/boot/initrd.img-")) { //$NON-NLS-1$
					index.initrd = bootDirectory.resolve("initrd.img"); //$NON-NLS-1$
					Files.copy(in, index.initrd, StandardCopyOption.REPLACE_EXISTING);
				}
			}
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.BaseLayerIndex_cannotRead, tar, e.getMessage()), e);
		}
		if (index.kernel == null || index.initrd == null) {
			throw new ImageBuildException(ImageText.bind(ImageText.BaseLayerIndex_noKernel, tar));
		}
		return index;
	}

	/** "./etc/passwd" and "etc/passwd" both become "/etc/passwd"; directories lose their trailing slash. */
	static String normalize(String name) {
		String path = name.startsWith("./") ? name.substring(1) : name.startsWith("/") ? name : "/" + name; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path; //$NON-NLS-1$
	}

	/** The packages installed in the base, from dpkg's status database, sorted by name. */
	public List<BuildReport.InstalledPackage> installedPackages() {
		List<BuildReport.InstalledPackage> packages = new ArrayList<>();
		String status = texts.get(DPKG_STATUS);
		if (status == null) {
			return packages;
		}
		for (String stanza : status.split("\n\n")) { //$NON-NLS-1$
			String name = null, version = null, architecture = null, state = null;
			for (String line : stanza.split("\n")) { //$NON-NLS-1$
				if (line.startsWith("Package: ")) { //$NON-NLS-1$
					name = line.substring(9).trim();
				} else if (line.startsWith("Version: ")) { //$NON-NLS-1$
					version = line.substring(9).trim();
				} else if (line.startsWith("Architecture: ")) { //$NON-NLS-1$
					architecture = line.substring(14).trim();
				} else if (line.startsWith("Status: ")) { //$NON-NLS-1$
					state = line.substring(8).trim();
				}
			}
			if (name != null && version != null && "install ok installed".equals(state)) { //$NON-NLS-1$
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
		for (String dir : new String[] { "/etc/systemd/system/", "/usr/lib/systemd/system/", "/lib/systemd/system/" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
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
