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
import java.util.EnumMap;
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
 * pass: the paths it holds, the account files, systemd unit files, the kernel's version, and the boot
 * loaders' files (copied out).
 */
public final class BaseLayerIndex {

	/** The files of the base's boot-loader packages that go into the boot sector and the ESP. */
	public enum BootFile {
		/** GRUB's MBR code for a PC BIOS. */
		GRUB_BOOT_IMG("/usr/lib/grub/i386-pc/boot.img", "grub-pc-bin"), //$NON-NLS-1$ //$NON-NLS-2$
		/** shim, signed by Microsoft's UEFI CA: the first stage under Secure Boot. */
		SHIM("/usr/lib/shim/shimx64.efi.signed", "shim-signed"), //$NON-NLS-1$ //$NON-NLS-2$
		/** shim's MOK manager, which shim starts when a machine-owner key change waits for confirmation. */
		MOK_MANAGER("/usr/lib/shim/mmx64.efi.signed", "shim-helpers-amd64-signed"), //$NON-NLS-1$ //$NON-NLS-2$
		/** GRUB for UEFI as one image with its modules, signed by Debian (which shim trusts). */
		SIGNED_GRUB("/usr/lib/grub/x86_64-efi-signed/grubx64.efi.signed", "grub-efi-amd64-signed"); //$NON-NLS-1$ //$NON-NLS-2$

		private final String path;
		private final String packageName;

		BootFile(String path, String packageName) {
			this.path = path;
			this.packageName = packageName;
		}

		/** The file's path in the base. */
		public String path() {
			return path;
		}

		/** The Debian package that installs it. */
		public String packageName() {
			return packageName;
		}
	}

	private static final String DPKG_STATUS = "/var/lib/dpkg/status"; //$NON-NLS-1$
	private static final String KERNEL_PREFIX = "/boot/vmlinuz-"; //$NON-NLS-1$
	private static final String INITRD_PREFIX = "/boot/initrd.img-"; //$NON-NLS-1$
	private final Set<String> paths = new HashSet<>();
	private final Map<String, String> texts = new HashMap<>();
	private final Map<String, String> symlinks = new HashMap<>();
	private final Map<BootFile, Path> bootFiles = new EnumMap<>(BootFile.class);
	private String kernelVersion;
	private Path tar;

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

	/** Reads {@code tar}; the boot loaders' files it has are copied into {@code bootDirectory}. */
	public static BaseLayerIndex read(Path tar, Path bootDirectory) throws ImageBuildException {
		BaseLayerIndex index = new BaseLayerIndex();
		index.tar = tar;
		Map<String, BootFile> wanted = new HashMap<>();
		for (BootFile file : BootFile.values()) {
			wanted.put(file.path(), file);
		}
		try (InputStream file = new BufferedInputStream(Files.newInputStream(tar), 1 << 16);
				TarArchiveInputStream in = new TarArchiveInputStream(file)) {
			for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null;) {
				String path = normalize(entry.getName());
				index.paths.add(path);
				if (entry.isSymbolicLink()) {
					index.symlinks.put(path, entry.getLinkName());
				} else if (entry.isFile() && (keepsText(path) || isUnitFile(path))) {
					index.texts.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
				} else if (entry.isFile() && path.startsWith(KERNEL_PREFIX)) {
					index.kernelVersion = path.substring(KERNEL_PREFIX.length());
				} else if (entry.isFile() && wanted.containsKey(path)) {
					BootFile bootFile = wanted.get(path);
					Path copy = bootDirectory.resolve(path.substring(path.lastIndexOf('/') + 1));
					Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
					index.bootFiles.put(bootFile, copy);
				}
			}
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.BaseLayerIndex_cannotRead, tar, e.getMessage()), e);
		}
		if (index.kernelVersion == null || !index.paths.contains(INITRD_PREFIX + index.kernelVersion)) {
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

	/** The version of the kernel in {@code /boot} ({@code /boot/vmlinuz-<version>}, {@code /boot/initrd.img-<version>}). */
	public String kernelVersion() {
		return kernelVersion;
	}

	/** A boot loader's file copied out of the base; fails, naming the package, when the base lacks it. */
	public Path bootFile(BootFile file) throws ImageBuildException {
		Path copy = bootFiles.get(file);
		if (copy == null) {
			throw new ImageBuildException(ImageText.bind(ImageText.BaseLayerIndex_noBootFile, tar, file.path(), file.packageName()));
		}
		return copy;
	}
}
