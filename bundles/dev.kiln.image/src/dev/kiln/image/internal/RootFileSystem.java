package dev.kiln.image.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;

/**
 * The ext4 root file system, in two steps that a clean build and a rebuild both take:
 * <ol>
 * <li>the base's root file system: the base tarball unpacked into a private tmpfs (so that directory order,
 * and with it the file system, is the same every time), then {@code mkfs.ext4 -d}. Root or not, nothing is
 * mounted where the user could see it. For BIOS boot, GRUB's core.img is made from the same tree by the
 * image's own {@code grub-mkimage} (run in a chroot of the tree), and GRUB's modules are copied to
 * {@code /boot/grub/i386-pc}, as grub-install would. Both are kept in the cache, one per appliance, under a
 * key of everything they are made from, so an application-only change does not make them again;</li>
 * <li>the application layer, written by {@code debugfs} into a copy of the base's file system
 * ({@link DebugfsLayer}): the base's blocks stay where they are, and only the blocks the layer writes
 * change from one build of the appliance to the next.</li>
 * </ol>
 * An appliance with updates (ADR 027) makes its base's file system with a UUID of the appliance, not of the
 * version, and with ext4's {@code metadata_csum_seed}, so that the checksums of its metadata do not depend on
 * the UUID; the version's UUID is set with the layer. So a version whose base did not change is the one before
 * but for the blocks of its layer and superblocks, and RAUC's adaptive update fetches little more than those.
 */
public final class RootFileSystem {

	private static final Pattern NEEDED = Pattern.compile("KILN-NEEDED-MB=(\\d+)"); //$NON-NLS-1$
	/** Changes when the way the base's file system is made changes, so that older cached ones are not used. */
	private static final String BASE_IMAGE_FORMAT = "kiln-base-root-1"; //$NON-NLS-1$
	private static final String IMAGE_SUFFIX = ".img"; //$NON-NLS-1$
	private static final String CORE_SUFFIX = ".core.img"; //$NON-NLS-1$
	private final Progress progress;
	private final ToolRunner tools;

	public RootFileSystem(Progress progress) {
		this.progress = progress;
		this.tools = new ToolRunner(progress);
	}

	/**
	 * The size in MiB that a root file system holding {@code bytes} in {@code entries} files needs,
	 * with room for ext4's metadata and journal (the same estimate assemble-root.sh makes on the tree).
	 */
	public static long neededMb(long bytes, long entries) {
		return bytes * 110 / 100 / (1 << 20) + entries / 64 + 96;
	}

	/**
	 * Makes {@code image}, an ext4 file system of the layout's root size with the given UUID holding the base
	 * and the application layer {@code app}, and with a {@code coreImage} path also GRUB's core.img for
	 * {@code grub}'s root file system.
	 *
	 * @param imageCache  the folder of this appliance's cached base file system
	 * @param baseUuid    the UUID the base's file system is made with: {@code uuid}, or one that every version of
	 *                    the appliance shares (then the base gets {@code metadata_csum_seed} and the image {@code uuid})
	 */
	public void make(Path baseTar, Path imageCache, ApplicationLayer.Result app, BaseLayerIndex index, Path image, DiskLayout layout,
			UUID uuid, UUID baseUuid, GrubConfig grub, Path coreImage, long epoch, Path work) throws ImageBuildException {
		try {
			// the tools run in the work folder: every path they get is absolute
			String key = baseImageKey(baseTar, layout.rootMb(), baseUuid, grub, coreImage != null, epoch);
			Path cachedImage = imageCache.toAbsolutePath().resolve(key + IMAGE_SUFFIX);
			Path cachedCore = imageCache.toAbsolutePath().resolve(key + CORE_SUFFIX);
			if (!Files.isRegularFile(cachedImage)) {
				makeBase(baseTar.toAbsolutePath(), imageCache.toAbsolutePath(), key, layout, baseUuid, !baseUuid.equals(uuid), grub,
						coreImage != null, epoch, work.toAbsolutePath());
			}
			tools.run(ImageText.RootFileSystem_copying, List.of("cp", "--sparse=always", cachedImage.toString(), image.toAbsolutePath().toString()), work, //$NON-NLS-1$ //$NON-NLS-2$
					Map.of());
			if (coreImage != null) {
				Files.copy(cachedCore, coreImage, StandardCopyOption.REPLACE_EXISTING);
			}
			Path commands = work.resolve("layer.debugfs"); //$NON-NLS-1$
			// assemble-root.sh copies GRUB's modules for core.img to /boot/grub/i386-pc
			Set<String> added = coreImage != null ? Set.of("/boot/grub", "/boot/grub/i386-pc") : Set.of(); //$NON-NLS-1$ //$NON-NLS-2$
			DebugfsLayer.write(app, index, added, work.toAbsolutePath().resolve("layer-files"), commands); //$NON-NLS-1$
			if (!baseUuid.equals(uuid)) {
				// with metadata_csum_seed only the superblocks change
				Files.writeString(commands, "ssv uuid " + uuid + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND); //$NON-NLS-1$ //$NON-NLS-2$
			}
			tools.run(ImageText.RootFileSystem_applyingLayer, List.of("bash", resource("apply-layer.sh", work).toString(), //$NON-NLS-1$ //$NON-NLS-2$
					commands.toAbsolutePath().toString(), image.toAbsolutePath().toString(), Long.toString(epoch)), work, Map.of("LC_ALL", "C.UTF-8")); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.RootFileSystem_cannotPrepare, work, e.getMessage()), e);
		}
	}

	/** Makes the base's file system (and core.img) under {@code key} in the cache, replacing the appliance's earlier one. */
	private void makeBase(Path baseTar, Path imageCache, String key, DiskLayout layout, UUID uuid, boolean checksumSeed, GrubConfig grub,
			boolean core, long epoch, Path work) throws ImageBuildException, IOException {
		Files.createDirectories(imageCache);
		String partial = ".partial-" + ProcessHandle.current().pid(); //$NON-NLS-1$
		Path image = imageCache.resolve(key + IMAGE_SUFFIX + partial);
		Path coreImage = imageCache.resolve(key + CORE_SUFFIX + partial);
		try {
			Path script = resource("assemble-root.sh", work); //$NON-NLS-1$
			Path mountPoint = Files.createDirectories(work.resolve("rootfs")); //$NON-NLS-1$
			Path earlyConfig = Files.writeString(work.resolve("grub-early.cfg"), grub.coreEarlyConfig()); //$NON-NLS-1$
			List<String> command = new ArrayList<>();
			if (BaseLayerCache.isRoot()) {
				command.addAll(List.of("unshare", "--mount", "--propagation", "private")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			} else {
				command.addAll(List.of("unshare", "--user", "--map-root-user", "--map-auto", "--mount", "--propagation", "private")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			}
			command.addAll(List.of("bash", script.toString(), mountPoint.toString(), baseTar.toString(), image.toString(), //$NON-NLS-1$
					Long.toString(layout.rootMb()), uuid.toString(), Long.toString(epoch), core ? coreImage.toString() : "-", //$NON-NLS-1$
					earlyConfig.toString(), grub.corePrefix(), grub.coreModules(), checksumSeed ? "metadata_csum_seed" : "-")); //$NON-NLS-1$ //$NON-NLS-2$
			List<String> output = new ArrayList<>();
			Progress capture = new Progress() {
				@Override
				public void worked(long units) {
					progress.worked(units);
				}

				@Override
				public boolean isCancelled() {
					return progress.isCancelled();
				}

				@Override
				public void log(String line) {
					output.add(line);
					progress.log(line);
				}
			};
			try {
				new ToolRunner(capture).run(ImageText.RootFileSystem_making, command, work, Map.of("LC_ALL", "C.UTF-8")); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (ImageBuildException e) {
				for (String line : output) {
					Matcher m = NEEDED.matcher(line);
					if (m.find()) {
						throw new DiskTooSmallException(Long.parseLong(m.group(1)), layout);
					}
				}
				throw e;
			}
			// one base file system per appliance: the one before this is of another base, size or version
			try (Stream<Path> files = Files.list(imageCache)) {
				for (Path old : files.filter(f -> !f.getFileName().toString().startsWith(key)).toList()) {
					Files.deleteIfExists(old);
				}
			}
			if (core) {
				Files.move(coreImage, imageCache.resolve(key + CORE_SUFFIX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			// the image last: its presence says the entry is complete
			Files.move(image, imageCache.resolve(key + IMAGE_SUFFIX), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} finally {
			Files.deleteIfExists(image);
			Files.deleteIfExists(coreImage);
		}
	}

	/** What the base's file system is made from: the base tarball (by file, size and time), the layout's size, UUID, epoch and GRUB. */
	private static String baseImageKey(Path baseTar, long sizeMb, UUID uuid, GrubConfig grub, boolean core, long epoch) throws IOException {
		String script;
		try (InputStream in = RootFileSystem.class.getResourceAsStream("assemble-root.sh")) { //$NON-NLS-1$
			script = Sha256.of(in.readAllBytes());
		}
		String inputs = String.join("\n", BASE_IMAGE_FORMAT, baseTar.toAbsolutePath().toString(), Long.toString(Files.size(baseTar)), //$NON-NLS-1$
				Files.getLastModifiedTime(baseTar).toString(), Long.toString(sizeMb), uuid.toString(), Long.toString(epoch),
				core ? grub.coreEarlyConfig() + grub.corePrefix() + grub.coreModules() : "-", script); //$NON-NLS-1$
		return Sha256.of(inputs.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
	}

	private static Path resource(String name, Path work) throws IOException {
		Path file = work.resolve(name);
		try (InputStream in = RootFileSystem.class.getResourceAsStream(name)) {
			Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	/** The content does not fit the disk the manifest asks for. */
	public static final class DiskTooSmallException extends ImageBuildException {

		private static final long serialVersionUID = 1L;
		private final long neededMb;

		/** The root file system needs {@code neededMb}; {@code layout} leaves it less. */
		public DiskTooSmallException(long neededMb, DiskLayout layout) {
			super(ImageText.bind(ImageText.RootFileSystem_diskTooSmall, neededMb, layout.rootMb(), layout.diskMbFor(neededMb)));
			this.neededMb = neededMb;
		}

		public long neededMb() {
			return neededMb;
		}
	}
}
