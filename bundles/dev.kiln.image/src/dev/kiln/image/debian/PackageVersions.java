package dev.kiln.image.debian;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The packages of a verified Packages index reduced to what an audit of installed packages needs: name, version,
 * architecture, source package and pool file (path, size, SHA-256). Kept on disk beside the index as a
 * tab-separated table headed by the SHA-256 the signed Release lists for the index, so a later audit reads a fifth
 * of the bytes and skips the parsing of every stanza; a table whose index the Release no longer lists is made again.
 * Immutable.
 */
public final class PackageVersions {

	private static final String MAGIC = "kiln-package-versions 1"; //$NON-NLS-1$
	private static final String END = "end "; //$NON-NLS-1$
	private static final int NAME = 0;
	private static final int VERSION = 1;
	private static final int ARCHITECTURE = 2;
	private static final int SOURCE = 3;
	private static final int SIZE = 4;
	private static final int SHA256 = 5;
	private static final int FILENAME = 6;

	private final Release release;
	private final String suite;
	private final Map<String, String> lines;

	private PackageVersions(Release release, String suite, Map<String, String> lines) {
		this.release = release;
		this.suite = suite;
		this.lines = lines;
	}

	/** @return the signed Release the index was verified against */
	public Release release() {
		return release;
	}

	/** @return the suite as asked for, e.g. "trixie-security" */
	public String suite() {
		return suite;
	}

	/** @return the number of packages */
	public int size() {
		return lines.size();
	}

	/** @return the package of this name (its highest version where the index lists several) */
	public Optional<BinaryPackage> find(String name) {
		String line = lines.get(name);
		return line == null ? Optional.empty() : Optional.of(binary(line));
	}

	/** @return the packages built from this source, smallest .deb first */
	public List<BinaryPackage> ofSource(String source) {
		List<BinaryPackage> binaries = new ArrayList<>();
		for (String line : lines.values()) {
			if (source.equals(field(line, SOURCE))) {
				binaries.add(binary(line));
			}
		}
		binaries.sort(Comparator.comparingLong(BinaryPackage::size).thenComparing(BinaryPackage::name));
		return binaries;
	}

	/** The table of an index, to be written beside it. */
	static byte[] table(PackageIndex index, String indexSha256) {
		StringBuilder table = new StringBuilder(index.size() * 192);
		table.append(MAGIC).append(' ').append(indexSha256).append('\n');
		for (BinaryPackage binary : index.packages()) {
			table.append(binary.name()).append('\t').append(binary.version()).append('\t').append(binary.architecture()).append('\t')
					.append(binary.source()).append('\t').append(binary.size()).append('\t').append(binary.sha256()).append('\t')
					.append(binary.filename()).append('\n');
		}
		table.append(END).append(index.size()).append('\n');
		return table.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * @return the table in {@code file} when it was made of the index with this SHA-256 and is complete, else null
	 */
	static PackageVersions read(Path file, String indexSha256, Release release, String suite) throws IOException {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16)) {
			return parse(reader, indexSha256, release, suite);
		} catch (NoSuchFileException e) {
			return null;
		}
	}

	/** @return the table just made by {@link #table} */
	static PackageVersions of(byte[] table, String indexSha256, Release release, String suite) {
		try {
			return parse(new BufferedReader(new InputStreamReader(new ByteArrayInputStream(table), StandardCharsets.UTF_8)), indexSha256,
					release, suite);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // bytes in memory cannot fail to be read
		}
	}

	private static PackageVersions parse(BufferedReader reader, String indexSha256, Release release, String suite) throws IOException {
		if (!(MAGIC + ' ' + indexSha256).equals(reader.readLine())) {
			return null;
		}
		Map<String, String> lines = new HashMap<>(1 << 17);
		String line;
		while ((line = reader.readLine()) != null) {
			if (line.startsWith(END)) {
				return Integer.toString(lines.size()).equals(line.substring(END.length())) ? new PackageVersions(release, suite, lines) : null;
			}
			int tab = line.indexOf('\t');
			if (tab <= 0) {
				return null;
			}
			lines.put(line.substring(0, tab), line);
		}
		return null; // cut off
	}

	private static BinaryPackage binary(String line) {
		String[] fields = line.split("\t", -1); //$NON-NLS-1$
		return BinaryPackage.of(Map.of("Package", fields[NAME], "Version", fields[VERSION], "Architecture", fields[ARCHITECTURE], //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"Source", fields[SOURCE], "Size", fields[SIZE], "SHA256", fields[SHA256], "Filename", fields[FILENAME])); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static String field(String line, int index) {
		int start = 0;
		for (int i = 0; i < index; i++) {
			start = line.indexOf('\t', start) + 1;
		}
		int end = line.indexOf('\t', start);
		return line.substring(start, end < 0 ? line.length() : end);
	}

	/** @return e.g. {@code trixie-security (2,541 packages)} */
	@Override
	public String toString() {
		return suite + " (" + lines.size() + " packages)"; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
