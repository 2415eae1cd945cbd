package dev.kiln.testsupport.debian;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * One entry of a Debian changelog (Debian Policy 4.4), as {@code dpkg-parsechangelog} reads it:
 *
 * <pre>
 * busybox (1:1.37.0-6+deb13u1) trixie-security; urgency=high
 *
 *   * CVE-2023-42363: use-after-free in awk
 *
 *  -- Kiln Tests &lt;tests@kiln.invalid&gt;  Mon, 01 Dec 2025 12:00:00 +0000
 * </pre>
 *
 * @param source       the source package
 * @param version      the version it gives the package
 * @param distribution the suite it was uploaded to, e.g. {@code trixie-security}
 * @param urgency      low, medium, high, emergency or critical
 * @param changes      one bullet each
 * @param maintainer   {@code Name <mail>}
 * @param date         when it was made; also the package's SOURCE_DATE_EPOCH
 */
public record ChangelogEntry(String source, String version, String distribution, String urgency, List<String> changes,
		String maintainer, Instant date) {

	/** Who signs the entries the tests make. */
	public static final String TEST_MAINTAINER = "Kiln Tests <tests@kiln.invalid>";

	/** "Mon, 01 Dec 2025 12:00:00 +0000", the date form of Debian Policy 4.4 (RFC 5322). */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

	public ChangelogEntry {
		if (changes.isEmpty()) {
			throw new IllegalArgumentException("a changelog entry lists at least one change");
		}
		changes = List.copyOf(changes);
	}

	/** A security upload with urgency high, by {@link #TEST_MAINTAINER}; {@code changes} name the CVEs it fixes. */
	public static ChangelogEntry securityUpload(String source, String version, String distribution, Instant date,
			String... changes) {
		return new ChangelogEntry(source, version, distribution, "high", List.of(changes), TEST_MAINTAINER, date);
	}

	/** The entry as it heads changelog.Debian, with the blank line that separates it from the next one. */
	public String text() {
		StringBuilder text = new StringBuilder();
		text.append(source).append(" (").append(version).append(") ").append(distribution).append("; urgency=").append(urgency)
				.append("\n\n");
		changes.forEach(change -> text.append("  * ").append(change).append('\n'));
		text.append("\n -- ").append(maintainer).append("  ").append(DATE.format(date.atOffset(ZoneOffset.UTC))).append("\n\n");
		return text.toString();
	}
}
