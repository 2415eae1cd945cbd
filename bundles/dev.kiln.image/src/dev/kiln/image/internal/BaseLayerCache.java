package dev.kiln.image.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.kiln.image.BuildRecipe.BaseSystem;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;

/**
 * Base systems built by mmdebstrap, cached by what determines them: suite, architecture, the sorted
 * package set, the mirror, what is trimmed (with the dpkg filters' text), Kiln's hook scripts and the
 * archive's Release date. An application-only change never rebuilds the base. An entry is complete only
 * when its metadata, written last, names the tarball's size and SHA-256; anything else is a partial or
 * corrupt entry and is rebuilt.
 */
public final class BaseLayerCache {

	/**
	 * Packages every appliance needs to boot: kernel, init, device manager, initramfs, networking, and the
	 * boot loaders Kiln installs from the image's own files: GRUB for BIOS ({@code grub-pc-bin}: boot.img,
	 * the modules, and, through grub-common, the grub-mkimage that makes core.img), Debian's signed GRUB
	 * and shim for UEFI with Secure Boot, {@code grub2-common} for {@code grub-mkconfig}/{@code update-grub}
	 * (converters such as virt-v2v look for them), and {@code dosfstools} to check the ESP at boot
	 * ({@code fsck.vfat}). Not {@code grub-pc} or {@code grub-efi-amd64}: their maintainer scripts ask for a
	 * boot device and run grub-install on it.
	 */
	public static final List<String> BOOT_PACKAGES = List.of("linux-image-amd64", "systemd-sysv", "udev", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"initramfs-tools", "systemd-resolved", "grub-pc-bin", "grub-efi-amd64-signed", "shim-signed", "grub2-common", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"dosfstools"); //$NON-NLS-1$

	private static final String INITRAMFS_HOOK = "initramfs-hook.sh"; //$NON-NLS-1$
	private static final String BOOT_HOOK = "base-boot-hook.sh"; //$NON-NLS-1$
	/** The hook scripts mmdebstrap runs, resources beside this class. */
	private static final List<String> HOOKS = List.of(INITRAMFS_HOOK, BOOT_HOOK);

	/** Bump when the way a base is built changes, so old entries are not reused. */
	static final String FORMAT = "kiln-base-4"; //$NON-NLS-1$
	private static final String TARBALL = "base.tar"; //$NON-NLS-1$
	private static final String METADATA = "base.properties"; //$NON-NLS-1$

	private final Path directory;
	private final ToolRunner tools;
	private final Progress progress;

	/** A usable base: the tarball and whether it came from the cache. */
	public record Entry(Path tarball, String key, boolean cached) {
	}

	public BaseLayerCache(Path directory, Progress progress) {
		this.directory = directory;
		this.progress = progress;
		this.tools = new ToolRunner(progress);
	}

	/**
	 * The base for {@code os}, from the cache or built now.
	 *
	 * @param mirror       the archive to install from
	 * @param releaseDate  the archive's Release date (part of the key: a new archive state gives a new base)
	 */
	public Entry get(BaseSystem os, URI mirror, String releaseDate, long sourceDateEpoch) throws ImageBuildException {
		String key = key(os, mirror, releaseDate);
		Path entry = directory.resolve(key);
		Path tarball = entry.resolve(TARBALL);
		if (isComplete(entry)) {
			progress.log(ImageText.bind(ImageText.BaseLayerCache_reusing, key));
			return new Entry(tarball, key, true);
		}
		try {
			deleteTree(entry);
			Files.createDirectories(entry);
			// mmdebstrap picks the output format from the extension: the partial name must end in .tar
			Path partial = entry.resolve("partial-" + TARBALL); //$NON-NLS-1$
			Path initramfsHook = resource(entry, INITRAMFS_HOOK);
			Path bootHook = resource(entry, BOOT_HOOK);
			Path dpkgFilters = entry.resolve("dpkg-filters.cfg"); //$NON-NLS-1$
			Files.writeString(dpkgFilters, new BaseTrim(os.trim()).dpkgFilters(), StandardCharsets.UTF_8);
			tools.run(ImageText.bind(ImageText.BaseLayerCache_building, os.suite()),
					command(os, mirror, partial, initramfsHook, bootHook, dpkgFilters), entry,
					Map.of("SOURCE_DATE_EPOCH", Long.toString(sourceDateEpoch), "LC_ALL", "C.UTF-8")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Files.move(partial, tarball, StandardCopyOption.ATOMIC_MOVE);
			for (Path used : List.of(initramfsHook, bootHook, dpkgFilters)) {
				Files.delete(used);
			}
			Properties metadata = new Properties();
			metadata.setProperty("format", FORMAT); //$NON-NLS-1$
			metadata.setProperty("suite", os.suite()); //$NON-NLS-1$
			metadata.setProperty("architecture", os.architecture()); //$NON-NLS-1$
			metadata.setProperty("packages", String.join(" ", packages(os))); //$NON-NLS-1$ //$NON-NLS-2$
			metadata.setProperty("releaseDate", releaseDate); //$NON-NLS-1$
			metadata.setProperty("size", Long.toString(Files.size(tarball))); //$NON-NLS-1$
			metadata.setProperty("sha256", Sha256.of(tarball)); //$NON-NLS-1$
			Path metadataPartial = entry.resolve(METADATA + ".partial"); //$NON-NLS-1$
			try (var out = Files.newOutputStream(metadataPartial)) {
				metadata.store(out, null);
			}
			Files.move(metadataPartial, entry.resolve(METADATA), StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			discard(entry);
			throw new ImageBuildException(ImageText.bind(ImageText.BaseLayerCache_cannotWrite, entry, e.getMessage()), e);
		} catch (ImageBuildException e) {
			discard(entry);
			throw e;
		}
		return new Entry(tarball, key, false);
	}

	/** The packages mmdebstrap is asked for: the recipe's plus what booting needs, sorted. */
	public static SortedSet<String> packages(BaseSystem os) {
		SortedSet<String> all = new TreeSet<>(os.packages());
		all.addAll(BOOT_PACKAGES);
		return all;
	}

	static String key(BaseSystem os, URI mirror, String releaseDate) {
		String identity = String.join("\n", FORMAT, os.suite(), os.architecture(), String.join(",", packages(os)), //$NON-NLS-1$ //$NON-NLS-2$
				mirror.toString(), new BaseTrim(os.trim()).key(), "recommends=" + os.installRecommends(), releaseDate, //$NON-NLS-1$
				Sha256.of(HOOKS.stream().map(BaseLayerCache::resourceText).collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8)));
		return os.suite() + "-" + os.architecture() + "-" + Sha256.of(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 16); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private List<String> command(BaseSystem os, URI mirror, Path tarball, Path initramfsHook, Path bootHook, Path dpkgFilters) {
		List<String> command = new ArrayList<>();
		if (isRoot()) {
			// in root mode mmdebstrap mounts /proc, /sys and /dev in its chroot; in private mount and pid
			// namespaces a cancelled build ends every process and leaves no mount behind
			command.addAll(List.of("unshare", "--mount", "--propagation", "private", "--pid", "--fork", "--kill-child")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		}
		command.addAll(List.of("mmdebstrap", "--mode=" + (isRoot() ? "root" : "unshare"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"--variant=minbase", "--architectures=" + os.architecture(), "--components=main", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"--include=" + String.join(",", packages(os)), //$NON-NLS-1$ //$NON-NLS-2$
				"--aptopt=APT::Install-Recommends \"" + os.installRecommends() + "\"")); //$NON-NLS-1$ //$NON-NLS-2$
		BaseTrim trim = new BaseTrim(os.trim());
		if (!trim.dpkgFilters().isEmpty()) {
			// a file's content goes verbatim into /etc/dpkg/dpkg.cfg.d/99mmdebstrap, comments included
			command.add("--dpkgopt=" + dpkgFilters); //$NON-NLS-1$
		}
		command.addAll(trim.mmdebstrapOptions());
		// before the kernel is installed: an initramfs with only the drivers of virtual hardware
		command.add("--essential-hook=mkdir -p \"$1/etc/initramfs-tools/conf.d\" \"$1/etc/initramfs-tools/hooks\""); //$NON-NLS-1$
		command.add("--essential-hook=echo MODULES=list > \"$1/etc/initramfs-tools/conf.d/kiln.conf\""); //$NON-NLS-1$
		command.add("--essential-hook=upload " + initramfsHook + " /etc/initramfs-tools/hooks/kiln"); //$NON-NLS-1$ //$NON-NLS-2$
		command.add("--essential-hook=chmod 0755 \"$1/etc/initramfs-tools/hooks/kiln\""); //$NON-NLS-1$
		// mmdebstrap runs an executable file as a hook with the root folder as its argument
		command.add("--customize-hook=" + bootHook); //$NON-NLS-1$
		command.add(os.suite());
		command.add(tarball.toString());
		command.add(mirror.toString());
		return command;
	}

	/** The text of one of Kiln's hook scripts (part of the key: a changed hook gives a new base). */
	private static String resourceText(String name) {
		try (InputStream in = BaseLayerCache.class.getResourceAsStream(name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Copies the resource {@code name} into {@code folder} as an executable file. */
	private static Path resource(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		try (InputStream in = BaseLayerCache.class.getResourceAsStream(name)) {
			Files.copy(in, file);
		}
		file.toFile().setExecutable(true);
		return file;
	}

	/** Whether this process runs as root (uid 0): mmdebstrap's root mode, else its user-namespace mode. */
	static boolean isRoot() {
		try {
			return Integer.valueOf(0).equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException | UnsupportedOperationException e) {
			return false;
		}
	}

	static boolean isComplete(Path entry) {
		Path metadataFile = entry.resolve(METADATA);
		Path tarball = entry.resolve(TARBALL);
		if (!Files.isRegularFile(metadataFile) || !Files.isRegularFile(tarball)) {
			return false;
		}
		Properties metadata = new Properties();
		try (InputStream in = Files.newInputStream(metadataFile)) {
			metadata.load(in);
			return FORMAT.equals(metadata.getProperty("format")) //$NON-NLS-1$
					&& Long.toString(Files.size(tarball)).equals(metadata.getProperty("size")) //$NON-NLS-1$
					&& Sha256.of(tarball).equals(metadata.getProperty("sha256")); //$NON-NLS-1$
		} catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

	private static void discard(Path entry) {
		try {
			deleteTree(entry);
		} catch (IOException ignored) {
			// the next build finds no metadata and rebuilds anyway
		}
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
