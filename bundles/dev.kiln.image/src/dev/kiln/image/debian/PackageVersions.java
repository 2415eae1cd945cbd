package dev.kiln.image.debian;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packages of a verified Packages index reduced to what an audit of installed packages needs: name, version,
 * architecture, source package and pool file (path, size, SHA-256). Kept on disk beside the index as a
 * tab-separated table sorted by name, headed by the SHA-256 the signed Release lists for the index: a later audit
 * reads a fifth of the bytes, parses no stanza, and finds each name by binary search in the table's bytes; a table
 * whose index the Release no longer lists is made again. Immutable.
 */
public final class PackageVersions {

	/** {@code kiln-package-versions 1 <index SHA-256>}, then one line per package, then {@code end <count>}. */
	private static final String MAGIC = "kiln-package-versions 2 "; //$NON-NLS-1$
	private static final String END = "end "; //$NON-NLS-1$
	private static final int NAME = 0;
	private static final int VERSION = 1;
	private static final int ARCHITECTURE = 2;
	private static final int SOURCE = 3;
	private static final int SIZE = 4;
	private static final int SHA256 = 5;
	private static final int FILENAME = 6;

	private final Release release;
	private final PocketState state;
	private final byte[] table;
	/** The first byte of the first package's line, and the first byte after the last one's. */
	private final int start;
	private final int end;
	private final int size;

	private PackageVersions(Release release, PocketState state, byte[] table, int start, int end, int size) {
		this.release = release;
		this.state = state;
		this.table = table;
		this.start = start;
		this.end = end;
		this.size = size;
	}

	/** @return the signed Release the index was verified against */
	public Release release() {
		return release;
	}

	/** @return the suite as asked for, e.g. "trixie-security" */
	public String suite() {
		return state.suite();
	}

	/** @return the state of the suite the index belongs to: its Release's date and the SHA-256 of its InRelease */
	public PocketState state() {
		return state;
	}

	/** @return the number of packages */
	public int size() {
		return size;
	}

	/** @return the package of this name (its highest version where the index lists several) */
	public Optional<BinaryPackage> find(String name) {
		byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
		int low = start;
		int high = end;
		// both ends are line starts; the line around the middle is compared, and half the lines are left
		while (low < high) {
			int line = lineStart(low + (high - low) / 2, low);
			int order = compareName(line, wanted);
			if (order == 0) {
				return Optional.of(binary(line(line)));
			}
			if (order < 0) {
				low = lineEnd(line) + 1;
			} else {
				high = line;
			}
		}
		return Optional.empty();
	}

	/** @return the packages built from this source, smallest .deb first */
	public List<BinaryPackage> ofSource(String source) {
		List<BinaryPackage> binaries = new ArrayList<>();
		for (int line = start; line < end; line = lineEnd(line) + 1) {
			String text = line(line);
			if (source.equals(field(text, SOURCE))) {
				binaries.add(binary(text));
			}
		}
		binaries.sort(Comparator.comparingLong(BinaryPackage::size).thenComparing(BinaryPackage::name));
		return binaries;
	}

	/** The table of an index, to be written beside it. */
	static byte[] table(PackageIndex index, String indexSha256) {
		StringBuilder table = new StringBuilder(index.size() * 192);
		table.append(MAGIC).append(indexSha256).append('\n');
		index.packages().stream().sorted(Comparator.comparing(BinaryPackage::name)).forEach(binary -> table.append(binary.name()).append('\t')
				.append(binary.version()).append('\t').append(binary.architecture()).append('\t').append(binary.source()).append('\t')
				.append(binary.size()).append('\t').append(binary.sha256()).append('\t').append(binary.filename()).append('\n'));
		table.append(END).append(index.size()).append('\n');
		return table.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * @return the table in {@code file} when it was made of the index with this SHA-256 and is complete, else null
	 */
	static PackageVersions read(Path file, String indexSha256, Release release, PocketState state) throws IOException {
		try {
			return of(Files.readAllBytes(file), indexSha256, release, state);
		} catch (NoSuchFileException e) {
			return null;
		}
	}

	/** @return the table when it was made of the index with this SHA-256 and is complete, else null */
	static PackageVersions of(byte[] table, String indexSha256, Release release, PocketState state) {
		byte[] header = (MAGIC + indexSha256 + "\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
		if (table.length < header.length || !Arrays.equals(table, 0, header.length, header, 0, header.length)
				|| table[table.length - 1] != '\n') {
			return null;
		}
		int last = table.length - 1;
		while (last > header.length && table[last - 1] != '\n') {
			last--;
		}
		String trailer = new String(table, last, table.length - 1 - last, StandardCharsets.UTF_8);
		if (!trailer.startsWith(END)) {
			return null; // cut off
		}
		try {
			return new PackageVersions(release, state, table, header.length, last, Integer.parseInt(trailer.substring(END.length())));
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** @return the start of the line holding byte {@code at}, not before {@code floor} */
	private int lineStart(int at, int floor) {
		int line = at;
		while (line > floor && table[line - 1] != '\n') {
			line--;
		}
		return line;
	}

	/** @return the position of the line break ending the line that starts at {@code line} */
	private int lineEnd(int line) {
		int at = line;
		while (table[at] != '\n') {
			at++;
		}
		return at;
	}

	/** Compares the name field of the line with the wanted name, byte by byte (names are ASCII, the table sorted so). */
	private int compareName(int line, byte[] wanted) {
		int i = 0;
		while (true) {
			byte b = table[line + i];
			boolean nameEnded = b == '\t' || b == '\n';
			if (i == wanted.length) {
				return nameEnded ? 0 : 1;
			}
			if (nameEnded) {
				return -1;
			}
			int order = Integer.compare(b & 0xff, wanted[i] & 0xff);
			if (order != 0) {
				return order;
			}
			i++;
		}
	}

	private String line(int line) {
		return new String(table, line, lineEnd(line) - line, StandardCharsets.UTF_8);
	}

	private static BinaryPackage binary(String line) {
		String[] fields = line.split("\t", -1); //$NON-NLS-1$
		return BinaryPackage.of(Map.of("Package", fields[NAME], "Version", fields[VERSION], "Architecture", fields[ARCHITECTURE], //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"Source", fields[SOURCE], "Size", fields[SIZE], "SHA256", fields[SHA256], "Filename", fields[FILENAME])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String field(String line, int index) {
		int from = 0;
		for (int i = 0; i < index; i++) {
			from = line.indexOf('\t', from) + 1;
		}
		int to = line.indexOf('\t', from);
		return line.substring(from, to < 0 ? line.length() : to);
	}

	/** @return e.g. {@code trixie-security (2541 packages)} */
	@Override
	public String toString() {
		return state.suite() + " (" + size + " packages)"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
