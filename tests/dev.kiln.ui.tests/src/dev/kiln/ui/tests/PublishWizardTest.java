package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ProjectOutputs;
import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.internal.oci.RegistryClient;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.publish.testsupport.ReleaseFiles;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.publish.CatalogView;
import dev.kiln.ui.internal.publish.MarketplaceStore;
import dev.kiln.ui.internal.publish.SavedMarketplace;
import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.WorkbenchTestCase;

/**
 * Project Explorer → (appliance project) → Publish to Marketplace…, against Debian's docker-registry
 * on 127.0.0.1, then the Marketplace Catalog view.
 */
class PublishWizardTest extends WorkbenchTestCase {

	private static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	private static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(120);
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

	/** The hello-appliance example, copied and imported, with an OVA and a qcow2 where its build puts them. */
	private IProject helloWithImages() throws IOException, CoreException {
		Path source = Path.of(System.getProperty("kiln.repository", "../.."), "examples/hello-appliance").toAbsolutePath().normalize();
		Path copy = folder.resolve("hello-appliance");
		try (Stream<Path> walk = Files.walk(source)) {
			for (Path file : walk.toList()) {
				Path target = copy.resolve(source.relativize(file).toString());
				if (Files.isDirectory(file)) {
					Files.createDirectories(target);
				} else {
					Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		Path images = Files.createDirectories(copy.resolve(ProjectOutputs.FOLDER));
		ReleaseFiles.ova(images, "hello-appliance-1.0.0", 1 << 20, 7);
		ReleaseFiles.qcow2(images, "hello-appliance-1.0.0", 16);
		return new ExistingProjectImporter(ResourcesPlugin.getWorkspace()).importFrom(copy, null).get(0);
	}

	private BotShell openWizard(IProject project) {
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.viewById(PROJECT_EXPLORER).show();
		var tree = bot.viewById(PROJECT_EXPLORER).bot().tree();
		tree.getTreeItem(project.getName()).select();
		tree.contextMenu("Publish to Marketplace...").click();
		return bot.shell("Publish to Marketplace");
	}

	private static void fillTarget(Bot wizard, String name) {
		wizard.textWithLabel("Name:").setText(name);
		wizard.textWithLabel("Registry URL:").setText(registry.url().toString());
		wizard.textWithLabel("Repository:").setText("kiln-ui");
		wizard.textWithLabel("User:").setText(LocalRegistry.USER);
		wizard.textWithLabel("Password or token:").setText(LocalRegistry.PASSWORD);
	}

	@Test
	void theWizardPublishesTheExampleTheFinalPageShowsTheDigestTheRegistryServesAndTheCatalogShowsTheRelease() throws Exception {
		IProject project = helloWithImages();
		BotShell dialog = openWizard(project);
		Bot wizard = dialog.bot();

		fillTarget(wizard, "local registry");
		wizard.button("Test Connection").click();
		wizard.label("Connected to OCI registry " + registry.host() + "/kiln-ui.");
		wizard.button("Next >").click();

		// the example's listing has no release notes: the page says so and nothing goes on
		wizard.text("The listing has no release notes: a marketplace release needs one.");
		assertFalse(wizard.button("Next >").isEnabled());
		assertFalse(wizard.button("Finish").isEnabled());
		assertEquals("Hello Appliance", wizard.textWithLabel("Title:").getText());
		wizard.textWithLabel("Release notes:").typeText("First release.");
		wizard.button("Next >").click();

		wizard.button("Next >").click(); // images: the OVA and the qcow2, both chosen
		wizard.button("Finish").click(); // enabled once the review's checks are green
		wizard.waitUntil(Conditions.that("the release to be published", () -> !wizard.textWithLabel("Digest:").getText().isEmpty()),
				PUBLISH_TIMEOUT);

		String digest = wizard.textWithLabel("Digest:").getText();
		RegistryClient client = new RegistryClient(registry.url(), Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
		assertEquals(client.manifest("kiln-ui/hello-appliance", "1.0.0").orElseThrow().digest(), digest);
		assertEquals(registry.host() + "/kiln-ui/hello-appliance@" + digest, wizard.textWithLabel("Reference:").getText());

		// the job updated the marketplace's storefront in the workspace's state folder
		Path storefront = new MarketplaceStore().storefrontFolder(new SavedMarketplace("local registry", registry.url(), "kiln-ui", LocalRegistry.USER));
		assertTrue(Files.readString(storefront.resolve("index.html")).contains(">Hello Appliance</a></h2>"));
		assertTrue(Files.readString(storefront.resolve("appliances/kiln-ui/hello-appliance.html")).contains(digest));
		assertTrue(wizard.button("Open Storefront").isEnabled());

		if (!System.getProperty("kiln.docs.screenshots", "").isBlank()) { // pictures for docs/publishing.md
			dev.kiln.ui.testsupport.Screenshots.captureShell(dialog, Path.of(System.getProperty("kiln.docs.screenshots"), "publish-wizard.png"));
		}
		wizard.button("Show in Catalog").click();
		wizard.button("Finish").click();
		bot.waitUntil(Conditions.shellCloses(dialog));
		var catalog = bot.viewById(CatalogView.ID).bot();
		catalog.tree().expandNode("kiln-ui/hello-appliance").getNode("1.0.0").select();
		bot.waitUntil(Conditions.that("the listing to show", () -> catalog.text(0).getText().startsWith("Hello Appliance  1.0.0")));
		assertTrue(catalog.text(0).getText().contains("Release notes: First release."), catalog.text(0).getText());
		if (!System.getProperty("kiln.docs.screenshots", "").isBlank()) {
			dev.kiln.ui.testsupport.Screenshots.captureDisplay(Path.of(System.getProperty("kiln.docs.screenshots"), "marketplace-catalog.png"));
		}
	}

	@Test
	void fileExportKilnOpensTheWizardOnTheSelectedProjectWithTheListingOfItsManifest() throws Exception {
		IProject project = helloWithImages();
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.viewById(PROJECT_EXPLORER).show();
		bot.viewById(PROJECT_EXPLORER).bot().tree().getTreeItem(project.getName()).select();
		bot.menu("File").menu("Export...").click();
		BotShell dialog = bot.shell("Export");
		dialog.bot().tree().expandNode("Kiln").getNode("Publish to Marketplace").select();
		dialog.bot().button("Next >").click();
		fillTarget(dialog.bot(), "export");
		dialog.bot().button("Next >").click();

		assertEquals("Hello Appliance", dialog.bot().textWithLabel("Title:").getText());
		assertEquals("1.0.0", dialog.bot().textWithLabel("Version:").getText());
		dialog.close();
	}

	@Test
	void aListingThatBreaksARuleShowsItsMessageAndFinishStaysDisabled() throws Exception {
		IProject project = helloWithImages();
		BotShell dialog = openWizard(project);
		Bot wizard = dialog.bot();
		fillTarget(wizard, "rules");
		wizard.button("Next >").click();
		wizard.textWithLabel("Release notes:").setText("First release.");

		wizard.textWithLabel("Title:").setText("T".repeat(80));
		wizard.text("The title has 80 characters; a marketplace title has at most 72.");
		assertFalse(wizard.button("Finish").isEnabled());
		assertFalse(wizard.button("Next >").isEnabled());

		wizard.textWithLabel("Title:").setText("Hello");
		wizard.textWithLabel("Categories:").setText("games");
		wizard.text("The category 'games' is not one the catalog knows: use one of analytics, business, collaboration, databases, "
				+ "developer-tools, devops, education, iot, machine-learning, media, monitoring, networking, operating-systems, security, storage, web.");
		assertFalse(wizard.button("Finish").isEnabled());
		dialog.close();
	}
}
