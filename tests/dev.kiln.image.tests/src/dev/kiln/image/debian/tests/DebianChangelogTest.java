package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

import dev.kiln.image.debian.DebianChangelog;
import dev.kiln.image.debian.DebianChangelog.Entry;
import dev.kiln.image.debian.DebianVersion;

/**
 * Reading Debian changelogs: real ones from trixie's packages under {@code data/changelogs/} (c-ares from
 * trixie-security, whose unstable and security entries interleave; busybox with its binary-only upload's changelog),
 * and the edges of the format.
 */
class DebianChangelogTest {

	@Test
	void everyEntryOfARealChangelogIsRead() throws IOException {
		DebianChangelog changelog = DebianChangelog.parse(changelog("c-ares_1.34.9-1~deb13u1.changelog.Debian.gz"));

		assertEquals(47, changelog.entries().size());
		Entry newest = changelog.entries().get(0);
		assertEquals("c-ares", newest.source());
		assertEquals(DebianVersion.parse("1.34.9-1~deb13u1"), newest.version());
		assertEquals(List.of("trixie-security"), newest.distributions());
		assertEquals("high", newest.urgency());
		assertEquals("Aron Xu <aron@debian.org>", newest.maintainer());
		assertEquals("Wed, 11 Nov 2026 13:51:11 +0800", newest.date());
		assertEquals("  * Non-maintainer upload by the Security Team.", newest.changes().get(0));
		assertEquals("  * Drop CVE-2025-62408 patch, included upstream.", newest.changes().get(newest.changes().size() - 1));
		assertEquals(DebianVersion.parse("1.15.0-1"), changelog.entries().get(46).version());
		assertEquals("low", changelog.entries().get(46).urgency());
	}

	@Test
	void theCveIdsOfAnEntryAreUniqueAndSorted() throws IOException {
		Entry newest = DebianChangelog.parse(changelog("c-ares_1.34.9-1~deb13u1.changelog.Debian.gz")).entries().get(0);

		assertEquals(List.of("CVE-2025-62408", "CVE-2026-33630", "CVE-2026-69184", "CVE-2026-69186"), List.copyOf(newest.cves()));
	}

	@Test
	void theEntriesANewerPackageBringsGoByVersionNotByPosition() throws IOException {
		DebianChangelog changelog = DebianChangelog.parse(changelog("c-ares_1.34.9-1~deb13u1.changelog.Debian.gz"));

		// 1.34.5-1+deb13u1 (the security upload trixie has) comes after 1.34.6-1 of unstable in the file
		List<String> newer = changelog.newerThan(DebianVersion.parse("1.34.5-1+deb13u1")).stream().map(e -> e.version().toString()).toList();

		assertEquals(List.of("1.34.9-1~deb13u1", "1.34.9-1", "1.34.8-1", "1.34.7-1", "1.34.6-1"), newer);
	}

	@Test
	void readingSinceAVersionStopsAtItsEntryAsDpkgParsechangelogDoes() throws IOException {
		String text = changelog("c-ares_1.34.9-1~deb13u1.changelog.Debian.gz");

		List<String> read = DebianChangelog.parse(text, DebianVersion.parse("1.34.5-1+deb13u1")).entries().stream().map(e -> e.version().toString())
				.toList();

		assertEquals(List.of("1.34.9-1~deb13u1", "1.34.9-1", "1.34.8-1", "1.34.7-1", "1.34.6-1"), read);
		assertEquals(List.of(), DebianChangelog.parse(text, DebianVersion.parse("1.35-1")).entries());
	}

	@Test
	void aSummaryIsTheFirstItemThatNamesACve() throws IOException {
		Entry newest = DebianChangelog.parse(changelog("c-ares_1.34.9-1~deb13u1.changelog.Debian.gz")).entries().get(0);

		assertEquals("CVE-2026-33630: Fix query-completion use-after-free and double-free.", newest.summary());
	}

	@Test
	void aBinaryOnlyUploadsChangelogComesFirstWithItsUrgency() throws IOException {
		String text = changelog("busybox_1.37.0-6+b9.changelog.Debian.amd64.gz") + "\n" + changelog("busybox_1.37.0-6+b9.changelog.Debian.gz");

		DebianChangelog changelog = DebianChangelog.parse(text);

		Entry binNmu = changelog.entries().get(0);
		assertEquals("1:1.37.0-6+b9", binNmu.version().toString());
		assertEquals("low", binNmu.urgency());
		assertEquals("Rebuild for outdated Built-Using (glibc/2.41-12+deb13u3)", binNmu.summary());
		assertEquals("1:1.37.0-6", changelog.entries().get(1).version().toString());
		assertEquals(List.of("CVE-2021-42380", "CVE-2023-42363"),
				List.copyOf(changelog.entries().stream().filter(e -> e.version().toString().equals("1:1.37.0-1")).findFirst().orElseThrow().cves()));
	}

	@Test
	void anEntryMayNameSeveralDistributionsAndAnyCaseOfUrgency() {
		DebianChangelog changelog = DebianChangelog.parse("""
				hello (2.10-3) unstable experimental; urgency=HIGH, binary-only=yes

				  * Fix a crash.

				 -- Jane Doe <jane@example.org>  Mon, 01 Dec 2025 12:00:00 +0000
				""");

		assertEquals(List.of("unstable", "experimental"), changelog.entries().get(0).distributions());
		assertEquals("high", changelog.entries().get(0).urgency());
	}

	@Test
	void anEntryWithoutTrailerEndsAtTheNextHeader() {
		DebianChangelog changelog = DebianChangelog.parse("""
				hello (2.10-3) unstable; urgency=medium

				  * Work in progress.

				hello (2.10-2) unstable; urgency=low

				  * Older.

				 -- Jane Doe <jane@example.org>  Mon, 01 Dec 2025 12:00:00 +0000
				""");

		assertEquals(2, changelog.entries().size());
		assertEquals("", changelog.entries().get(0).maintainer());
		assertEquals(List.of("  * Work in progress."), changelog.entries().get(0).changes());
		assertEquals("Jane Doe <jane@example.org>", changelog.entries().get(1).maintainer());
	}

	@Test
	void textAfterTheEntriesEndsTheChangelog() {
		DebianChangelog changelog = DebianChangelog.parse("""
				hello (2.10-3) unstable; urgency=medium

				  * Fix.

				 -- Jane Doe <jane@example.org>  Mon, 01 Dec 2025 12:00:00 +0000

				Old Changelog:

				hello (1.0) unstable; urgency=low
				""");

		assertEquals(1, changelog.entries().size());
	}

	@Test
	void textThatIsNoChangelogIsRefusedWithItsLine() {
		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
				() -> DebianChangelog.parse("\nThis is a README, not a changelog.\n"));

		assertTrue(failure.getMessage().startsWith("line 2 is not the header of a changelog entry"), failure.getMessage());
		assertThrows(IllegalArgumentException.class, () -> DebianChangelog.parse(""));
	}

	@Test
	void aMalformedVersionIsRefusedWithItsLine() {
		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class,
				() -> DebianChangelog.parse("hello (x:1.0) unstable; urgency=low\n"));

		assertTrue(failure.getMessage().startsWith("line 1: "), failure.getMessage());
	}

	@Test
	void aCveIdHasFourOrMoreDigitsAfterTheYear() {
		assertEquals(List.of("CVE-2024-12345", "CVE-2025-1234"),
				List.copyOf(DebianChangelog.cves(List.of("fixes CVE-2025-1234, CVE-2024-123 and CVE-2024-12345", "again CVE-2025-1234"))));
	}

	@Test
	void cveIdsSortByYearThenNumber() {
		assertEquals(List.of("CVE-2024-99999", "CVE-2025-9230", "CVE-2025-11187", "CVE-2026-2673"),
				List.copyOf(DebianChangelog.cves(List.of("CVE-2026-2673 CVE-2025-11187", "CVE-2025-9230 CVE-2024-99999"))));
	}

	@Test
	void aSummarySkipsHowTheUploadWasMadeAndIsOneShortLine() {
		Entry entry = DebianChangelog.parse("""
				hello (2.10-3+deb13u1) trixie; urgency=medium

				  * Non-maintainer upload.
				  * Avoid a crash when the greeting is longer than the terminal is wide; the line goes on for a long while so that the
				    summary has to be cut off at a reasonable length for a one-line report.

				 -- Jane Doe <jane@example.org>  Mon, 01 Dec 2025 12:00:00 +0000
				""").entries().get(0);

		assertTrue(entry.summary().startsWith("Avoid a crash when the greeting"), entry.summary());
		assertEquals(DebianChangelog.SUMMARY_LENGTH, entry.summary().length());
		assertTrue(entry.summary().endsWith("..."), entry.summary());
	}

	@Test
	void theHighestUrgencyFollowsDebiansOrder() {
		DebianChangelog changelog = DebianChangelog.parse("""
				hello (3) unstable; urgency=medium

				 -- Jane Doe <jane@example.org>  Mon, 01 Dec 2025 12:00:00 +0000

				hello (2) unstable; urgency=emergency

				 -- Jane Doe <jane@example.org>  Mon, 01 Dec 2025 12:00:00 +0000

				hello (1) unstable; urgency=high

				 -- Jane Doe <jane@example.org>  Mon, 01 Dec 2025 12:00:00 +0000
				""");

		assertEquals("emergency", DebianChangelog.highestUrgency(changelog.entries()));
		assertEquals("medium", DebianChangelog.highestUrgency(changelog.entries().subList(0, 1)));
		assertEquals("", DebianChangelog.highestUrgency(List.of()));
	}

	static String changelog(String name) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(data("changelogs", name)))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static Path data(String folder, String name) {
		return Path.of(System.getProperty("kiln.repository"), "tests/dev.kiln.image.tests/data", folder, name).normalize();
	}
}
