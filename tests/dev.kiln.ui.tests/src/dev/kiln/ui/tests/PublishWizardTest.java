package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.publish.Credentials;
import dev.kiln.publish.internal.oci.RegistryClient;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.publish.CatalogView;
import dev.kiln.core.internal.publish.MarketplaceStore;
import dev.kiln.core.internal.publish.SavedMarketplace;
import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * Project Explorer → (appliance project) → Publish to Marketplace…, against Debian's docker-registry
 * on 127.0.0.1, then the Marketplace Catalog view.
 */
class PublishWizardTest extends WorkbenchTestCase {

	private static final String PROJECT_EXPLORER = PublishWizardTester.PROJECT_EXPLORER;
	private static final Duration PUBLISH_TIMEOUT = PublishWizardTester.PUBLISH_TIMEOUT;
	private static LocalRegistry registry;

	@TempDir
	Path folder;

	@BeforeAll
	static void startRegistry() throws IOException {
		registry = LocalRegistry.start();
	}

	@AfterAll
	static void stopRegistry() throws IOException {
		registry.close();
	}

	@AfterEach
	void deleteProjects() throws CoreException {
		UiTestProjects.deleteAll();
	}

	@Test
	void theWizardPublishesTheExampleTheFinalPageShowsTheDigestTheRegistryServesAndTheCatalogShowsTheRelease() throws Exception {
		IProject project = PublishWizardTester.helloWithImages(folder);
		PublishWizardTester tester = PublishWizardTester.open(bot, project).target("local registry", registry, "kiln-ui");
		BotShell dialog = tester.dialog();
		Bot wizard = tester.wizard();
		wizard.button(UIText.TargetPage_testConnection).click();
		wizard.label(UIText.bind(UIText.TargetPage_connected, "OCI registry " + registry.host() + "/kiln-ui"));
		wizard.button("Next >").click();

		// the example's listing has no release notes: the page says so and nothing goes on
		wizard.text("The listing has no release notes: a marketplace release needs one.");
		assertFalse(wizard.button("Next >").isEnabled());
		assertFalse(wizard.button("Finish").isEnabled());
		assertEquals("Hello Appliance", wizard.textWithLabel(UIText.ListingPage_listingTitle).getText());
		wizard.textWithLabel(UIText.ListingPage_releaseNotes).typeText("First release.");
		wizard.checkBox(UIText.ListingPage_writeBack).select();
		wizard.button("Next >").click();

		// images: the OVA and the qcow2, both chosen; the qcow2 also as a KubeVirt containerDisk
		wizard.checkBox(UIText.ImagesPage_containerDisk).select();
		wizard.button("Next >").click();
		tester.reviewShows("\u26a0 " + UIText.ReviewPage_notBooted);
		String digest = tester.finish(); // Finish is enabled once the review's checks are green

		RegistryClient client = new RegistryClient(registry.url(), Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
		assertEquals(client.manifest("kiln-ui/hello-appliance", "1.0.0").orElseThrow().digest(), digest);
		assertEquals(registry.host() + "/kiln-ui/hello-appliance@" + digest, wizard.textWithLabel(UIText.ResultPage_reference).getText());
		String containerDisk = wizard.textWithLabel(UIText.ResultPage_containerDisk).getText();
		assertEquals(registry.host() + "/kiln-ui/hello-appliance@" + client.manifest("kiln-ui/hello-appliance", "1.0.0-containerdisk")
				.orElseThrow().digest(), containerDisk);

		// the job updated the marketplace's storefront in the workspace's state folder
		Path storefront = new MarketplaceStore().storefrontFolder(new SavedMarketplace("local registry", registry.url(), "kiln-ui", LocalRegistry.USER));
		assertTrue(Files.readString(storefront.resolve("index.html")).contains(">Hello Appliance</a></h2>"));
		assertTrue(Files.readString(storefront.resolve("appliances/kiln-ui/hello-appliance.html")).contains(digest));
		assertTrue(wizard.button(UIText.ResultPage_openStorefront).isEnabled());

		DocsPictures.file("publish-wizard.png").ifPresent(file -> dev.kiln.ui.testsupport.Screenshots.captureShell(dialog, file));
		IFile manifest = project.getFile("appliance.xml");
		bot.waitUntil(Conditions.that("the release notes to be written back to appliance.xml", () -> {
			try (var in = manifest.getContents()) {
				return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).contains("<releaseNotes>First release.</releaseNotes>");
			} catch (IOException | CoreException e) {
				return false;
			}
		}), PUBLISH_TIMEOUT);
		bot.waitForBuild(JOBS_TIMEOUT);
		assertEquals(List.of(), UiTestProjects.manifestProblems(project), "the written-back manifest is valid");
		wizard.button(UIText.ResultPage_showInCatalog).click();
		wizard.button("Finish").click();
		bot.waitUntil(Conditions.shellCloses(dialog));
		var catalog = bot.viewById(CatalogView.ID).bot();
		catalog.tree().expandNode("kiln-ui/hello-appliance").getNode("1.0.0").select();
		bot.waitUntil(Conditions.that("the listing to show", () -> catalog.text(0).getText().startsWith("Hello Appliance  1.0.0")));
		assertTrue(catalog.text(0).getText().contains("Release notes: First release."), catalog.text(0).getText());
		DocsPictures.file("marketplace-catalog.png").ifPresent(dev.kiln.ui.testsupport.Screenshots::captureDisplay);
		catalog.button(UIText.CatalogView_importProject).click();
		IProject imported = ResourcesPlugin.getWorkspace().getRoot().getProject("hello-appliance-1.0.0");
		bot.waitUntil(Conditions.that("the release to be imported as a project", () -> {
			try {
				catalog.label(UIText.bind(UIText.CatalogView_imported, 2, "hello-appliance-1.0.0"));
				return true;
			} catch (RuntimeException notYet) {
				return false;
			}
		}), PUBLISH_TIMEOUT);
		assertTrue(imported.getFile("listing.json").exists() && imported.getFile("hello-appliance-1.0.0.qcow2").exists());
		Path published = project.getLocation().toPath().resolve("build/hello-appliance-1.0.0.ova");
		assertEquals(-1L, Files.mismatch(published, imported.getLocation().toPath().resolve("hello-appliance-1.0.0.ova")));
		assertTrue(Files.readString(imported.getLocation().toPath().resolve("listing.json")).contains("\"releaseNotes\":\"First release.\""));
		catalog.button(UIText.CatalogView_importProject).click();
		catalog.label("A project named hello-appliance-1.0.0 exists already: delete or rename it to import the release again.");
	}

	@Test
	void fileExportKilnOpensTheWizardOnTheSelectedProjectWithTheListingOfItsManifest() throws Exception {
		IProject project = PublishWizardTester.helloWithImages(folder);
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.viewById(PROJECT_EXPLORER).show();
		bot.viewById(PROJECT_EXPLORER).bot().tree().getTreeItem(project.getName()).select();
		bot.menu("File").menu("Export...").click();
		BotShell dialog = bot.shell("Export");
		dialog.bot().tree().expandNode(PluginText.of("dev.kiln.ui", "exportWizardCategory.name")).getNode(PluginText.of("dev.kiln.ui", "publishWizard.name")).select();
		dialog.bot().button("Next >").click();
		Bot wizard = dialog.bot();
		wizard.textWithLabel(UIText.TargetPage_name).setText("export");
		wizard.textWithLabel(UIText.TargetPage_url).setText(registry.url().toString());
		wizard.textWithLabel(UIText.TargetPage_repository).setText("kiln-ui");
		wizard.button("Next >").click();

		assertEquals("Hello Appliance", wizard.textWithLabel(UIText.ListingPage_listingTitle).getText());
		assertEquals("1.0.0", wizard.textWithLabel(UIText.ListingPage_version).getText());
		dialog.close();
	}

	@Test
	void imagesOlderThanTheApplicationFilesAreFlaggedOnTheReviewPageAndFinishStaysDisabled() throws Exception {
		IProject project = PublishWizardTester.helloWithImages(folder);
		IFile page = project.getFile("app/www/index.html");
		page.setContents(new java.io.ByteArrayInputStream("<h1>Changed after the build</h1>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				IResource.KEEP_HISTORY, null);
		PublishWizardTester tester = PublishWizardTester.open(bot, project).target("stale", registry, "kiln-ui").toReview("First release.")
				.reviewShows("\u2718 " + UIText.ReviewPage_stale);
		BotShell dialog = tester.dialog();
		Bot wizard = tester.wizard();
		assertFalse(wizard.button("Finish").isEnabled());
		dialog.close();
	}

	@Test
	void aListingThatBreaksARuleShowsItsMessageAndFinishStaysDisabled() throws Exception {
		IProject project = PublishWizardTester.helloWithImages(folder);
		PublishWizardTester tester = PublishWizardTester.open(bot, project).target("rules", registry, "kiln-ui");
		BotShell dialog = tester.dialog();
		Bot wizard = tester.wizard();
		wizard.button("Next >").click();
		wizard.textWithLabel(UIText.ListingPage_releaseNotes).setText("First release.");

		wizard.textWithLabel(UIText.ListingPage_listingTitle).setText("T".repeat(80));
		wizard.text("The title has 80 characters; a marketplace title has at most 72.");
		assertFalse(wizard.button("Finish").isEnabled());
		assertFalse(wizard.button("Next >").isEnabled());

		wizard.textWithLabel(UIText.ListingPage_listingTitle).setText("Hello");
		wizard.textWithLabel(UIText.ListingPage_categories).setText("games");
		wizard.text("The category 'games' is not one the catalog knows: use one of analytics, business, collaboration, databases, "
				+ "developer-tools, devops, education, iot, machine-learning, media, monitoring, networking, operating-systems, security, storage, web.");
		assertFalse(wizard.button("Finish").isEnabled());
		dialog.close();
	}

	@Test
	void theReviewShowsTheUpdatePayloadAndItsChannelForAnApplianceWithUpdates() throws Exception {
		IProject project = PublishWizardTester.helloWithUpdates(folder);
		PublishWizardTester tester = PublishWizardTester.open(bot, project).target("updates", registry, "kiln-ui").toReview("First release.")
				.reviewShows("\u2714 " + UIText.bind(UIText.ReviewPage_update, "hello-appliance-1.0.0.raucb", "beta"));
		tester.dialog().close();
	}
}
