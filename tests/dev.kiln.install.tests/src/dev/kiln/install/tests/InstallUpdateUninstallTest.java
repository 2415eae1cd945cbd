package dev.kiln.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Kiln in the Eclipse a vendor already runs: a stock Eclipse Platform IDE without Kiln gets Kiln from the
 * update site zip through its p2 director (the engine behind Install New Software), starts and creates an
 * appliance project with Kiln's wizard and editor; a site with a higher version updates it through p2's
 * UpdateOperation in the running IDE (what Check for Updates runs); uninstalling leaves no Kiln bundle. The steps build on each other, in this order, on
 * one installation; each start of the IDE has a new workspace whose log must hold no error.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallUpdateUninstallTest {

	private static final String FEATURE = "dev.kiln.feature.feature.group";
	private static final String PROBE = "dev.kiln.install.probe";
	private static final String MANIFEST_EDITOR = "dev.kiln.ui.manifestEditor";
	/** The libraries of Kiln's feature that a stock Platform IDE also has (p2's PGP signature checks). */
	private static final List<String> PLATFORM_LIBRARIES = List.of("bcprov", "bcpg", "bcutil");

	private Path work;
	private Path siteZip;
	private StockIde ide;
	private List<String> stockBundles;

	@BeforeAll
	void copyTheStockIde() throws IOException {
		work = Path.of(System.getProperty("kiln.install.work"));
		deleteTree(work);
		Files.createDirectories(work);
		siteZip = newestSiteZip(Path.of(System.getProperty("kiln.site")));
		ide = StockIde.copyInto(work);
		stockBundles = ide.configuredBundles();
	}

	@Test
	@Order(1)
	void theStockIdeHasNoKilnBundleButThePlatformsBouncyCastle() {
		assertTrue(stockBundles.stream().noneMatch(b -> b.startsWith("dev.kiln.")), stockBundles::toString);
		for (String library : PLATFORM_LIBRARIES) {
			assertTrue(stockBundles.stream().anyMatch(b -> b.startsWith(library + ",")),
					library + " in the stock IDE: " + stockBundles);
		}
	}

	@Test
	@Order(2)
	void theDirectorInstallsKilnFromTheSiteZipAndTheIdeCreatesAnApplianceProject() throws IOException {
		String probeRepository = Path.of(System.getProperty("kiln.probe.repository")).toUri().toString();
		ide.director("-repository", "jar:" + siteZip.toUri() + "!/," + probeRepository,
				"-installIU", FEATURE + "," + PROBE);
		String version = HigherVersionSite.featureVersion(siteZip);
		assertKilnConfigured(version);
		assertKilnWorksInTheStartedIde("installed", version);
	}

	@Test
	@Order(3)
	void checkForUpdatesFindsAndInstallsTheHigherVersionFromASecondSite() throws IOException {
		HigherVersionSite next = HigherVersionSite.publish(siteZip, 1, work.resolve("site-next"), ide);
		// in the running IDE: the site added, then p2's UpdateOperation, the engine of Help → Check for Updates
		StockIde.Session check = ide.start("check-for-updates", "update=" + next.repository().toUri());
		assertNull(check.get("failure"), check::toString);
		assertEquals(FEATURE + " " + next.oldVersion() + " -> " + next.newVersion(), check.get("update.offered"),
				check::toString);
		assertTrue(check.get("update.installed").startsWith("OK"), check::toString);
		assertEquals(List.of(), check.errors(), check::toString);

		assertOnlyRoot(next.newVersion());
		assertKilnConfigured(next.newVersion());
		assertKilnWorksInTheStartedIde("updated", next.newVersion());
	}

	@Test
	@Order(4)
	void theDirectorReplacesTheRootWithTheNextReleaseHeadless() throws IOException {
		HigherVersionSite after = HigherVersionSite.publish(siteZip, 2, work.resolve("site-after-next"), ide);
		// docs/install-into-eclipse.md's headless update: one profile change, as Check for Updates makes it
		ide.director("-repository", after.repository().toUri().toString(), "-uninstallIU", FEATURE,
				"-installIU", FEATURE + "/" + after.newVersion());
		assertOnlyRoot(after.newVersion());
		assertKilnConfigured(after.newVersion());
	}

	@Test
	@Order(5)
	void uninstallingLeavesNoKilnBundleAndThePlatformsLibraries() throws IOException {
		ide.director("-uninstallIU", FEATURE);
		List<String> configured = ide.configuredBundles();
		assertEquals(List.of(), configured.stream()
				.filter(b -> b.startsWith("dev.kiln.") && !b.startsWith(PROBE) && !b.startsWith("dev.kiln.ui.testsupport"))
				.toList());
		for (String library : PLATFORM_LIBRARIES) {
			assertTrue(configured.stream().anyMatch(b -> b.startsWith(library + ",")),
					library + " must stay for p2: " + configured);
		}

		StockIde.Session session = ide.start("uninstalled");
		assertNull(session.get("failure"), session::toString);
		assertEquals("", session.get("kiln.bundles"), session::toString);
		assertEquals("absent", session.get("wizard"), session::toString);
		assertEquals(List.of(), session.errors(), session::toString);
	}

	/** The director's -listInstalledRoots names Kiln's feature once, in {@code version}. */
	private void assertOnlyRoot(String version) {
		String roots = ide.runApplication("org.eclipse.equinox.p2.director", "-listInstalledRoots",
				"-destination", ide.home().toString(), "-profile", ide.profile());
		List<String> kiln = roots.lines().map(String::strip).filter(line -> line.startsWith(FEATURE + "/")).toList();
		assertEquals(List.of(FEATURE + "/" + version), kiln, roots);
	}

	private void assertKilnConfigured(String version) throws IOException {
		List<String> configured = ide.configuredBundles();
		for (String bundle : List.of("dev.kiln.model", "dev.kiln.image", "dev.kiln.build", "dev.kiln.core", "dev.kiln.ui")) {
			assertTrue(configured.contains(bundle + "," + version), bundle + " " + version + " in bundles.info: " + configured);
			assertEquals(1, configured.stream().filter(b -> b.startsWith(bundle + ",")).count(),
					"one version of " + bundle + ": " + configured);
		}
	}

	/**
	 * Starts the IDE ({@code name}: its workspace, report and project) and checks what a user sees: the new
	 * appliance project's manifest in Kiln's editor, Kiln's bundles resolved in {@code version}, one copy of
	 * each shared library, no ERROR in the log.
	 */
	private void assertKilnWorksInTheStartedIde(String name, String version) throws IOException {
		StockIde.Session session = ide.start(name, "project=" + name + "-appliance");
		assertProjectCreatedInKilnsEditor(session);
		assertKilnResolved(session, version);
		assertOneCopyOfEachLibraryAndOneBouncyCastleForP2AndKiln(session);
		assertEquals(List.of(), session.errors(), session::toString);
	}

	private static void assertProjectCreatedInKilnsEditor(StockIde.Session session) {
		assertNull(session.get("failure"), session::toString);
		assertEquals("finished", session.get("wizard"), session::toString);
		assertEquals("true", session.get("project.exists"), session::toString);
		assertTrue(Arrays.asList(session.get("project.natures").split(",")).contains("dev.kiln.core.applianceNature"), session::toString);
		assertEquals("true", session.get("project.manifest"), session::toString);
		assertEquals(MANIFEST_EDITOR, session.get("editor.id"), session::toString);
		assertEquals("appliance.xml", session.get("editor.title"), session::toString);
	}

	/** Every Kiln bundle of the feature, in {@code version}, resolved (or started), none left INSTALLED. */
	private static void assertKilnResolved(StockIde.Session session, String version) {
		List<String> bundles = Arrays.asList(session.get("kiln.bundles").split(","));
		assertEquals(9, bundles.size(), session::toString);
		for (String bundle : bundles) {
			assertTrue(bundle.contains("_" + version + ":"), bundle + " in version " + version);
			assertTrue(bundle.endsWith(":RESOLVED") || bundle.endsWith(":STARTING") || bundle.endsWith(":ACTIVE"),
					bundle + " resolved");
		}
	}

	/**
	 * The feature's libraries and the Platform's are one set: a single version of each resolved, and p2 and
	 * Kiln's engine wired to the same BouncyCastle (no second copy, no uses-constraint split).
	 */
	private static void assertOneCopyOfEachLibraryAndOneBouncyCastleForP2AndKiln(StockIde.Session session) {
		for (String key : session.report().stringPropertyNames()) {
			if (key.startsWith("library.")) {
				String versions = session.get(key);
				assertEquals(1, versions.split(",").length, key + "=" + versions);
				assertTrue(!versions.endsWith(":INSTALLED"), key + "=" + versions + " did not resolve");
			}
		}
		for (String library : List.of("bcprov", "bcpg", "bcutil", "bcpkix", "org.apache.commons.commons-compress",
				"org.tukaani.xz", "com.google.gson")) {
			assertNotNull(session.get("library." + library), library + " resolved: " + session);
		}
		String p2 = session.get("wire.org.eclipse.equinox.p2.repository.org.bouncycastle.openpgp");
		assertNotNull(p2, session::toString);
		assertEquals(p2, session.get("wire.dev.kiln.image.org.bouncycastle.openpgp"), session::toString);
	}

	private static Path newestSiteZip(Path target) throws IOException {
		try (Stream<Path> files = Files.list(target)) {
			return files.filter(f -> f.getFileName().toString().matches("kiln-update-site-.*\\.zip"))
					.max(Comparator.comparing(f -> f.toFile().lastModified()))
					.orElseThrow(() -> new AssertionError("no kiln-update-site-*.zip in " + target + ": build releng/dev.kiln.site first"));
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> files = Files.walk(root)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
