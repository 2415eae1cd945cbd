package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.storefront.StorefrontGenerator;
import dev.kiln.publish.storefront.StorefrontResult;
import dev.kiln.publish.testsupport.LocalRegistry;

/** Generating storefronts from Debian's docker-registry on 127.0.0.1: same content same bytes, only changed pages rewritten, foreign repositories skipped. */
class StorefrontGenerationTest {

	private static LocalRegistry registry;
	private static StorefrontFixture fixture;
	@TempDir
	static Path files;

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

	@Test
	void theSameRegistryContentGivesByteIdenticalSites() throws Exception {
		fixture.publish("same", StorefrontFixture.listing("alpha", "1.0.0", "Alpha", "The first appliance.", List.of("web")));
		fixture.publish("same", StorefrontFixture.listing("beta", "0.9.0", "Beta", "The second appliance.", List.of("storage", "web")));
		fixture.publish("same", StorefrontFixture.listing("beta", "1.0.0", "Beta", "The second appliance.", List.of("storage", "web")));

		StorefrontResult first = fixture.generate("same", folder.resolve("first"));
		StorefrontResult second = fixture.generate("same", folder.resolve("second"));

		Map<String, byte[]> a = contents(first.site());
		Map<String, byte[]> b = contents(second.site());
		assertEquals(a.keySet(), b.keySet());
		for (String file : a.keySet()) {
			assertEquals(new String(a.get(file), StandardCharsets.ISO_8859_1), new String(b.get(file), StandardCharsets.ISO_8859_1), file);
		}
		assertTrue(a.keySet().containsAll(List.of("index.html", "catalog.json", "storefront.css", "storefront.js",
				"appliances/same/alpha.html", "appliances/same/beta.html", ".kiln-storefront.json")), a.keySet().toString());
		assertEquals(2, a.keySet().stream().filter(f -> f.startsWith("media/")).count(), "one logo and one screenshot: the same pictures");

		StorefrontResult again = fixture.generate("same", folder.resolve("first"));
		assertEquals(List.of(), again.written(), "nothing changed, nothing written");
		assertEquals(a.keySet(), contents(first.site()).keySet());
	}

	@Test
	void publishingANewVersionRewritesOnlyThatAppliancesPageTheIndexAndTheFeed() throws Exception {
		fixture.publish("incremental", StorefrontFixture.listing("one", "1.0.0", "One", "The appliance that gets a new version.", List.of("web")));
		fixture.publish("incremental", StorefrontFixture.listing("two", "1.0.0", "Two", "The appliance that stays.", List.of("web")));
		Path site = folder.resolve("site");
		StorefrontResult first = fixture.generate("incremental", site);
		assertTrue(first.written().containsAll(List.of("appliances/incremental/one.html", "appliances/incremental/two.html", "index.html",
				"catalog.json")), first.written().toString());
		FileTime untouched = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(site.resolve("appliances/incremental/two.html"), untouched);

		fixture.publish("incremental", StorefrontFixture.listing("one", "1.1.0", "One", "The appliance that gets a new version.", List.of("web")));
		StorefrontResult second = fixture.generate("incremental", site);

		assertEquals(List.of("appliances/incremental/one.html", "catalog.json", "index.html"), second.written());
		assertTrue(second.unchanged().contains("appliances/incremental/two.html"), second.unchanged().toString());
		assertEquals(untouched, Files.getLastModifiedTime(site.resolve("appliances/incremental/two.html")));
		assertTrue(Files.readString(site.resolve("appliances/incremental/one.html")).contains("<span id=\"latest-version\">1.1.0</span>"));
		assertTrue(Files.readString(site.resolve("catalog.json")).contains("\"latest\": \"1.1.0\""));
	}

	@Test
	void aRepositoryThatIsNoKilnApplianceIsSkippedWithAWarning() throws Exception {
		fixture.publish("mixed", StorefrontFixture.listing("real", "1.0.0", "Real", "A Kiln appliance next to a plain image.", List.of("web")));
		fixture.pushPlainImage("mixed/plain");
		List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
		Progress progress = Progress.logging(logged::add);

		StorefrontResult result = new StorefrontGenerator(fixture.marketplace("mixed"), fixture.target("mixed"), null, null)
				.generate(folder.resolve("site"), progress);

		assertEquals(1, result.appliances());
		assertEquals(1, result.warnings().size(), result.warnings().toString());
		assertEquals("Skipped mixed/plain: mixed/plain:latest is not a Kiln appliance release (artifact type application/vnd.oci.image.config.v1+json).",
				result.warnings().get(0));
		assertEquals(result.warnings(), logged);
		assertFalse(Files.exists(folder.resolve("site/appliances/mixed/plain.html")));
		assertFalse(Files.readString(folder.resolve("site/catalog.json")).contains("mixed/plain"));
	}

	@Test
	void aMirrorPrefixReplacesTheRegistrysBlobUrls() throws Exception {
		fixture.publish("mirrored", StorefrontFixture.listing("m", "1.0.0", "Mirrored", "Downloads come from a mirror.", List.of("web")));
		StorefrontResult result = new StorefrontGenerator(fixture.marketplace("mirrored"), fixture.target("mirrored"),
				"http://127.0.0.1:9/mirror/appliances/", "Example Appliances").generate(folder.resolve("site"), Progress.NONE);

		String page = Files.readString(result.site().resolve("appliances/mirrored/m.html"));
		assertTrue(page.contains("href=\"http://127.0.0.1:9/mirror/appliances/mirrored/m/blobs/sha256:"), page);
		assertFalse(page.contains(registry.host()), "no link to the registry itself");
		assertTrue(Files.readString(result.index()).contains("<title>Example Appliances</title>"));
	}

	@Test
	void aPublishedContainerDiskIsWhatTheKubeVirtInstructionsBoot() throws Exception {
		PublishResult with = fixture.publish("kubevirt", StorefrontFixture.listing("cd", "1.0.0", "With disk", "Published with a containerDisk.",
				List.of("web")), PublishOptions.defaults().withContainerDisk(true));
		fixture.publish("kubevirt", StorefrontFixture.listing("plain", "1.0.0", "Without disk", "Published without a containerDisk.",
				List.of("web")));
		StorefrontResult result = new StorefrontGenerator(fixture.marketplace("kubevirt"), fixture.target("kubevirt"), null, "KubeVirt")
				.generate(folder.resolve("site"), Progress.NONE);

		String withDisk = Files.readString(result.site().resolve("appliances/kubevirt/cd.html"));
		assertTrue(withDisk.contains("image: " + with.containerDisk() + "\n"), with.containerDisk() + " in " + withDisk);
		assertFalse(withDisk.contains("Containerfile"), "nothing to wrap by hand");
		String withoutDisk = Files.readString(result.site().resolve("appliances/kubevirt/plain.html"));
		assertTrue(withoutDisk.contains("Containerfile"), "the customer wraps the qcow2 in a containerDisk");
	}

	@Test
	void theCloudDisksAndTheVagrantBoxComeWithTheStepsOfTheirPlatforms() throws Exception {
		fixture.publishWithFormats("clouds", StorefrontFixture.listing("everywhere", "2.1.0", "Everywhere", "Deployed to every cloud.",
				List.of("web")), List.of("vhd", "gce", "vagrant-libvirt", "raw"));
		StorefrontResult result = fixture.generate("clouds", folder.resolve("site"));

		String page = Files.readString(result.site().resolve("appliances/clouds/everywhere.html"));
		for (String step : List.of("<h3>VHD: everywhere-2.1.0.vhd</h3>", "<h4>Microsoft Azure</h4>",
				"az storage blob upload --account-name ACCOUNT --container-name CONTAINER --type page --file everywhere-2.1.0.vhd",
				"--name everywhere-2-1-0 --os-type Linux --hyper-v-generation V2", "<h4>Microsoft Hyper-V</h4>",
				"New-VM -Name everywhere -Generation 2", "<h3>GCE: everywhere-2.1.0.gce.tar.gz</h3>",
				"gcloud compute images create everywhere-2-1-0 --source-uri gs://BUCKET/everywhere-2.1.0.gce.tar.gz --guest-os-features=UEFI_COMPATIBLE",
				"<h3>VAGRANT-LIBVIRT: everywhere-2.1.0.vagrant-libvirt.box</h3>", "vagrant box add --name everywhere everywhere-2.1.0.vagrant-libvirt.box",
				"<h4>Amazon EC2 (VM Import)</h4>", "--disk-containers &quot;Format=raw,UserBucket={S3Bucket=BUCKET,S3Key=everywhere-2.1.0.raw}&quot;")) {
			assertTrue(page.contains(step), step + " in " + page);
		}
	}

	@Test
	void eachReleaseShowsThePublishersFingerprintAndAnUnsignedOneSaysSo() throws Exception {
		VendorIdentity vendor = VendorIdentity.create("Acme Appliances", "Acme", java.time.Duration.ofDays(2));
		fixture.publish("signed", StorefrontFixture.listing("s", "1.0.0", "Signed", "Published with the vendor identity.", List.of("web")),
				PublishOptions.defaults().withSigner(vendor));
		fixture.publish("signed", StorefrontFixture.listing("s", "1.1.0", "Signed", "Published with the vendor identity.", List.of("web")));
		StorefrontResult result = fixture.generate("signed", folder.resolve("site"));

		String page = Files.readString(result.site().resolve("appliances/signed/s.html"));
		String signed = page.substring(page.indexOf("data-version=\"1.0.0\""));
		assertTrue(signed.contains("Signed by CN=Acme Appliances,O=Acme, certificate fingerprint <code>" + vendor.fingerprint() + "</code>"),
				signed);
		String unsigned = page.substring(page.indexOf("data-version=\"1.1.0\""), page.indexOf("data-version=\"1.0.0\""));
		assertTrue(unsigned.contains("Not signed: nothing shows who published this release."), unsigned);
		String feed = Files.readString(result.site().resolve("catalog.json"));
		assertTrue(feed.contains("\"fingerprint\": \"" + vendor.fingerprint() + "\""), feed);
	}

	/** Every file of the site (hidden ones too) by its path relative to the site. */
	private static Map<String, byte[]> contents(Path site) throws IOException {
		Map<String, byte[]> contents = new TreeMap<>();
		try (Stream<Path> walk = Files.walk(site)) {
			for (Path file : walk.filter(Files::isRegularFile).toList()) {
				contents.put(site.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
			}
		}
		return contents;
	}
}
