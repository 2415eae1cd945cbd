package dev.kiln.image.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * The entries of a file-system layer, kept sorted by path and written as a tar stream with numeric
 * owners and one fixed time stamp, so that the same layer always gives the same bytes.
 */
final class LayerTar {

	/** One entry: a directory, a file (from bytes or from a source file) or a symbolic link. */
	private record Entry(char kind, int uid, int gid, int mode, byte[] content, Path source, String linkTarget) {
	}

	private final Map<String, Entry> entries = new TreeMap<>();
	private final long mtimeSeconds;

	LayerTar(long mtimeSeconds) {
		this.mtimeSeconds = mtimeSeconds;
	}

	void directory(String path, int uid, int gid, int mode) {
		entries.put(path, new Entry('d', uid, gid, mode, null, null, null));
	}

	void file(String path, int uid, int gid, int mode, String text) {
		entries.put(path, new Entry('f', uid, gid, mode, text.getBytes(StandardCharsets.UTF_8), null, null));
	}

	void file(String path, int uid, int gid, int mode, Path source) {
		entries.put(path, new Entry('f', uid, gid, mode, null, source, null));
	}

	void symlink(String path, String target) {
		entries.put(path, new Entry('l', 0, 0, 0777, null, null, target));
	}

	boolean has(String path) {
		return entries.containsKey(path);
	}

	void write(Path tar) throws IOException {
		try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tar), 1 << 16);
				TarArchiveOutputStream out = new TarArchiveOutputStream(file, StandardCharsets.UTF_8.name())) {
			out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
			out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
			for (Map.Entry<String, Entry> e : entries.entrySet()) {
				Entry entry = e.getValue();
				String name = "." + e.getKey() + (entry.kind() == 'd' ? "/" : ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				TarArchiveEntry tarEntry = switch (entry.kind()) {
					case 'l' -> new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
					default -> new TarArchiveEntry(name);
				};
				if (entry.kind() == 'l') {
					tarEntry.setLinkName(entry.linkTarget());
				}
				tarEntry.setIds(entry.uid(), entry.gid());
				tarEntry.setUserName(""); //$NON-NLS-1$
				tarEntry.setGroupName(""); //$NON-NLS-1$
				tarEntry.setModTime(mtimeSeconds * 1000);
				int type = switch (entry.kind()) {
					case 'd' -> 0040000;
					case 'l' -> 0120000;
					default -> 0100000;
				};
				tarEntry.setMode(type | entry.mode());
				byte[] content = entry.content();
				if (entry.kind() == 'f') {
					tarEntry.setSize(content != null ? content.length : Files.size(entry.source()));
				}
				out.putArchiveEntry(tarEntry);
				if (content != null) {
					out.write(content);
				} else if (entry.source() != null) {
					Files.copy(entry.source(), out);
				}
				out.closeArchiveEntry();
			}
			out.finish();
		}
	}
}
