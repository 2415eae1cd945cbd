package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ReleaseMapper;
import dev.kiln.image.Progress;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Listing;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.Release;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.ExternalTool;

/**
 * The hello-appliance example's real images, built here (on the tests' shared base-system cache) or
 * taken from {@code kiln.example.images}, published to Debian's docker-registry on 127.0.0.1 and pulled
 * back by Kiln and skopeo.
 */
class PublishExampleTest {

	@TempDir
	Path folder;

	@Test
	void theExamplesBuiltImagesArePublishedAndPulledBackByteForByte() throws Exception {
		Path project = ExampleProjects.hello();
		String given = System.getProperty("kiln.example.images");
		Path images = given != null ? Path.of(given).toAbsolutePath() : folder.resolve("images");
		if (given == null) {
			new ApplianceBuild(Builds.engine()).build(project, images, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
		}
		ManifestCheck.Result checked = new ManifestCheck().check(project.resolve(ManifestCheck.MANIFEST_FILE), project, "appliance.xml");
		Appliance appliance = checked.appliance();
		List<Release.Image> built = new ArrayList<>();
		for (String format : List.of("ova", "qcow2", "vmdk")) { // the raw disk is not something customers download
			Path file = images.resolve(appliance.getId() + "-" + appliance.getVersion() + "." + format);
			if (Files.isRegularFile(file)) {
				built.add(new Release.Image(format, file, null));
			}
		}
		assertFalse(built.isEmpty(), "no image of the example in " + images);

		Listing listing = ReleaseMapper.listing(appliance, project);
		assertEquals(null, listing.releaseNotes(), "the example's manifest has no release notes; the vendor adds them when publishing");
		Listing withNotes = new Listing(listing.id(), listing.name(), listing.version(), listing.vendor(), listing.title(), listing.summary(),
				listing.description(), listing.categories(), "First release of the example.", listing.pricing(), listing.license(), listing.eula(),
				listing.support(), listing.hardware(), null, List.of());
		Release release = ReleaseMapper.release(appliance, project, withNotes, built, List.of(), 1_704_067_200L);

		try (LocalRegistry registry = LocalRegistry.start()) {
			Marketplace marketplace = Marketplaces.connect(new MarketplaceTarget("local", MarketplaceTarget.OCI, registry.url(), "examples"),
					Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
			PublishResult result = marketplace.publish(release, PublishOptions.defaults(), Progress.NONE);

			PublishedRelease published = marketplace.release("examples/hello-appliance", "1.0.0");
			assertEquals(result.digest(), published.digest());
			assertEquals("Hello Appliance", published.listing().title());
			assertEquals(new Listing.Hardware(1, 512, 2048, "hybrid"), published.listing().hardware());
			List<Path> pulled = marketplace.download(published, folder.resolve("kiln"), Progress.NONE);
			for (int i = 0; i < built.size(); i++) {
				assertEquals(-1, Files.mismatch(built.get(i).file(), pulled.get(i)), pulled.get(i).toString());
			}
			Path copy = folder.resolve("skopeo");
			ExternalTool.command("skopeo", "copy", "--src-creds", LocalRegistry.USER + ":" + LocalRegistry.PASSWORD, "--src-tls-verify=false",
					"docker://" + registry.host() + "/examples/hello-appliance@" + result.digest(), "dir:" + copy)
					.limit(Duration.ofSeconds(300)).output();
			for (PublishedRelease.File file : published.files()) {
				Path blob = copy.resolve(file.digest().substring("sha256:".length()));
				Path source = built.stream().map(Release.Image::file).filter(f -> f.getFileName().toString().equals(file.name())).findFirst().orElseThrow();
				assertEquals(-1, Files.mismatch(source, blob), "skopeo's " + file.name());
			}
			assertFalse(result.referrers().isEmpty(), "the SBOM is attached");
		}
	}
}
