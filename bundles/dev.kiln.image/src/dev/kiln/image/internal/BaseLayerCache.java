package dev.kiln.image.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Collectors;

import dev.kiln.image.BuildRecipe.BaseSystem;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.image.cache.CacheLock;
import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.Pocket;
import dev.kiln.image.debian.PocketState;

/**
 * Base systems built by mmdebstrap, cached by what determines them: suite, architecture, the sorted
 * package set, what is trimmed (with the dpkg filters' text), Kiln's hook scripts and the state of each
 * pocket of the archive (its suite and the SHA-256 of its signed InRelease, which vouches for every
 * package's bytes, whichever mirror serves them). An application-only change never rebuilds the base. An entry is complete only
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

	/** Bump when the way a base is built changes, so old entries are not reused (and are pruned). */
	public static final String FORMAT = "kiln-base-5"; //$NON-NLS-1$
	private static final String TARBALL = "base.tar"; //$NON-NLS-1$
	/** The entry's metadata, written last: format, what the base is made of, the tarball's size and SHA-256. */
	public static final String METADATA = "base.properties"; //$NON-NLS-1$

	private final Path directory;
	private final Progress progress;
	private final Duration lockWait;
	private final PackageCache packages;

	/**
	 * A usable base: the tarball and whether it came from the cache. The build holds it in use (so that no
	 * other build or {@code kiln cache prune} removes it) until it closes the entry.
	 */
	public record Entry(Path tarball, String key, boolean cached, CacheLock use) implements AutoCloseable {
		@Override
		public void close() throws IOException {
			use.deleteAndClose();
		}
	}

	/**
	 * @param directory  the cache's {@code base} folder
	 * @param lockWait   how long to wait for another build making the same base
	 * @param packages   the .debs of earlier base systems, or {@code null} to download every package
	 */
	public BaseLayerCache(Path directory, Duration lockWait, PackageCache packages, Progress progress) {
		this.directory = directory;
		this.packages = packages;
		this.lockWait = lockWait;
		this.progress = progress;
	}

	/** The archive's signed package indexes, read when a base is made (a cached base needs none). */
	@FunctionalInterface
	public interface IndexSource {
		/** The packages of every pocket, after checking that the base's packages are among them. */
		Collection<BinaryPackage> get() throws ImageBuildException;
	}

	/**
	 * The base for {@code os}, from the cache or built now. Builds on one cache, in this process or others,
	 * take turns: while one makes a base, another that needs it waits (and says so) and then reuses it.
	 *
	 * @param archive  the pockets to install from and the keyring apt checks them with
	 * @param states   the pockets' states (part of the key: a new archive state gives a new base)
	 * @param index    the package indexes, asked for only when the base is made (the package cache offers
	 *                 the .debs that match them)
	 */
	public Entry get(BaseSystem os, BuildArchive archive, List<PocketState> states, IndexSource index, long sourceDateEpoch)
			throws ImageBuildException {
		String key = key(os, states);
		Path entry = directory.resolve(key);
		try (CacheLock lock = CacheLock.acquire(BuildCache.lockFile(entry), ImageText.bind(ImageText.BaseLayerCache_waiting, key),
				lockWait, progress)) {
			boolean cached = isComplete(entry);
			if (cached) {
				progress.log(ImageText.bind(ImageText.BaseLayerCache_reusing, key));
			} else {
				make(os, archive, states, index, sourceDateEpoch, entry);
			}
			return new Entry(entry.resolve(TARBALL), key, cached, BuildCache.use(entry));
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.BaseLayerCache_cannotWrite, entry, e.getMessage()), e);
		}
	}

	/** Builds the base into {@code entry}; the caller holds the entry's lock. */
	private void make(BaseSystem os, BuildArchive archive, List<PocketState> states, IndexSource source, long sourceDateEpoch, Path entry)
			throws ImageBuildException {
		Path tarball = entry.resolve(TARBALL);
		try (PackageCache.Session debs = packages == null ? null : packages.open(os, archive.pockets().get(0).mirror(), progress)) {
			// cached .debs are checked against the index before mmdebstrap starts; without any, the index is
			// read (seconds) while mmdebstrap runs, which is stopped when the check fails
			CompletableFuture<Collection<BinaryPackage>> index;
			if (debs != null && debs.hasDebs()) {
				index = CompletableFuture.completedFuture(source.get());
				debs.offer(index.join(), progress);
			} else {
				index = CompletableFuture.supplyAsync(() -> {
					try {
						return source.get();
					} catch (ImageBuildException e) {
						throw new CompletionException(e);
					}
				});
			}
			BuildCache.deleteTree(entry);
			Files.createDirectories(entry);
			// mmdebstrap picks the output format from the extension: the partial name must end in .tar
			Path partial = Files.createTempFile(entry, "partial-", "." + TARBALL); //$NON-NLS-1$ //$NON-NLS-2$
			Files.delete(partial);
			Path initramfsHook = resource(entry, INITRAMFS_HOOK);
			Path bootHook = resource(entry, BOOT_HOOK);
			Path dpkgFilters = entry.resolve("dpkg-filters.cfg"); //$NON-NLS-1$
			Files.writeString(dpkgFilters, new BaseTrim(os.trim()).dpkgFilters(), StandardCharsets.UTF_8);
			Map<String, String> environment = new HashMap<>(
					Map.of("SOURCE_DATE_EPOCH", Long.toString(sourceDateEpoch), "LC_ALL", "C.UTF-8")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Path chrootFolder = ChrootFolder.inMemory();
			try {
				if (chrootFolder != null) {
					environment.put("TMPDIR", chrootFolder.toString()); //$NON-NLS-1$
				}
				new ToolRunner(new StoppedBy(progress, index)).run(ImageText.bind(ImageText.BaseLayerCache_building, os.suite()),
						command(os, archive, partial, initramfsHook, bootHook, dpkgFilters, debs), entry, environment);
			} catch (ImageBuildException e) {
				if (!progress.isCancelled()) {
					checked(index); // a missing package, rather than what mmdebstrap made of it
				}
				throw e;
			} finally {
				ChrootFolder.delete(chrootFolder);
			}
			Collection<BinaryPackage> checked = checked(index);
			if (debs != null) {
				debs.collect(checked, progress);
			}
			Files.move(partial, tarball, StandardCopyOption.ATOMIC_MOVE);
			for (Path used : List.of(initramfsHook, bootHook, dpkgFilters)) {
				Files.delete(used);
			}
			Properties metadata = new Properties();
			metadata.setProperty("format", FORMAT); //$NON-NLS-1$
			metadata.setProperty("suite", os.suite()); //$NON-NLS-1$
			metadata.setProperty("architecture", os.architecture()); //$NON-NLS-1$
			metadata.setProperty("packages", String.join(" ", packages(os))); //$NON-NLS-1$ //$NON-NLS-2$
			for (PocketState state : states) {
				metadata.setProperty("pocket." + state.suite(), state.mirror() + " " + state.date() + " " + state.inReleaseSha256()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
			// the newest pocket's date orders the bases of one lineage: a newer one supersedes the older ones
			metadata.setProperty("releaseDate", states.stream().map(PocketState::date).max(java.util.Comparator.naturalOrder()) //$NON-NLS-1$
					.orElse(java.time.Instant.EPOCH).toString());
			// the same for the bases of every archive state
			metadata.setProperty("lineage", key(os, List.of())); //$NON-NLS-1$
			metadata.setProperty("size", Long.toString(Files.size(tarball))); //$NON-NLS-1$
			metadata.setProperty("sha256", Sha256.of(tarball)); //$NON-NLS-1$
			Path metadataPartial = Files.createTempFile(entry, METADATA, ".partial"); //$NON-NLS-1$
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
	}

	/** The index once its check is done; throws the check's failure. */
	private static Collection<BinaryPackage> checked(CompletableFuture<Collection<BinaryPackage>> index) throws ImageBuildException {
		try {
			return index.join();
		} catch (CompletionException e) {
			if (e.getCause() instanceof ImageBuildException failure) {
				throw failure;
			}
			throw e;
		}
	}

	/** The build's progress, cancelled as well when the package check failed: mmdebstrap need not go on. */
	private record StoppedBy(Progress progress, CompletableFuture<?> index) implements Progress {
		@Override
		public void worked(long units) {
			progress.worked(units);
		}

		@Override
		public boolean isCancelled() {
			return progress.isCancelled() || index.isCompletedExceptionally();
		}

		@Override
		public void phase(String name, long totalUnits) {
			progress.phase(name, totalUnits);
		}

		@Override
		public void log(String line) {
			progress.log(line);
		}
	}

	/** The packages mmdebstrap is asked for: the recipe's plus what booting needs, sorted. */
	public static SortedSet<String> packages(BaseSystem os) {
		SortedSet<String> all = new TreeSet<>(os.packages());
		all.addAll(BOOT_PACKAGES);
		return all;
	}

	static String key(BaseSystem os, List<PocketState> states) {
		String archive = os.pockets().stream().sorted().map(Enum::name).collect(Collectors.joining(",")) //$NON-NLS-1$
				+ states.stream().map(state -> " " + state.suite() + "@" + state.inReleaseSha256()).collect(Collectors.joining()); //$NON-NLS-1$ //$NON-NLS-2$
		String identity = String.join("\n", FORMAT, os.suite(), os.architecture(), String.join(",", packages(os)), //$NON-NLS-1$ //$NON-NLS-2$
				archive, new BaseTrim(os.trim()).key(), "recommends=" + os.installRecommends(), //$NON-NLS-1$
				Sha256.of(HOOKS.stream().map(BaseLayerCache::resourceText).collect(Collectors.joining()).getBytes(StandardCharsets.UTF_8)));
		return os.suite() + "-" + os.architecture() + "-" + Sha256.of(identity.getBytes(StandardCharsets.UTF_8)).substring(0, 16); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private List<String> command(BaseSystem os, BuildArchive archive, Path tarball, Path initramfsHook, Path bootHook, Path dpkgFilters,
			PackageCache.Session debs) {
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
		if (debs != null) {
			command.addAll(debs.mmdebstrapOptions());
		}
		command.add(os.suite());
		command.add(tarball.toString());
		// one sources.list line a pocket, each checked with the build's keyring (Debian's, and the manifest's)
		for (Pocket pocket : archive.pockets()) {
			command.add("deb [signed-by=" + archive.keyring().toAbsolutePath() + "] " + pocket.mirror() + " " + pocket.suite() + " main"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
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

	/**
	 * Copies the resource {@code name} into {@code folder} as a file that anyone may read and execute: in its
	 * user-namespace mode mmdebstrap runs hooks as the namespace's root, to whom the user's own files belong
	 * to nobody.
	 */
	private static Path resource(Path folder, String name) throws IOException {
		Path file = folder.resolve(name);
		try (InputStream in = BaseLayerCache.class.getResourceAsStream(name)) {
			Files.copy(in, file);
		}
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x")); //$NON-NLS-1$
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
			BuildCache.deleteTree(entry);
		} catch (IOException ignored) {
			// the next build finds no metadata and rebuilds anyway
		}
	}
}
