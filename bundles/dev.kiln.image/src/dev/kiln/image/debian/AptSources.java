package dev.kiln.image.debian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.kiln.image.debian.DebianArchiveException.Reason;
import dev.kiln.image.internal.ImageText;

/**
 * The package sources apt is configured with: {@code sources.list} and {@code sources.list.d/*.list}
 * in the one-line format, {@code sources.list.d/*.sources} in the deb822 format, in the order apt
 * reads them. Kiln takes its default Debian mirror from here, so it uses the mirror the machine uses.
 */
public final class AptSources {

	/**
	 * One source: a one-line entry or a deb822 paragraph.
	 *
	 * @param types      "deb" and/or "deb-src"
	 * @param uris       the archive base URIs
	 * @param suites     the suites, e.g. bookworm, bookworm-updates
	 * @param components the components, e.g. main
	 * @param location   file and line, for messages
	 */
	public record Entry(List<String> types, List<URI> uris, List<String> suites, List<String> components,
			String location) {

		/** Copies the lists. */
		public Entry {
			types = List.copyOf(types);
			uris = List.copyOf(uris);
			suites = List.copyOf(suites);
			components = List.copyOf(components);
		}
	}

	private static final Path SYSTEM_APT = Path.of("/etc/apt"); //$NON-NLS-1$
	private static final Path SYSTEM_OS_RELEASE = Path.of("/etc/os-release"); //$NON-NLS-1$

	private final List<Entry> entries;
	private final List<Path> files;
	private final String release;

	private AptSources(List<Entry> entries, List<Path> files, String release) {
		this.entries = List.copyOf(entries);
		this.files = List.copyOf(files);
		this.release = release;
	}

	/** @return the machine's sources, from {@code /etc/apt}, and its release from {@code /etc/os-release} */
	public static AptSources ofSystem() throws DebianArchiveException {
		return read(SYSTEM_APT, releaseCodename(SYSTEM_OS_RELEASE).orElse("")); //$NON-NLS-1$
	}

	/** @return the Debian archive mirror of the machine's apt sources, see {@link #debianMirror()} */
	public static URI systemMirror() throws DebianArchiveException {
		return ofSystem().debianMirror();
	}

	/**
	 * @param aptDirectory a folder laid out like {@code /etc/apt}
	 * @param release      the machine's release codename, e.g. "bookworm"; empty when unknown
	 * @throws DebianArchiveException when a sources file cannot be read or has a malformed entry
	 */
	public static AptSources read(Path aptDirectory, String release) throws DebianArchiveException {
		List<Path> files = new ArrayList<>();
		Path list = aptDirectory.resolve("sources.list"); //$NON-NLS-1$
		if (Files.isRegularFile(list)) {
			files.add(list);
		}
		Path parts = aptDirectory.resolve("sources.list.d"); //$NON-NLS-1$
		if (Files.isDirectory(parts)) {
			// apt reads the parts in alphabetical order and ignores other names (*.disabled, *.save)
			TreeSet<Path> sorted = new TreeSet<>();
			try (DirectoryStream<Path> stream = Files.newDirectoryStream(parts, "*.{list,sources}")) { //$NON-NLS-1$
				stream.forEach(sorted::add);
			} catch (IOException e) {
				throw unreadable(parts, e);
			}
			files.addAll(sorted);
		}
		List<Entry> entries = new ArrayList<>();
		for (Path file : files) {
			String text;
			try {
				text = Files.readString(file);
			} catch (IOException e) {
				throw unreadable(file, e);
			}
			entries.addAll(file.toString().endsWith(".sources") ? deb822(text, file) : oneLine(text, file)); //$NON-NLS-1$
		}
		return new AptSources(entries, files, release);
	}

	/** @return the {@code VERSION_CODENAME} of an os-release file, if it has one */
	public static Optional<String> releaseCodename(Path osRelease) {
		try {
			return Files.readAllLines(osRelease).stream().filter(line -> line.startsWith("VERSION_CODENAME=")) //$NON-NLS-1$
					.map(line -> line.substring("VERSION_CODENAME=".length()).replace("\"", "").strip()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.filter(codename -> !codename.isEmpty()).findFirst();
		} catch (IOException e) {
			return Optional.empty();
		}
	}

	/** @return the enabled entries, in the order apt reads them */
	public List<Entry> entries() {
		return entries;
	}

	/**
	 * The Debian main archive: among the binary ("deb") entries over HTTP(S) with the component
	 * "main" that are not a security archive, those whose URI path ends in {@code /debian} or whose
	 * suites include the machine's release; an entry with both beats one with either, then the
	 * first in apt's order wins.
	 *
	 * @throws DebianArchiveException naming the files read when no entry qualifies
	 */
	public URI debianMirror() throws DebianArchiveException {
		URI best = null;
		int bestScore = 0;
		for (Entry entry : entries) {
			if (!entry.types().contains("deb") || !entry.components().contains("main")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			boolean releaseSuite = !release.isEmpty() && entry.suites().contains(release);
			for (URI uri : entry.uris()) {
				String path = Optional.ofNullable(uri.getPath()).orElse("").replaceAll("/+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()); //$NON-NLS-1$ //$NON-NLS-2$
				int score = (path.endsWith("/debian") ? 1 : 0) + (releaseSuite ? 1 : 0); //$NON-NLS-1$
				if (http && !path.endsWith("-security") && score > bestScore) { //$NON-NLS-1$
					best = URI.create(uri.toString().replaceAll("/*$", "/")); //$NON-NLS-1$ //$NON-NLS-2$
					bestScore = score;
				}
			}
		}
		if (best != null) {
			return best;
		}
		String read = files.isEmpty() ? ImageText.AptSources_noSourcesFile
				: files.stream().map(Path::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
		throw new DebianArchiveException(Reason.NO_SOURCES,
				ImageText.bind(ImageText.AptSources_noMirror, read, release.isEmpty() ? "?" : release)); //$NON-NLS-1$
	}

	/**
	 * The Debian security archive for a release: the binary ("deb") entry over HTTP(S) with the component
	 * "main" whose suites include {@code <codename>-security}, else the first one whose suites name any
	 * release's security pocket (one archive serves every release's pocket: a bookworm machine's sources
	 * give trixie's too).
	 *
	 * @param codename the release, e.g. trixie
	 * @throws DebianArchiveException naming the files read when no entry qualifies
	 */
	public URI securityMirror(String codename) throws DebianArchiveException {
		URI any = null;
		for (Entry entry : entries) {
			if (!entry.types().contains("deb") || !entry.components().contains("main")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			boolean exact = entry.suites().contains(codename + "-security"); //$NON-NLS-1$
			boolean security = entry.suites().stream().anyMatch(suite -> suite.endsWith("-security") || suite.endsWith("/updates")); //$NON-NLS-1$ //$NON-NLS-2$
			for (URI uri : entry.uris()) {
				boolean http = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme()); //$NON-NLS-1$ //$NON-NLS-2$
				URI base = URI.create(uri.toString().replaceAll("/*$", "/")); //$NON-NLS-1$ //$NON-NLS-2$
				if (http && exact) {
					return base;
				}
				if (http && security && any == null) {
					any = base;
				}
			}
		}
		if (any != null) {
			return any;
		}
		String read = files.isEmpty() ? ImageText.AptSources_noSourcesFile
				: files.stream().map(Path::toString).collect(Collectors.joining(", ")); //$NON-NLS-1$
		throw new DebianArchiveException(Reason.NO_SOURCES, ImageText.bind(ImageText.AptSources_noSecurityArchive, read, codename));
	}

	/** {@code deb [ option=value ... ] uri suite [component...]}; '#' starts a comment. */
	private static List<Entry> oneLine(String text, Path file) throws DebianArchiveException {
		List<Entry> entries = new ArrayList<>();
		String[] lines = text.split("\n", -1); //$NON-NLS-1$
		for (int number = 1; number <= lines.length; number++) {
			String line = lines[number - 1];
			int hash = line.indexOf('#');
			line = (hash >= 0 ? line.substring(0, hash) : line).strip();
			if (line.isEmpty()) {
				continue;
			}
			String location = file + ":" + number; //$NON-NLS-1$
			String[] words = line.split("\\s+"); //$NON-NLS-1$
			int next = 1;
			if (words.length > 1 && words[1].startsWith("[")) { //$NON-NLS-1$
				// options may be written "[arch=amd64]" or "[ arch=amd64 ]": skip to the closing bracket
				while (next < words.length && !words[next].endsWith("]")) { //$NON-NLS-1$
					next++;
				}
				next++;
			}
			if (words.length < next + 2) {
				throw malformed(location, ImageText.bind(ImageText.AptSources_notOneLineStyle, line));
			}
			entries.add(new Entry(List.of(words[0]), List.of(uri(words[next], location)), List.of(words[next + 1]),
					Arrays.asList(words).subList(next + 2, words.length), location));
		}
		return entries;
	}

	private static List<Entry> deb822(String text, Path file) throws DebianArchiveException {
		List<Entry> entries = new ArrayList<>();
		ControlParagraphReader reader = new ControlParagraphReader(new BufferedReader(new StringReader(text)), null, true);
		try {
			Map<String, String> fields;
			while ((fields = reader.next()) != null) {
				String location = file + ":" + reader.paragraphLine(); //$NON-NLS-1$
				if ("no".equalsIgnoreCase(fields.getOrDefault("Enabled", "yes").strip())) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					continue;
				}
				List<String> types = words(fields.get("Types")); //$NON-NLS-1$
				List<String> uriTexts = words(fields.get("URIs")); //$NON-NLS-1$
				List<String> suites = words(fields.get("Suites")); //$NON-NLS-1$
				if (types.isEmpty() || uriTexts.isEmpty() || suites.isEmpty()) {
					throw malformed(location, ImageText.AptSources_incompleteSource);
				}
				List<URI> uris = new ArrayList<>();
				for (String uri : uriTexts) {
					uris.add(uri(uri, location));
				}
				entries.add(new Entry(types, uris, suites, words(fields.get("Components")), location)); //$NON-NLS-1$
			}
		} catch (ControlParagraphReader.SyntaxException e) {
			throw malformed(file + ":" + e.line, e.getMessage()); //$NON-NLS-1$
		} catch (IOException e) {
			throw unreadable(file, e); // a StringReader does not fail
		}
		return entries;
	}

	private static List<String> words(String field) {
		return field == null || field.isBlank() ? List.of() : List.of(field.strip().split("\\s+")); //$NON-NLS-1$
	}

	private static URI uri(String text, String location) throws DebianArchiveException {
		try {
			return new URI(text);
		} catch (URISyntaxException e) {
			throw malformed(location, ImageText.bind(ImageText.AptSources_notUri, text));
		}
	}

	private static DebianArchiveException malformed(String location, String detail) {
		return new DebianArchiveException(Reason.NO_SOURCES, ImageText.bind(ImageText.AptSources_malformed, location, detail));
	}

	private static DebianArchiveException unreadable(Path file, IOException e) {
		return new DebianArchiveException(Reason.NO_SOURCES,
				ImageText.bind(ImageText.AptSources_unreadable, file, CauseDescription.of(e)), e);
	}
}
