package dev.kiln.image.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;

/**
 * The ext4 root file system: base tarball, deletions and application layer unpacked into a private
 * tmpfs (so that directory order, and with it the file system, is the same every time), then
 * {@code mkfs.ext4 -d}. Root or not, nothing is mounted where the user could see it. For BIOS boot,
 * GRUB's core.img is made from the same tree by the image's own {@code grub-mkimage} (run in a chroot of
 * the tree), and GRUB's modules are copied to {@code /boot/grub/i386-pc}, as grub-install would.
 */
public final class RootFileSystem {

	private static final Pattern NEEDED = Pattern.compile("KILN-NEEDED-MB=(\\d+)"); //$NON-NLS-1$
	private final Progress progress;

	public RootFileSystem(Progress progress) {
		this.progress = progress;
	}

	/**
	 * The size in MiB that a root file system holding {@code bytes} in {@code entries} files needs,
	 * with room for ext4's metadata and journal (the same estimate assemble-root.sh makes on the tree).
	 */
	public static long neededMb(long bytes, long entries) {
		return bytes * 110 / 100 / (1 << 20) + entries / 64 + 96;
	}

	/**
	 * Makes {@code image}, an ext4 file system of the layout's root size with the given UUID, and with a
	 * {@code coreImage} path also GRUB's core.img for {@code grub}'s root file system.
	 */
	public void make(Path baseTar, ApplicationLayer.Result app, Path image, DiskLayout layout, UUID uuid, GrubConfig grub,
			Path coreImage, long epoch, Path work) throws ImageBuildException {
		long sizeMb = layout.rootMb();
		try {
			Path script = work.resolve("assemble-root.sh"); //$NON-NLS-1$
			try (InputStream in = RootFileSystem.class.getResourceAsStream("assemble-root.sh")) { //$NON-NLS-1$
				Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
			}
			Path deletions = work.resolve("deletions.txt"); //$NON-NLS-1$
			Files.write(deletions, app.deletions());
			Path mountPoint = Files.createDirectories(work.resolve("rootfs")); //$NON-NLS-1$
			Path earlyConfig = Files.writeString(work.resolve("grub-early.cfg"), grub.coreEarlyConfig()); //$NON-NLS-1$
			List<String> command = new ArrayList<>();
			if (BaseLayerCache.isRoot()) {
				command.addAll(List.of("unshare", "--mount", "--propagation", "private")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			} else {
				command.addAll(List.of("unshare", "--user", "--map-root-user", "--map-auto", "--mount", "--propagation", "private")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			}
			command.addAll(List.of("bash", script.toString(), mountPoint.toString(), baseTar.toString(), app.tar().toString(), //$NON-NLS-1$
					deletions.toString(), image.toString(), Long.toString(sizeMb), uuid.toString(), Long.toString(epoch),
					coreImage == null ? "-" : coreImage.toString(), earlyConfig.toString(), GrubConfig.CORE_PREFIX, GrubConfig.CORE_MODULES)); //$NON-NLS-1$
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
		} catch (IOException e) {
			throw new ImageBuildException(ImageText.bind(ImageText.RootFileSystem_cannotPrepare, work, e.getMessage()), e);
		}
	}

	/** The content does not fit the disk the manifest asks for. */
	public static final class DiskTooSmallException extends ImageBuildException {

		private static final long serialVersionUID = 1L;
		private final long neededMb;

		/** The root file system needs {@code neededMb}; {@code layout} leaves it less. */
		public DiskTooSmallException(long neededMb, DiskLayout layout) {
			super(ImageText.bind(ImageText.RootFileSystem_diskTooSmall, neededMb, layout.rootMb(), neededMb + layout.overheadMb()));
			this.neededMb = neededMb;
		}

		public long neededMb() {
			return neededMb;
		}
	}
}
