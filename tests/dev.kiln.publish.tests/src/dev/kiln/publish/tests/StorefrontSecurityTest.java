package dev.kiln.publish.tests;

import static dev.kiln.publish.tests.TestPackages.ARCHIVE;
import static dev.kiln.publish.tests.TestPackages.BUSYBOX_FIX;
import static dev.kiln.publish.tests.TestPackages.CHECKED;
import static dev.kiln.publish.tests.TestPackages.LIBC_FIX;
import static dev.kiln.publish.tests.TestPackages.OLD;
import static dev.kiln.publish.tests.TestPackages.PATCHED;
import static dev.kiln.publish.tests.TestPackages.SECURITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.kiln.image.Progress;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Listing;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.Release;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.ReleaseSignature;
import dev.kiln.publish.storefront.SecurityStatus;
import dev.kiln.publish.storefront.StorefrontGenerator;
import dev.kiln.publish.storefront.StorefrontResult;
import dev.kiln.publish.testsupport.LocalRegistry;

/**
 * Each release's security status and package changes on the storefront: releases published by Kiln with SBOMs that
 * list packages, pockets and archive state (Debian's docker-registry on 127.0.0.1), checked by a security check that
 * answers as the test says.
 */
class StorefrontSecurityTest {

	@TempDir
	static Path files;
	private static LocalRegistry registry;
	private static StorefrontFixture fixture;

	@TempDir
	Path folder;

	@BeforeAll
	static void start() throws IOException {
		registry = LocalRegistry.startAnonymous();
		fixture = new StorefrontFixture(registry, files);
	}

	@AfterAll
	static void stop() throws IOException {
		registry.close();
	}

	/** Publishes 1.0.0 and 1.0.1 of {@code repository}/hello with their packages and the archive state. */
	private static void publishTwoVersions(String repository) throws Exception {
		fixture.publish(repository, listing("1.0.0"), OLD, ARCHIVE);
		fixture.publish(repository, listing("1.0.1"), PATCHED, ARCHIVE);
	}

	private static Listing listing(String version) {
		return StorefrontFixture.listing("hello", version, "Hello", "An appliance with a security fix.", List.of("web"));
	}

	/** The test's check: {@link TestPackages#status} of the SBOM's packages. */
	private static SecurityStatus status(PublishedRelease release, ReleaseSbom sbom, Progress progress) {
		return TestPackages.status(sbom.packages());
	}

	/** The part of an appliance page that shows {@code version}, up to the next release. */
	private static String release(String page, String version) {
		int start = page.indexOf("<div class=\"release\" data-version=\"" + version + "\">");
		assertTrue(start >= 0, version + " in " + page);
		int end = page.indexOf("<div class=\"release\" data-version=", start + 1);
		return page.substring(start, end < 0 ? page.length() : end);
	}

	@Test
	void aReleaseLackingSecurityFixesListsEachWithVersionsCveIdsAndPocketAsOfTheCheck() throws Exception {
		publishTwoVersions("pending");
		StorefrontResult site = fixture.generate("pending", folder, StorefrontSecurityTest::status);

		String old = release(Files.readString(site.site().resolve("appliances/pending/hello.html")), "1.0.0");
		assertTrue(old.contains("<div class=\"security-status fixes-pending\" id=\"r1-security\" data-checked=\"2026-12-03T10:15:30Z\">"), old);
		assertTrue(old.contains("<p class=\"security-summary\">1 security fix pending as of 2026-12-03 10:15 UTC:</p>"), old);
		assertTrue(old.contains("<li class=\"security-fix\" data-package=\"busybox\">busybox 1:1.37.0-6+b9 \u2192 1:1.37.0-6+deb13u1 "
				+ "(CVE-2023-42363, CVE-2023-42364), from trixie-security<span class=\"fix-summary\">Fix CVE-2023-42363: use-after-free in awk "
				+ "(Closes: #1059049)</span></li>"), old);
		assertTrue(old.contains("<p class=\"other-updates\">1 other update pending.</p>"), old);
	}

	@Test
	void aReleaseLackingNoSecurityFixSaysWhenItWasChecked() throws Exception {
		publishTwoVersions("current");
		StorefrontResult site = fixture.generate("current", folder, StorefrontSecurityTest::status);

		String patched = release(Files.readString(site.site().resolve("appliances/current/hello.html")), "1.0.1");
		assertTrue(patched.contains("<div class=\"security-status up-to-date\" id=\"r0-security\" data-checked=\"2026-12-03T10:15:30Z\">"), patched);
		assertTrue(patched.contains("<p class=\"security-summary\">Checked 2026-12-03 10:15 UTC: no known security fixes pending.</p>"), patched);
		assertFalse(patched.contains("security-fix\""), patched);
		assertFalse(patched.contains("other-updates"), patched);
	}

	@Test
	void aReleaseTheCheckCouldNotReadSaysNotCheckedAndWhy() throws Exception {
		publishTwoVersions("unreachable");
		String problem = "The pocket trixie-security at " + SECURITY + " cannot be used: connection refused";
		StorefrontResult site = fixture.generate("unreachable", folder, (release, sbom, progress) -> SecurityStatus.failed(CHECKED, problem));

		String page = Files.readString(site.site().resolve("appliances/unreachable/hello.html"));
		assertTrue(release(page, "1.0.1").contains("<div class=\"security-status not-checked\" id=\"r0-security\" data-checked=\"2026-12-03T10:15:30Z\">"),
				page);
		assertTrue(release(page, "1.0.1").contains("<p class=\"security-summary\">Not checked: " + problem + "</p>"), page);
		assertTrue(Files.readString(site.index()).contains("<p class=\"security-badge not-checked\">Security status not checked</p>"));
		assertEquals(List.of("unreachable/hello 1.0.1: the security status is not known: " + problem,
				"unreachable/hello 1.0.0: the security status is not known: " + problem), site.warnings());
	}

	@Test
	void theIndexCardShowsTheSecurityBadgeOfTheNewestRelease() throws Exception {
		publishTwoVersions("badge");
		fixture.publish("badge", StorefrontFixture.listing("other", "2.0.0", "Other", "An appliance lacking two fixes.", List.of("web")), OLD,
				ARCHIVE);
		StorefrontResult site = fixture.generate("badge", folder,
				(release, sbom, progress) -> release.appliance().endsWith("/other") ? SecurityStatus.checked(CHECKED, List.of(BUSYBOX_FIX, LIBC_FIX), 0)
						: status(release, sbom, progress));

		String index = Files.readString(site.index());
		String hello = index.substring(index.indexOf("data-repository=\"badge/hello\""));
		String other = index.substring(index.indexOf("data-repository=\"badge/other\""));
		assertTrue(hello.substring(0, hello.indexOf("</li>")).contains("<p class=\"security-badge up-to-date\">No known security fixes pending</p>"),
				hello);
		assertTrue(other.substring(0, other.indexOf("</li>")).contains("<p class=\"security-badge fixes-pending\">2 security fixes pending</p>"),
				other);
	}

	@Test
	void theCheckGetsEachReleaseWithThePackagesAndArchiveStateOfItsSbom() throws Exception {
		publishTwoVersions("sboms");
		Map<String, ReleaseSbom> seen = new ConcurrentHashMap<>();
		fixture.generate("sboms", folder, (release, sbom, progress) -> {
			seen.put(release.version(), sbom);
			return status(release, sbom, progress);
		});

		assertEquals(OLD, seen.get("1.0.0").packages());
		assertEquals(PATCHED, seen.get("1.0.1").packages());
		assertEquals(ARCHIVE, seen.get("1.0.1").archiveState());
	}

	@Test
	void eachReleaseListsThePackagesThatChangedSinceTheVersionBeforeWithTheirPockets() throws Exception {
		publishTwoVersions("changes");
		StorefrontResult site = fixture.generate("changes", folder);

		String page = Files.readString(site.site().resolve("appliances/changes/hello.html"));
		String patched = release(page, "1.0.1");
		assertTrue(patched.contains("<div class=\"changes\" id=\"r0-changes\">\n<h3>Changes since 1.0.0</h3>\n"
				+ "<h4>Upgraded</h4>\n<ul class=\"package-changes upgraded\">\n"
				+ "<li data-package=\"busybox\">busybox 1:1.37.0-6+b9 \u2192 1:1.37.0-6+deb13u1 (trixie-security)</li>\n</ul>\n"
				+ "<h4>Added</h4>\n<ul class=\"package-changes added\">\n<li data-package=\"curl\">curl 8.14.1-2 (trixie)</li>\n</ul>\n"
				+ "<h4>Removed</h4>\n<ul class=\"package-changes removed\">\n<li data-package=\"wget\">wget 1.25.0-2 (trixie)</li>\n</ul>\n</div>\n"),
				patched);
		assertFalse(release(page, "1.0.0").contains("Changes since"), "the oldest release has none before it");
		assertFalse(page.contains("security-status"), "no check, no security status");
	}

	@Test
	void anUpgradeNamesTheCveIdsOfTheFixThePreviousReleaseLacked() throws Exception {
		publishTwoVersions("fixed");
		StorefrontResult site = fixture.generate("fixed", folder, StorefrontSecurityTest::status);

		String patched = release(Files.readString(site.site().resolve("appliances/fixed/hello.html")), "1.0.1");
		assertTrue(patched.contains("<li data-package=\"busybox\">busybox 1:1.37.0-6+b9 \u2192 1:1.37.0-6+deb13u1 (trixie-security)"
				+ "<span class=\"fixed-cves\">, fixes CVE-2023-42363, CVE-2023-42364</span></li>"), patched);
	}

	@Test
	void anUpgradeShortOfTheFixedVersionNamesNoCveId() throws Exception {
		publishTwoVersions("short");
		SecurityStatus.Fix later = new SecurityStatus.Fix("busybox", "amd64", "1:1.37.0-6+b9", "1:1.37.0-6+deb13u2", "trixie-security",
				List.of("CVE-2024-0001"), "");
		StorefrontResult site = fixture.generate("short", folder, (release, sbom, progress) -> release.version().equals("1.0.0")
				? SecurityStatus.checked(CHECKED, List.of(later), 0) : SecurityStatus.checked(CHECKED, List.of(), 0));

		String patched = release(Files.readString(site.site().resolve("appliances/short/hello.html")), "1.0.1");
		assertTrue(patched.contains("<li data-package=\"busybox\">busybox 1:1.37.0-6+b9 \u2192 1:1.37.0-6+deb13u1 (trixie-security)</li>"),
				"+deb13u1 does not reach the fix in +deb13u2: " + patched);
	}

	@Test
	void aReleaseWithTheSamePackagesAsTheOneBeforeSaysNothingChanged() throws Exception {
		fixture.publish("same", listing("1.0.0"), OLD, ARCHIVE);
		fixture.publish("same", listing("1.0.1"), OLD, ARCHIVE);
		StorefrontResult site = fixture.generate("same", folder);

		String patched = release(Files.readString(site.site().resolve("appliances/same/hello.html")), "1.0.1");
		assertTrue(patched.contains("<h3>Changes since 1.0.0</h3>\n<p class=\"changes-none\">No package changed.</p>\n</div>"), patched);
	}

	@Test
	void aMarketplaceThatKeepsNoSbomShowsReleasesNotCheckedAndTheirChangesNotKnown() throws Exception {
		publishTwoVersions("nosbom");
		List<String> checked = new ArrayList<>();
		StorefrontResult site = new StorefrontGenerator(new WithoutSboms(fixture.marketplace("nosbom")), fixture.target("nosbom"), null, null)
				.withSecurityCheck((release, sbom, progress) -> {
					checked.add(release.version());
					return status(release, sbom, progress);
				}).generate(folder, Progress.NONE);

		String patched = release(Files.readString(site.site().resolve("appliances/nosbom/hello.html")), "1.0.1");
		assertTrue(patched.contains("<div class=\"security-status not-checked\" id=\"r0-security\">"), patched);
		assertTrue(patched.contains("<p class=\"security-summary\">Not checked: version 1.0.1 has no SBOM</p>"), patched);
		assertTrue(patched.contains("<p class=\"changes-unknown\">Not known: version 1.0.0 has no SBOM</p>"), patched);
		assertEquals(List.of(), checked, "nothing to check");
		assertEquals(List.of(), site.warnings(), "a marketplace may keep no SBOMs");
	}

	@Test
	void catalogJsonHoldsEachReleasesSecurityStatusAndPackageChanges() throws Exception {
		publishTwoVersions("feed");
		StorefrontResult site = fixture.generate("feed", folder, StorefrontSecurityTest::status);

		JsonObject feed = JsonParser.parseString(Files.readString(site.site().resolve("catalog.json"))).getAsJsonObject();
		JsonArray releases = feed.getAsJsonArray("appliances").get(0).getAsJsonObject().getAsJsonArray("releases");
		JsonObject patched = releases.get(0).getAsJsonObject();
		JsonObject old = releases.get(1).getAsJsonObject();
		assertEquals(JsonParser.parseString("""
				{"status": "up-to-date", "checked": "2026-12-03T10:15:30Z", "fixes": [], "otherUpdates": 0}"""), patched.get("security"));
		assertEquals(JsonParser.parseString("""
				{"status": "fixes-pending", "checked": "2026-12-03T10:15:30Z",
				 "fixes": [{"package": "busybox", "architecture": "amd64", "shipped": "1:1.37.0-6+b9", "fixed": "1:1.37.0-6+deb13u1",
				            "pocket": "trixie-security", "cves": ["CVE-2023-42363", "CVE-2023-42364"],
				            "summary": "Fix CVE-2023-42363: use-after-free in awk (Closes: #1059049)"}],
				 "otherUpdates": 1}"""), old.get("security"));
		assertEquals(JsonParser.parseString("""
				{"since": "1.0.0",
				 "upgraded": [{"package": "busybox", "architecture": "amd64", "from": "1:1.37.0-6+b9", "to": "1:1.37.0-6+deb13u1", "pocket": "trixie-security",
				               "fixes": ["CVE-2023-42363", "CVE-2023-42364"]}],
				 "downgraded": [],
				 "added": [{"package": "curl", "architecture": "amd64", "to": "8.14.1-2", "pocket": "trixie"}],
				 "removed": [{"package": "wget", "architecture": "amd64", "from": "1.25.0-2", "pocket": "trixie"}]}"""), patched.get("changes"));
		assertFalse(old.has("changes"), "the oldest release has none before it");
	}

	@Test
	void catalogJsonSaysWhyAReleaseWasNotChecked() throws Exception {
		publishTwoVersions("feedproblem");
		StorefrontResult site = fixture.generate("feedproblem", folder, (release, sbom, progress) -> SecurityStatus.notChecked("no pockets"));

		JsonObject feed = JsonParser.parseString(Files.readString(site.site().resolve("catalog.json"))).getAsJsonObject();
		JsonObject patched = feed.getAsJsonArray("appliances").get(0).getAsJsonObject().getAsJsonArray("releases").get(0).getAsJsonObject();
		assertEquals(JsonParser.parseString("{\"status\": \"not-checked\", \"reason\": \"no pockets\"}"), patched.get("security"));
		assertEquals(List.of(), site.warnings(), "nothing to check is no failure");
	}

	@Test
	void theSameReleasesAndStatusesGiveByteIdenticalSitesWhateverOrderTheCheckListsTheFixesIn() throws Exception {
		publishTwoVersions("stable");
		fixture.publish("stable", StorefrontFixture.listing("other", "2.0.0", "Other", "An appliance lacking two fixes.", List.of("web")), OLD,
				ARCHIVE);
		StorefrontResult first = fixture.generate("stable", folder.resolve("first"), (release, sbom, progress) -> SecurityStatus.checked(CHECKED,
				List.of(BUSYBOX_FIX, LIBC_FIX), 3));
		StorefrontResult second = fixture.generate("stable", folder.resolve("second"), (release, sbom, progress) -> SecurityStatus.checked(CHECKED,
				List.of(LIBC_FIX, BUSYBOX_FIX), 3));

		for (String file : List.of("index.html", "catalog.json", "appliances/stable/hello.html", "appliances/stable/other.html")) {
			assertEquals(Files.readString(first.site().resolve(file)), Files.readString(second.site().resolve(file)), file);
		}
		String page = Files.readString(first.site().resolve("appliances/stable/other.html"));
		assertTrue(page.indexOf("data-package=\"busybox\"") < page.indexOf("data-package=\"libc6\""), "fixes by package");
	}

	@Test
	void aNewCheckRewritesThePagesItChangedAndTheIndexShowsTheNewBadge() throws Exception {
		publishTwoVersions("again");
		Path site = folder.resolve("site");
		fixture.generate("again", site, (release, sbom, progress) -> SecurityStatus.checked(CHECKED, List.of(), 0));
		StorefrontResult unchanged = fixture.generate("again", site, (release, sbom, progress) -> SecurityStatus.checked(CHECKED, List.of(), 0));
		assertEquals(List.of(), unchanged.written(), "the same status, nothing written");

		Instant later = CHECKED.plusSeconds(86_400);
		StorefrontResult rechecked = fixture.generate("again", site, (release, sbom, progress) -> SecurityStatus.checked(later,
				List.of(BUSYBOX_FIX), 0));

		assertEquals(List.of("appliances/again/hello.html", "catalog.json", "index.html"), rechecked.written());
		assertTrue(Files.readString(site.resolve("appliances/again/hello.html")).contains("1 security fix pending as of 2026-12-04 10:15 UTC:"));
		assertTrue(Files.readString(site.resolve("index.html")).contains("<p class=\"security-badge fixes-pending\">1 security fix pending</p>"));
	}

	@Test
	void aCheckThatIsCancelledCancelsTheGeneration() throws Exception {
		publishTwoVersions("cancelled");

		PublishException e = assertThrows(PublishException.class, () -> fixture.generate("cancelled", folder, (release, sbom, progress) -> {
			throw new CancellationException();
		}));

		assertEquals(PublishException.Kind.CANCELLED, e.kind());
	}

	/** A marketplace that keeps no SBOMs: the registry's, with {@link Marketplace#sbom} as the interface has it. */
	private record WithoutSboms(Marketplace registry) implements Marketplace {

		@Override
		public String describe() {
			return registry.describe();
		}

		@Override
		public void testConnection() throws PublishException {
			registry.testConnection();
		}

		@Override
		public List<ListingProblem> check(Release release, boolean overwrite) throws PublishException {
			return registry.check(release, overwrite);
		}

		@Override
		public PublishResult publish(Release release, PublishOptions options, Progress progress) throws PublishException {
			return registry.publish(release, options, progress);
		}

		@Override
		public List<CatalogEntry> catalog(Progress progress) throws PublishException {
			return registry.catalog(progress);
		}

		@Override
		public List<CatalogEntry> catalog(Progress progress, Consumer<Skipped> skipped) throws PublishException {
			return registry.catalog(progress, skipped);
		}

		@Override
		public PublishedRelease release(String appliance, String version) throws PublishException {
			return registry.release(appliance, version);
		}

		@Override
		public List<ReleaseSignature> signatures(PublishedRelease release) throws PublishException {
			return registry.signatures(release);
		}

		@Override
		public List<Path> download(PublishedRelease release, Path directory, Progress progress) throws PublishException {
			return registry.download(release, directory, progress);
		}
	}
}
