package dev.kiln.image.debian;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kiln.image.internal.ImageText;

/**
 * A Debian changelog ({@code debian/changelog}, installed as {@code /usr/share/doc/<package>/changelog.Debian.gz}),
 * read as Debian Policy 4.4 and deb-changelog(5) describe it:
 *
 * <pre>
 * package (version) distribution(s); urgency=urgency[, key=value]
 *
 *   * change details
 *     more change details
 *
 *  -- maintainer name &lt;email address&gt;  date
 * </pre>
 *
 * Newest entry first. What follows the entries and is none (an "Old Changelog:" section, editor settings) ends
 * the changelog, as dpkg-parsechangelog treats it.
 */
public final class DebianChangelog {

	/** The urgencies of deb-changelog(5), least urgent first. */
	public static final List<String> URGENCIES = List.of("low", "medium", "high", "emergency", "critical"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** A CVE id as MITRE assigns them: year, then four or more digits. */
	public static final Pattern CVE = Pattern.compile("CVE-\\d{4}-\\d{4,}"); //$NON-NLS-1$

	/** CVE ids in the order of their year, then their number: CVE-2025-9230 before CVE-2025-11187. */
	public static final Comparator<String> CVE_ORDER = Comparator.comparingInt((String id) -> Integer.parseInt(id.substring(4, 8)))
			.thenComparingLong(id -> Long.parseLong(id.substring(9))).thenComparing(Comparator.naturalOrder());

	/** The longest {@link Entry#summary()}. */
	public static final int SUMMARY_LENGTH = 160;

	/** dpkg's header line (Dpkg::Changelog::Entry::Debian): name, (version), distributions; key=value... */
	private static final Pattern HEADER = Pattern
			.compile("^(\\w[-+0-9A-Za-z.]*) \\(([^() \\t]+)\\)((?:\\s+[-+0-9A-Za-z.]+)+);(.*)$"); //$NON-NLS-1$
	/** The trailer: " -- Name <mail>  date" (two spaces before the date, one tolerated). */
	private static final Pattern TRAILER = Pattern.compile("^ -- (.*<[^>]*>)\\s{1,2}(\\S.*)$"); //$NON-NLS-1$
	private static final Pattern URGENCY = Pattern.compile("(?i)(?:^|,)\\s*urgency\\s*=\\s*([a-z]+)"); //$NON-NLS-1$
	/** Items that say how the upload was made, not what it changes: a summary skips them. */
	private static final Pattern BOILERPLATE = Pattern.compile(
			"(?i)(?:binary-only )?non-maintainer upload\\b.*|team upload\\.?|no source changes\\.?"); //$NON-NLS-1$

	/**
	 * One entry: one upload of the source package.
	 *
	 * @param source        the source package's name
	 * @param version       the version the upload gave it
	 * @param distributions the suites it was uploaded to, e.g. [trixie-security]
	 * @param urgency       low, medium, high, emergency or critical, lower-case as written; empty when the header has none
	 * @param changes       the change lines as written, without trailing blanks and without the blank lines around them
	 * @param maintainer    who made the upload, {@code Name <mail>}; empty when the entry has no trailer
	 * @param date          when, as written (RFC 5322); empty when the entry has no trailer
	 */
	public record Entry(String source, DebianVersion version, List<String> distributions, String urgency, List<String> changes,
			String maintainer, String date) {

		/** Copies the lists. */
		public Entry {
			distributions = List.copyOf(distributions);
			changes = List.copyOf(changes);
		}

		/** @return the CVE ids the change lines name, in {@link DebianChangelog#CVE_ORDER} */
		public SortedSet<String> cves() {
			return DebianChangelog.cves(changes);
		}

		/**
		 * @return the changes item by item: each bullet ({@code *}) and each sub-bullet ({@code -}, {@code +}) with its
		 *         continuation lines joined into one line; the {@code [ Name ]} lines of a team upload are left out
		 */
		public List<String> items() {
			List<String> items = new ArrayList<>();
			StringBuilder item = null;
			for (String line : changes) {
				String text = line.strip();
				boolean bullet = text.length() > 1 && "*-+".indexOf(text.charAt(0)) >= 0 && Character.isWhitespace(text.charAt(1)); //$NON-NLS-1$
				if (bullet || text.isEmpty() || (text.startsWith("[") && text.endsWith("]"))) { //$NON-NLS-1$ //$NON-NLS-2$
					if (item != null) {
						items.add(item.toString());
					}
					item = bullet ? new StringBuilder(text.substring(2).strip()) : null;
				} else if (item != null) {
					item.append(' ').append(text);
				} else {
					item = new StringBuilder(text);
				}
			}
			if (item != null) {
				items.add(item.toString());
			}
			return items;
		}

		/**
		 * @return one line on what the upload changes, at most {@value DebianChangelog#SUMMARY_LENGTH} characters: its
		 *         first item that names a CVE, else its first item that says more than "Non-maintainer upload" or "Team
		 *         upload", else its first item; empty when it has none
		 */
		public String summary() {
			List<String> items = items();
			String summary = items.stream().filter(item -> CVE.matcher(item).find()).findFirst()
					.or(() -> items.stream().filter(item -> !BOILERPLATE.matcher(item).matches()).findFirst())
					.orElse(items.isEmpty() ? "" : items.get(0)); //$NON-NLS-1$
			return summary.length() <= SUMMARY_LENGTH ? summary : summary.substring(0, SUMMARY_LENGTH - 3) + "..."; //$NON-NLS-1$
		}
	}

	private final List<Entry> entries;

	private DebianChangelog(List<Entry> entries) {
		this.entries = List.copyOf(entries);
	}

	/**
	 * @param text a changelog, decompressed
	 * @return its entries
	 * @throws IllegalArgumentException naming the line when the first line that is not blank is no entry header, or a
	 *                                  version is malformed
	 */
	public static DebianChangelog parse(String text) {
		return parse(text, null);
	}

	/**
	 * The entries above a version, as {@code dpkg-parsechangelog --since} reads them: up to the first entry of that
	 * version or a lower one, which ends the reading. An audit reads no more of a long changelog (the kernel's has 4 MB)
	 * than the entries it reports.
	 *
	 * @param text  a changelog, decompressed
	 * @param since the version whose entry ends the reading; {@code null} reads every entry
	 * @return the entries read; none when the first one is not above {@code since}
	 * @throws IllegalArgumentException as {@link #parse(String)} does
	 */
	public static DebianChangelog parse(String text, DebianVersion since) {
		int[] position = { 0 };
		try {
			return parse(() -> {
				if (position[0] > text.length()) {
					return null;
				}
				int end = text.indexOf('\n', position[0]);
				String line = text.substring(position[0], end < 0 ? text.length() : end);
				position[0] = end < 0 ? text.length() + 1 : end + 1;
				return line;
			}, since);
		} catch (IOException e) {
			throw new UncheckedIOException(e); // a string does not fail to be read
		}
	}

	/**
	 * As {@link #parse(String, DebianVersion)}, reading lines only until the entries wanted are read: a changelog of
	 * megabytes is neither decompressed nor decoded further.
	 *
	 * @throws IOException when the reader fails
	 */
	public static DebianChangelog parse(BufferedReader reader, DebianVersion since) throws IOException {
		return parse(reader::readLine, since);
	}

	/** The lines of a changelog, one at a time; {@code null} at its end. */
	private interface Lines {
		String next() throws IOException;
	}

	private static DebianChangelog parse(Lines lines, DebianVersion since) throws IOException {
		List<Entry> entries = new ArrayList<>();
		Matcher header = null;
		DebianVersion version = null;
		List<String> changes = new ArrayList<>();
		int number = 0;
		String read;
		while ((read = lines.next()) != null) {
			String line = read.stripTrailing();
			number++;
			Matcher nextHeader = line.isEmpty() || Character.isWhitespace(line.charAt(0)) ? null : HEADER.matcher(line);
			if (nextHeader != null && nextHeader.matches()) {
				if (header != null) {
					entries.add(entry(header, version, changes, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
				}
				header = nextHeader;
				version = version(header, number);
				if (since != null && version.compareTo(since) <= 0) {
					return new DebianChangelog(entries);
				}
				changes = new ArrayList<>();
				continue;
			}
			if (header != null) {
				Matcher trailer = line.startsWith(" -- ") ? TRAILER.matcher(line) : null; //$NON-NLS-1$
				if (trailer != null && trailer.matches()) {
					entries.add(entry(header, version, changes, trailer.group(1).strip(), trailer.group(2).strip()));
					header = null;
				} else if (!line.isEmpty() || !changes.isEmpty()) {
					changes.add(line);
				}
				continue;
			}
			if (line.isBlank()) {
				continue;
			}
			if (entries.isEmpty()) {
				throw new IllegalArgumentException(ImageText.bind(ImageText.DebianChangelog_noHeader, number, abbreviated(line)));
			}
			break; // "Old Changelog:", "Local variables:": not entries any more
		}
		if (header != null) {
			entries.add(entry(header, version, changes, "", "")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (entries.isEmpty() && since == null) {
			throw new IllegalArgumentException(ImageText.DebianChangelog_empty);
		}
		return new DebianChangelog(entries);
	}

	private static DebianVersion version(Matcher header, int line) {
		try {
			return DebianVersion.parse(header.group(2));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.DebianChangelog_badVersion, line, e.getMessage()), e);
		}
	}

	private static Entry entry(Matcher header, DebianVersion version, List<String> changes, String maintainer, String date) {
		while (!changes.isEmpty() && changes.get(changes.size() - 1).isEmpty()) {
			changes.remove(changes.size() - 1);
		}
		Matcher urgency = URGENCY.matcher(header.group(4));
		return new Entry(header.group(1), version, List.of(header.group(3).strip().split("\\s+")), //$NON-NLS-1$
				urgency.find() ? urgency.group(1).toLowerCase(Locale.ROOT) : "", changes, maintainer, date); //$NON-NLS-1$
	}

	private static String abbreviated(String line) {
		return line.length() > 80 ? line.substring(0, 80) + "..." : line; //$NON-NLS-1$
	}

	/** @return the entries, newest first as written */
	public List<Entry> entries() {
		return entries;
	}

	/**
	 * The entries a newer package brings over the one shipped: those of a version above {@code shipped}, in the
	 * changelog's order. By version rather than by position, because a changelog merged from two branches (unstable and
	 * a stable-security upload) is not in version order; and with no upper bound, because a security upload
	 * ({@code 1.34.9-1~deb13u1}) brings the unstable upload it backports ({@code 1.34.9-1}).
	 */
	public List<Entry> newerThan(DebianVersion shipped) {
		return entries.stream().filter(entry -> entry.version().compareTo(shipped) > 0).toList();
	}

	/** @return the CVE ids named in the lines, unique, in {@link #CVE_ORDER} */
	public static SortedSet<String> cves(Collection<String> lines) {
		SortedSet<String> ids = new TreeSet<>(CVE_ORDER);
		for (String line : lines) {
			Matcher cve = CVE.matcher(line);
			while (cve.find()) {
				ids.add(cve.group());
			}
		}
		return ids;
	}

	/**
	 * @return the most urgent of the entries' urgencies in the order of {@link #URGENCIES}; empty when none of them
	 *         has one of those
	 */
	public static String highestUrgency(Collection<Entry> entries) {
		int highest = -1;
		for (Entry entry : entries) {
			highest = Math.max(highest, URGENCIES.indexOf(entry.urgency()));
		}
		return highest < 0 ? "" : URGENCIES.get(highest); //$NON-NLS-1$
	}
}
