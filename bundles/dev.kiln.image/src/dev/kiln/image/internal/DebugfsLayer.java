package dev.kiln.image.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The application layer as commands of e2fsprogs' {@code debugfs}, which writes it into a copy of the
 * base's root file system: the layer's deletions, then its entries in the tar's (sorted) order. Like
 * {@code tar -x} over the base: a directory that exists keeps its contents and takes the layer's mode and
 * owner (a symbolic link to a directory stays one), a file or link that exists is replaced. The same
 * base image and layer always give the same commands, and so the same bytes; the blocks of the base that
 * the layer does not touch stay where they are.
 */
final class DebugfsLayer {

	private static final int S_IFDIR = 0040000;
	private static final int S_IFREG = 0100000;
	private static final int PERMISSIONS = 07777;

	private final List<String> commands = new ArrayList<>();
	private final Set<String> existing;
	private final Set<String> symlinks;
	private final Path staging;
	private int staged;

	private DebugfsLayer(BaseLayerIndex base, Set<String> added, Path staging) {
		this.existing = new HashSet<>(base.paths());
		existing.addAll(added);
		this.symlinks = new HashSet<>();
		for (String path : base.paths()) {
			if (base.symlink(path) != null) {
				symlinks.add(path);
			}
		}
		this.staging = staging;
	}

	/**
	 * Writes the commands that apply {@code layer} over {@code base} to {@code commands}; {@code added} are
	 * the directories the base's file system has beyond the base tarball's. The files' contents are staged in
	 * {@code staging}, which must stay until debugfs ran.
	 */
	static void write(ApplicationLayer.Result layer, BaseLayerIndex base, Set<String> added, Path staging, Path commands) throws IOException {
		DebugfsLayer writer = new DebugfsLayer(base, added, Files.createDirectories(staging));
		for (String path : layer.deletions()) {
			writer.delete(path);
		}
		try (InputStream in = new BufferedInputStream(Files.newInputStream(layer.tar()), 1 << 16);
				TarArchiveInputStream tar = new TarArchiveInputStream(in, StandardCharsets.UTF_8.name())) {
			for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
				String path = path(entry.getName());
				if (path.equals("/")) { //$NON-NLS-1$
					writer.owner(path, S_IFDIR | entry.getMode() & PERMISSIONS, entry.getLongUserId(), entry.getLongGroupId());
				} else if (entry.isDirectory()) {
					writer.directory(path, entry);
				} else if (entry.isSymbolicLink()) {
					writer.symlink(path, entry.getLinkName());
				} else if (entry.isFile()) {
					writer.file(path, entry, tar);
				} else {
					throw new IOException("the application layer holds " + entry.getName() + ", neither a file, a directory nor a link"); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		Files.write(commands, writer.commands, StandardCharsets.UTF_8);
	}

	/** {@code ./etc/x/} → {@code /etc/x}. */
	private static String path(String name) {
		String path = name.startsWith(".") ? name.substring(1) : name; //$NON-NLS-1$
		if (path.length() > 1 && path.endsWith("/")) { //$NON-NLS-1$
			path = path.substring(0, path.length() - 1);
		}
		return path.isEmpty() ? "/" : path; //$NON-NLS-1$
	}

	private void delete(String path) {
		if (existing.remove(path)) {
			commands.add("rm " + quote(path)); //$NON-NLS-1$
			symlinks.remove(path);
		}
	}

	private void directory(String path, TarArchiveEntry entry) {
		if (symlinks.contains(path)) {
			return; // tar -x --keep-directory-symlink: the layer's files go where the link leads
		}
		if (!existing.contains(path)) {
			inParent(path, "mkdir"); //$NON-NLS-1$
			existing.add(path);
		}
		owner(path, S_IFDIR | entry.getMode() & PERMISSIONS, entry.getLongUserId(), entry.getLongGroupId());
	}

	private void file(String path, TarArchiveEntry entry, InputStream content) throws IOException {
		Path source = staging.resolve(Integer.toString(staged++));
		Files.copy(content, source);
		delete(path);
		commands.add("cd " + quote(parent(path))); //$NON-NLS-1$
		commands.add("write " + quote(source.toString()) + " " + quote(name(path))); //$NON-NLS-1$ //$NON-NLS-2$
		existing.add(path);
		owner(path, S_IFREG | entry.getMode() & PERMISSIONS, entry.getLongUserId(), entry.getLongGroupId());
	}

	private void symlink(String path, String target) {
		delete(path);
		commands.add("cd " + quote(parent(path))); //$NON-NLS-1$
		commands.add("symlink " + quote(name(path)) + " " + quote(target)); //$NON-NLS-1$ //$NON-NLS-2$
		existing.add(path);
		symlinks.add(path);
	}

	/** Runs {@code command} on the last part of {@code path} in its parent directory (debugfs takes no absolute paths there). */
	private void inParent(String path, String command) {
		commands.add("cd " + quote(parent(path))); //$NON-NLS-1$
		commands.add(command + " " + quote(name(path))); //$NON-NLS-1$
	}

	private void owner(String path, int mode, long uid, long gid) {
		commands.add("sif " + quote(path) + " mode 0" + Integer.toOctalString(mode)); //$NON-NLS-1$ //$NON-NLS-2$
		commands.add("sif " + quote(path) + " uid " + uid); //$NON-NLS-1$ //$NON-NLS-2$
		commands.add("sif " + quote(path) + " gid " + gid); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String parent(String path) {
		int slash = path.lastIndexOf('/');
		return slash <= 0 ? "/" : path.substring(0, slash); //$NON-NLS-1$
	}

	private static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** debugfs's parser takes a double-quoted argument as one; a path with a quote or a line break cannot be said. */
	private static String quote(String argument) {
		if (argument.indexOf('"') >= 0 || argument.indexOf('\n') >= 0 || argument.indexOf('\r') >= 0) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.DebugfsLayer_badPath, argument));
		}
		return '"' + argument + '"';
	}
}
