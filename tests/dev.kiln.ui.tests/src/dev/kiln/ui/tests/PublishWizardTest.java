package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

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

import dev.kiln.build.BuildInputs;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.internal.oci.RegistryClient;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.publish.testsupport.ReleaseFiles;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.publish.CatalogView;
import dev.kiln.core.internal.publish.MarketplaceStore;
import dev.kiln.core.internal.publish.SavedMarketplace;
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

	/**
	 * The hello-appliance example, copied and imported, with an OVA and a qcow2 where its build puts them
	 * and the record of its inputs a build leaves next to them.
	 */
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
		BuildInputs.record(images, BuildInputs.current(copy).orElseThrow());
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
		wizard.checkBox("Save these listing changes to appliance.xml when publishing").select();
		wizard.button("Next >").click();

		// images: the OVA and the qcow2, both chosen; the qcow2 also as a KubeVirt containerDisk
		wizard.checkBox("Also publish the qcow2 as a KubeVirt containerDisk (tag <version>-containerdisk)").select();
		wizard.button("Next >").click();
		String noBootTest = "\u26a0 No boot test of these images yet: Run As > Appliance in QEMU until it reports ready (advice; publishing is allowed)";
		bot.waitUntil(Conditions.that("the review to advise a boot test", () -> wizard.table().rows().contains(noBootTest)), PUBLISH_TIMEOUT);
		wizard.button("Finish").click(); // enabled once the review's checks are green
		wizard.waitUntil(Conditions.that("the release to be published", () -> !wizard.textWithLabel("Digest:").getText().isEmpty()),
				PUBLISH_TIMEOUT);

		String digest = wizard.textWithLabel("Digest:").getText();
		RegistryClient client = new RegistryClient(registry.url(), Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
		assertEquals(client.manifest("kiln-ui/hello-appliance", "1.0.0").orElseThrow().digest(), digest);
		assertEquals(registry.host() + "/kiln-ui/hello-appliance@" + digest, wizard.textWithLabel("Reference:").getText());
		String containerDisk = wizard.textWithLabel("containerDisk:").getText();
		assertEquals(registry.host() + "/kiln-ui/hello-appliance@" + client.manifest("kiln-ui/hello-appliance", "1.0.0-containerdisk")
				.orElseThrow().digest(), containerDisk);

		// the job updated the marketplace's storefront in the workspace's state folder
		Path storefront = new MarketplaceStore().storefrontFolder(new SavedMarketplace("local registry", registry.url(), "kiln-ui", LocalRegistry.USER));
		assertTrue(Files.readString(storefront.resolve("index.html")).contains(">Hello Appliance</a></h2>"));
		assertTrue(Files.readString(storefront.resolve("appliances/kiln-ui/hello-appliance.html")).contains(digest));
		assertTrue(wizard.button("Open Storefront").isEnabled());

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
		wizard.button("Show in Catalog").click();
		wizard.button("Finish").click();
		bot.waitUntil(Conditions.shellCloses(dialog));
		var catalog = bot.viewById(CatalogView.ID).bot();
		catalog.tree().expandNode("kiln-ui/hello-appliance").getNode("1.0.0").select();
		bot.waitUntil(Conditions.that("the listing to show", () -> catalog.text(0).getText().startsWith("Hello Appliance  1.0.0")));
		assertTrue(catalog.text(0).getText().contains("Release notes: First release."), catalog.text(0).getText());
		DocsPictures.file("marketplace-catalog.png").ifPresent(dev.kiln.ui.testsupport.Screenshots::captureDisplay);
		catalog.button("Import as Project").click();
		IProject imported = ResourcesPlugin.getWorkspace().getRoot().getProject("hello-appliance-1.0.0");
		bot.waitUntil(Conditions.that("the release to be imported as a project", () -> {
			try {
				catalog.label("Imported 2 file(s) into the project hello-appliance-1.0.0, digests checked.");
				return true;
			} catch (RuntimeException notYet) {
				return false;
			}
		}), PUBLISH_TIMEOUT);
		assertTrue(imported.getFile("listing.json").exists() && imported.getFile("hello-appliance-1.0.0.qcow2").exists());
		Path published = project.getLocation().toPath().resolve("build/hello-appliance-1.0.0.ova");
		assertEquals(-1L, Files.mismatch(published, imported.getLocation().toPath().resolve("hello-appliance-1.0.0.ova")));
		assertTrue(Files.readString(imported.getLocation().toPath().resolve("listing.json")).contains("\"releaseNotes\":\"First release.\""));
		catalog.button("Import as Project").click();
		catalog.label("A project named hello-appliance-1.0.0 exists already: delete or rename it to import the release again.");
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
	void imagesOlderThanTheApplicationFilesAreFlaggedOnTheReviewPageAndFinishStaysDisabled() throws Exception {
		IProject project = helloWithImages();
		IFile page = project.getFile("app/www/index.html");
		page.setContents(new java.io.ByteArrayInputStream("<h1>Changed after the build</h1>\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
				IResource.KEEP_HISTORY, null);
		BotShell dialog = openWizard(project);
		Bot wizard = dialog.bot();
		fillTarget(wizard, "stale");
		wizard.button("Next >").click();
		wizard.textWithLabel("Release notes:").setText("First release.");
		wizard.button("Next >").click();
		wizard.button("Next >").click();
		String stale = "\u2718 The images are older than appliance.xml or the application files: build them again (Images page, Build Now)";
		bot.waitUntil(Conditions.that("the review to flag the stale images", () -> wizard.table().rows().contains(stale)), PUBLISH_TIMEOUT);
		assertFalse(wizard.button("Finish").isEnabled());
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
