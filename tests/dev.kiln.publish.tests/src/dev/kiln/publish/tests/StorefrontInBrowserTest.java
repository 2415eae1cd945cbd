package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Sha256;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.storefront.StorefrontResult;
import dev.kiln.publish.storefront.StorefrontServer;
import dev.kiln.publish.testsupport.HeadlessChromium;
import dev.kiln.publish.testsupport.LocalRegistry;

/**
 * The storefront of a real registry (Debian's docker-registry on 127.0.0.1, two appliances published by
 * Kiln, three versions in all, and one repository that is no appliance), served by the storefront's own
 * server and used in headless Chromium as a customer would.
 */
class StorefrontInBrowserTest {

	private static final String STORE = "store";
	private static final String HOSTILE = "hostile";
	/** What a hostile listing's text tries to run: if any of it runs, {@code window.kilnPwned} is set. */
	private static final String HOSTILE_DESCRIPTION = "Plain words first. <script>window.kilnPwned = 'script'</script>"
			+ "<img src=x onerror=\"window.kilnPwned = 'img'\"> & <a href=\"javascript:window.kilnPwned='link'\">click</a>";
	private static final Duration WAIT = Duration.ofSeconds(30);

	@TempDir
	static Path work;
	private static LocalRegistry registry;
	private static StorefrontFixture fixture;
	private static HeadlessChromium chromium;
	private static StorefrontServer server;
	private static StorefrontResult store;
	private static Path downloads;

	@BeforeAll
	static void publishGenerateAndServe() throws Exception {
		registry = LocalRegistry.startAnonymous();
		fixture = new StorefrontFixture(registry, Files.createDirectories(work.resolve("files")));
		String router = "A small edge router with stateful firewalling, DHCP and DNS for branch offices.";
		fixture.publish(STORE, StorefrontFixture.listing("edge-router", "1.9.0", "Edge Router", router, List.of("networking", "security")),
				TestPackages.OLD, TestPackages.ARCHIVE);
		fixture.publish(STORE, StorefrontFixture.listing("edge-router", "1.10.0", "Edge Router", router, List.of("networking", "security")),
				TestPackages.PATCHED, TestPackages.ARCHIVE);
		fixture.publish(STORE, StorefrontFixture.listing("team-wiki", "2.0.0", "Team Wiki",
				"A collaborative wiki for teams, with full-text search and page history.", List.of("collaboration", "web")), TestPackages.OLD,
				TestPackages.ARCHIVE);
		fixture.pushPlainImage(STORE + "/plain-image");
		fixture.publish(HOSTILE, StorefrontFixture.listing("hostile", "1.0.0", "Hostile <b>bold</b> appliance", HOSTILE_DESCRIPTION,
				List.of("security")));

		Path site = work.resolve("site");
		store = fixture.generate(STORE, site, (release, sbom, progress) -> TestPackages.status(sbom.packages()));
		fixture.generate(HOSTILE, site.resolve(HOSTILE)); // its own site in a folder of the served one
		server = StorefrontServer.start(site, 0);
		downloads = Files.createDirectories(work.resolve("downloads"));
		chromium = HeadlessChromium.start(downloads, Files.createDirectories(Path.of("target")).toAbsolutePath().resolve("chromedriver.log"));
	}

	@AfterAll
	static void stop() throws IOException {
		if (chromium != null) {
			chromium.close();
		}
		if (server != null) {
			server.close();
		}
		if (registry != null) {
			registry.close();
		}
	}

	@BeforeEach
	void openTheIndex() throws IOException {
		chromium.navigate(server.url().resolve("index.html"));
	}

	@Test
	void theIndexListsTheTwoAppliancesAndSkipsTheRepositoryThatIsNoAppliance() throws IOException {
		assertEquals(List.of("Edge Router", "Team Wiki"), visibleTitles());
		assertEquals(2, store.appliances());
		assertEquals(1, store.warnings().size(), store.warnings().toString());
		assertTrue(store.warnings().get(0).startsWith("Skipped store/plain-image: "), store.warnings().toString());
		assertEquals("2 appliances", chromium.text(chromium.find("#count")));
		screenshot("storefront-index.png");
	}

	@Test
	void searchFindsAnApplianceByAWordOfItsDescription() throws IOException {
		chromium.sendKeys(chromium.find("#search"), "firewall");
		HeadlessChromium.await("the search leaves one appliance", WAIT, () -> visibleTitlesQuietly().equals(List.of("Edge Router")));
		assertEquals("1 appliance", chromium.text(chromium.find("#count")));

		chromium.execute("var s = document.getElementById('search'); s.value = ''; s.dispatchEvent(new Event('input'));");
		chromium.sendKeys(chromium.find("#search"), "Collaborative HISTORY");
		HeadlessChromium.await("the search finds the wiki by two words of its description", WAIT,
				() -> visibleTitlesQuietly().equals(List.of("Team Wiki")));

		chromium.sendKeys(chromium.find("#search"), " nowhere");
		HeadlessChromium.await("a word no appliance has leaves none", WAIT, () -> visibleTitlesQuietly().isEmpty());
		assertEquals("No appliance matches.", chromium.text(chromium.find("#count")));
	}

	@Test
	void theCategoryFilterNarrowsTheListWithTheKeyboardAndTheMouse() throws IOException {
		// keyboard only: arrow keys on the focused select (WebDriver's \uE015 is ArrowDown)
		String category = chromium.find("#category");
		chromium.sendKeys(category, "\uE015\uE015");
		assertEquals("networking", chromium.property(category, "value").getAsString(), "two down from All categories: collaboration, networking");
		HeadlessChromium.await("the category networking leaves the router", WAIT,
				() -> visibleTitlesQuietly().equals(List.of("Edge Router")));
		assertEquals("1 appliance", chromium.text(chromium.find("#count")));

		chromium.click(category);
		chromium.click(chromium.find("#category option[value='web']"));
		HeadlessChromium.await("the category web leaves the wiki", WAIT, () -> visibleTitlesQuietly().equals(List.of("Team Wiki")));
		chromium.click(category);
		chromium.click(chromium.find("#category option[value='']"));
		HeadlessChromium.await("all categories show both", WAIT, () -> visibleTitlesQuietly().equals(List.of("Edge Router", "Team Wiki")));
	}

	@Test
	void anAppliancePageShowsTheLatestVersionFirstAndTheOlderOnes() throws IOException {
		chromium.click(chromium.find("a[href='appliances/store/edge-router.html']"));
		HeadlessChromium.await("the router's page opens", WAIT, () -> currentUrl().endsWith("/appliances/store/edge-router.html"));
		assertEquals("1.10.0", chromium.text(chromium.find("#latest-version")), "1.10.0 is newer than 1.9.0, though not in string order");
		assertEquals("Download version 1.10.0", chromium.text(chromium.find("#download-heading")));
		assertEquals("Version 1.9.0", chromium.text(chromium.find("details.release-older summary")));
		assertTrue(chromium.text(chromium.find("#description")).contains("stateful firewalling"));
		String logo = chromium.find("article header img.logo");
		assertEquals("Logo of Edge Router", chromium.property(logo, "alt").getAsString());
		assertEquals(96, chromium.execute("return document.querySelector('article header img.logo').naturalWidth").getAsInt(),
				"the logo was copied into the site and loads");
		assertTrue(chromium.text(chromium.find("#deploy")).contains("qm disk import 9000 edge-router-1.10.0.qcow2 local-lvm"),
				chromium.text(chromium.find("#deploy")));
		screenshot("storefront-appliance.png");
	}

	@Test
	void theIndexShowsTheSecurityBadgeOfEachAppliancesNewestRelease() throws IOException {
		String router = chromium.find("li[data-repository='store/edge-router'] .security-badge");
		assertEquals("No known security fixes pending", chromium.text(router));
		assertTrue(chromium.isDisplayed(router));
		assertEquals("1 security fix pending", chromium.text(chromium.find("li[data-repository='store/team-wiki'] .security-badge")));
	}

	@Test
	void eachReleaseShowsItsSecurityStatusAndWhatChangedSinceTheVersionBefore() throws IOException {
		chromium.navigate(server.url().resolve("appliances/store/edge-router.html"));
		assertEquals("Checked 2026-12-03 10:15 UTC: no known security fixes pending.", chromium.text(chromium.find("#r0-security .security-summary")));
		assertEquals("Changes since 1.9.0", chromium.text(chromium.find("#r0-changes h3")));
		assertEquals("busybox 1:1.37.0-6+b9 \u2192 1:1.37.0-6+deb13u1 (trixie-security), fixes CVE-2023-42363, CVE-2023-42364",
				chromium.text(chromium.find("#r0-changes .upgraded li[data-package='busybox']")));
		assertEquals("curl 8.14.1-2 (trixie)", chromium.text(chromium.find("#r0-changes .added li")));
		assertEquals("wget 1.25.0-2 (trixie)", chromium.text(chromium.find("#r0-changes .removed li")));

		chromium.click(chromium.find("details.release-older summary"));
		assertEquals("1 security fix pending as of 2026-12-03 10:15 UTC:", chromium.text(chromium.find("#r1-security .security-summary")));
		assertEquals("busybox 1:1.37.0-6+b9 \u2192 1:1.37.0-6+deb13u1 (CVE-2023-42363, CVE-2023-42364), from trixie-security\n"
				+ "Fix CVE-2023-42363: use-after-free in awk (Closes: #1059049)", chromium.text(chromium.find("#r1-security .security-fix")));
		assertEquals("1 other update pending.", chromium.text(chromium.find("#r1-security .other-updates")));
		assertEquals(0, chromium.findAll("#r1-changes").size(), "1.9.0 is the oldest version");
		chromium.execute("document.getElementById('r1-security').scrollIntoView()");
		screenshot("storefront-security.png");
	}

	@Test
	void theDownloadLinkShowsOnceTheEulaIsAcceptedAndServesTheBytesOfThePublishedDigest() throws Exception {
		chromium.navigate(server.url().resolve("appliances/store/edge-router.html"));
		String link = chromium.find("#r0-downloads a.download[data-format='ova']");
		assertFalse(chromium.isDisplayed(link), "no download before the license agreement is accepted");
		chromium.click(chromium.find("label[for='r0-accept']"));
		assertTrue(chromium.isDisplayed(link), "the download link shows once the agreement is accepted");
		chromium.execute("document.getElementById('download').scrollIntoView()");
		screenshot("storefront-download.png");

		PublishedRelease published = fixture.marketplace(STORE).release("store/edge-router", "1.10.0");
		PublishedRelease.File ova = published.files().stream().filter(f -> f.name().endsWith(".ova")).findFirst().orElseThrow();
		assertEquals(registry.url() + "/v2/store/edge-router/blobs/" + ova.digest(), chromium.property(link, "href").getAsString());
		chromium.click(link);
		// Chromium creates the file under its final name early and fills it: done when no .crdownload is left and the size is complete
		HeadlessChromium.await("Chromium saves the whole download of " + ova.size() + " bytes", Duration.ofSeconds(60),
				() -> downloadsComplete(ova.size()));
		Path downloaded = downloads().get(0);
		assertEquals(ova.digest(), "sha256:" + Sha256.of(downloaded));
	}

	@Test
	void hostileListingTextShowsLiterallyAndRunsNothing() throws IOException {
		chromium.navigate(server.url().resolve("hostile/index.html"));
		assertEquals(List.of("Hostile <b>bold</b> appliance"), visibleTitles());
		chromium.click(chromium.find("#appliances a"));
		HeadlessChromium.await("the hostile page opens", WAIT, () -> currentUrl().endsWith("/hostile/appliances/hostile/hostile.html"));
		assertEquals("Hostile <b>bold</b> appliance", chromium.text(chromium.find("h1")));
		assertEquals(HOSTILE_DESCRIPTION, chromium.text(chromium.find("#description")));
		assertEquals(0, chromium.findAll("#description *:not(p), h1 *").size(), "the listing's markup made no element");
		assertTrue(chromium.execute("return typeof window.kilnPwned === 'undefined'").getAsBoolean(), "no script of the listing ran");
	}

	/** The titles of the cards the page shows now (hidden ones are not rendered). */
	private List<String> visibleTitles() throws IOException {
		List<String> titles = new ArrayList<>();
		chromium.execute("return Array.from(document.querySelectorAll('#appliances > li'))"
				+ ".filter(li => li.offsetParent !== null).map(li => li.querySelector('h2').textContent)")
				.getAsJsonArray().forEach(title -> titles.add(title.getAsString()));
		return titles;
	}

	private List<String> visibleTitlesQuietly() {
		try {
			return visibleTitles();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private String currentUrl() {
		try {
			return chromium.execute("return location.href").getAsString();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	private static List<Path> downloads() {
		try (Stream<Path> files = Files.list(downloads)) {
			return files.toList();
		} catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** One file in the download folder, not in progress, of the expected size. */
	private static boolean downloadsComplete(long size) {
		List<Path> files = downloads();
		try {
			return files.size() == 1 && !files.get(0).getFileName().toString().endsWith(".crdownload") && Files.size(files.get(0)) == size;
		} catch (IOException e) {
			return false; // renamed while we looked
		}
	}

	/** Saves a screenshot to target/pictures, and into the folder -Dkiln.docs.screenshots names (docs/images). */
	private static void screenshot(String name) throws IOException {
		Path file = Path.of("target", "pictures", name).toAbsolutePath();
		chromium.screenshot(file);
		String docs = System.getProperty("kiln.docs.screenshots", "");
		if (!docs.isBlank()) {
			Files.copy(file, Path.of(docs).resolve(name), StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
