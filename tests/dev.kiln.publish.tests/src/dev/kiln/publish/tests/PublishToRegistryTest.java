package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.image.Progress;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.Release;
import dev.kiln.publish.ReleaseSignature;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.publish.internal.oci.Descriptor;
import dev.kiln.publish.internal.oci.ImageManifest;
import dev.kiln.publish.internal.oci.OciMarketplace;
import dev.kiln.publish.internal.oci.OciMediaTypes;
import dev.kiln.publish.internal.oci.RegistryClient;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExternalTool;

/** Publishing releases to Debian's docker-registry on 127.0.0.1 and reading them back, with Kiln and with skopeo. */
class PublishToRegistryTest extends LocalRegistryTestBase {

	@Test
	void aReleaseIsOneManifestWithTheListingAsConfigAndEveryFileAsATitledLayer() throws Exception {
		Release release = TestReleases.release(folder, "layout", "1.0.0");
		PublishResult result = marketplace().publish(release, PublishOptions.defaults(), Progress.NONE);

		assertEquals(registry.host() + "/kiln-tests/layout@" + result.digest(), result.reference());
		RegistryClient client = client();
		ImageManifest manifest = ImageManifest.parse(client.manifest("kiln-tests/layout", "1.0.0").orElseThrow().content());
		assertEquals(OciMediaTypes.APPLIANCE, manifest.artifactType());
		assertEquals(OciMediaTypes.LISTING, manifest.config().mediaType());
		assertEquals(List.of("application/vnd.kiln.image.ova", "application/vnd.kiln.image.qcow2", "image/png", "image/jpeg"),
				manifest.layers().stream().map(Descriptor::mediaType).toList());
		assertEquals(List.of("layout-1.0.0.ova", "layout-1.0.0.qcow2", "logo.png", "console.jpg"),
				manifest.layers().stream().map(l -> l.annotation(OciMediaTypes.TITLE)).toList());
		assertEquals("1.0.0", manifest.annotations().get(OciMediaTypes.VERSION));
		assertEquals("Hello Appliance", manifest.annotations().get(OciMediaTypes.TITLE));
		assertEquals("2024-01-01T00:00:00Z", manifest.annotations().get(OciMediaTypes.CREATED));
		assertEquals("Apache-2.0", manifest.annotations().get(OciMediaTypes.LICENSES));
	}

	@Test
	void kilnAndSkopeoPullTheReleaseBackByDigestByteForByteAndTheCatalogReadsItsListing() throws Exception {
		Release release = TestReleases.release(folder, "hello", "1.0.0");
		PublishResult result = marketplace().publish(release, PublishOptions.defaults(), Progress.NONE);
		List<Path> sources = new ArrayList<>(release.images().stream().map(Release.Image::file).toList());
		sources.add(release.logo());
		sources.addAll(release.screenshots());

		// Kiln's catalog client
		List<CatalogEntry> catalog = marketplace().catalog(Progress.NONE);
		assertTrue(catalog.contains(new CatalogEntry("kiln-tests/hello", List.of("1.0.0"))), catalog.toString());
		PublishedRelease published = marketplace().release("kiln-tests/hello", "1.0.0");
		assertEquals(result.digest(), published.digest());
		assertEquals(release.listing().withImages("logo.png", List.of("console.jpg")), published.listing());
		List<Path> downloaded = marketplace().download(published, folder.resolve("kiln-pull"), Progress.NONE);
		assertEquals(sources.size(), downloaded.size());
		for (int i = 0; i < sources.size(); i++) {
			assertEquals(-1, Files.mismatch(sources.get(i), downloaded.get(i)), downloaded.get(i) + " differs from " + sources.get(i));
		}

		// skopeo, an independent client
		Path copy = folder.resolve("skopeo");
		skopeo("copy", "--src-creds", LocalRegistry.USER + ":" + LocalRegistry.PASSWORD, "--src-tls-verify=false",
				"docker://" + registry.host() + "/kiln-tests/hello@" + result.digest(), "dir:" + copy);
		ImageManifest pulled = ImageManifest.parse(Files.readAllBytes(copy.resolve("manifest.json")));
		assertEquals(result.digest(), dev.kiln.publish.internal.oci.Digests.of(Files.readAllBytes(copy.resolve("manifest.json"))));
		for (int i = 0; i < sources.size(); i++) {
			Path blob = copy.resolve(pulled.layers().get(i).digest().substring("sha256:".length()));
			assertEquals(-1, Files.mismatch(sources.get(i), blob), "skopeo's " + blob.getFileName() + " differs from " + sources.get(i));
		}
		String config = Files.readString(copy.resolve(pulled.config().digest().substring("sha256:".length())), StandardCharsets.UTF_8);
		assertTrue(config.contains("\"title\":\"Hello Appliance\""), config);
	}

	@Test
	void theSbomAndTheSignatureAreAttachedAsReferrersUnderTheTagSchemaFallback() throws Exception {
		Release release = TestReleases.release(folder, "signed", "1.0.0");
		VendorIdentity signer = VendorIdentity.create("Acme Appliances", "Acme", java.time.Duration.ofDays(2));
		PublishResult result = marketplace().publish(release, PublishOptions.defaults().withSigner(signer), Progress.NONE);

		RegistryClient client = client();
		assertTrue(client.referrers("kiln-tests/signed", result.digest()).isEmpty(), "distribution 2.8 has no referrers API");
		List<Descriptor> referrers = ImageManifest.parseIndex(
				client.manifest("kiln-tests/signed", "sha256-" + result.digest().substring(7)).orElseThrow().content());
		assertEquals(List.of(OciMediaTypes.SBOM, OciMediaTypes.SIGNATURE), referrers.stream().map(Descriptor::artifactType).toList());
		assertEquals(result.referrers(), referrers.stream().map(Descriptor::digest).toList());

		ImageManifest sbom = ImageManifest.parse(client.manifest("kiln-tests/signed", referrers.get(0).digest()).orElseThrow().content());
		assertEquals(result.digest(), sbom.subject().digest());
		String sbomJson = new String(client.blob("kiln-tests/signed", sbom.layers().get(0).digest()), StandardCharsets.UTF_8);
		assertTrue(sbomJson.contains("\"purl\":\"pkg:deb/debian/busybox@1%3A1.37.0-6?arch=amd64\""), sbomJson);

		ImageManifest signature = ImageManifest.parse(client.manifest("kiln-tests/signed", referrers.get(1).digest()).orElseThrow().content());
		ReleaseSignature document = ReleaseSignature.parse(client.blob("kiln-tests/signed", signature.layers().get(0).digest()));
		assertEquals(result.digest(), document.digest());
		assertTrue(document.verifies(result.digest()), "the signature verifies with the certificate it carries");
		assertEquals(signer.fingerprint(), document.fingerprint());
		assertEquals("CN=Acme Appliances,O=Acme", document.subject());
	}

	@Test
	void theMarketplaceReadsBackTheSignatureAndTheSameIdentitySignsTheSameReleaseIdentically() throws Exception {
		Release release = TestReleases.release(folder, "signed-twice", "1.0.0");
		VendorIdentity signer = VendorIdentity.create("Acme Appliances", null, java.time.Duration.ofDays(2));
		PublishResult first = marketplace().publish(release, PublishOptions.defaults().withSigner(signer), Progress.NONE);
		PublishResult second = marketplace().publish(release, PublishOptions.defaults().withSigner(signer).withOverwrite(true), Progress.NONE);

		assertEquals(first.referrers(), second.referrers(), "RSA PKCS #1 v1.5 signatures are deterministic: the same referrers");
		List<ReleaseSignature> signatures = marketplace().signatures(marketplace().release("kiln-tests/signed-twice", "1.0.0"));
		assertEquals(1, signatures.size());
		assertTrue(signatures.get(0).verifies(first.digest()));
		assertEquals(signer.fingerprint(), signatures.get(0).fingerprint());
		assertFalse(signatures.get(0).verifies("sha256:" + "0".repeat(64)), "a signature of one release does not pass for another");
	}

	@Test
	void republishingAnUnchangedReleaseUploadsNoBlobAndGivesTheSameDigest() throws Exception {
		Release release = TestReleases.release(folder, "again", "1.0.0");
		PublishResult first = marketplace().publish(release, PublishOptions.defaults(), Progress.NONE);
		PublishResult second = marketplace().publish(release, PublishOptions.defaults().withOverwrite(true), Progress.NONE);

		assertEquals(first.digest(), second.digest());
		assertEquals(List.of(), second.uploaded());
		assertEquals(0, second.bytesUploaded());
		assertEquals(5, second.skipped().size(), "config and four layers");
	}

	@Test
	void aVersionAlreadyPublishedIsRefusedBeforeAnyUploadUnlessOverwriteIsAllowed() throws Exception {
		Release release = TestReleases.release(folder, "versioned", "2.0.0");
		marketplace().publish(release, PublishOptions.defaults(), Progress.NONE);

		List<ListingProblem> problems = marketplace().check(release, false);
		assertEquals(List.of("version"), problems.stream().map(ListingProblem::field).toList());
		assertTrue(problems.get(0).message().contains("Version 2.0.0 is already published in " + registry.host() + "/kiln-tests/versioned"),
				problems.get(0).message());
		PublishException refused = assertThrows(PublishException.class,
				() -> marketplace().publish(release, PublishOptions.defaults(), Progress.NONE));
		assertEquals(PublishException.Kind.LISTING, refused.kind());
		assertEquals(List.of(), marketplace().check(release, true));
	}

	@Test
	void aWrongPasswordFailsClearlyAndNothingIsTagged() throws Exception {
		Release release = TestReleases.release(folder, "wrong-password", "1.0.0");
		Marketplace wrong = Marketplaces.connect(target(), Credentials.of(LocalRegistry.USER, "not-the-password"));

		PublishException e = assertThrows(PublishException.class, () -> wrong.publish(release, PublishOptions.defaults(), Progress.NONE));
		assertEquals(PublishException.Kind.AUTHENTICATION, e.kind());
		assertEquals("The registry " + registry.host() + " refused the credentials of user 'vendor' (HTTP 401). "
				+ "Check the user name and password or token.", e.getMessage());
		assertFalse(e.getMessage().contains("not-the-password"));
		assertFalse(marketplace().catalog(Progress.NONE).stream().anyMatch(c -> c.appliance().equals("kiln-tests/wrong-password")));
		assertEquals(List.of(), client().tags("kiln-tests/wrong-password"));
	}

	@Test
	void noCredentialsForARegistryThatAsksForThemSaysWhereToGiveThem() throws Exception {
		Marketplace anonymous = Marketplaces.connect(target(), Credentials.NONE);
		PublishException e = assertThrows(PublishException.class, anonymous::testConnection);
		assertEquals(PublishException.Kind.AUTHENTICATION, e.kind());
		assertTrue(e.getMessage().contains("KILN_REGISTRY_USER and KILN_REGISTRY_PASSWORD"), e.getMessage());
	}

	@Test
	void anUnreachableRegistryFailsClearly() throws Exception {
		Release release = TestReleases.release(folder, "nowhere", "1.0.0");
		MarketplaceTarget nowhere = new MarketplaceTarget("nowhere", MarketplaceTarget.OCI,
				java.net.URI.create("http://127.0.0.1:" + LocalRegistry.freePort()), "kiln-tests");
		Marketplace marketplace = Marketplaces.connect(nowhere, Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));

		PublishException e = assertThrows(PublishException.class, () -> marketplace.publish(release, PublishOptions.defaults(), Progress.NONE));
		assertEquals(PublishException.Kind.UNREACHABLE, e.kind());
		assertTrue(e.getMessage().startsWith("The registry " + nowhere.url() + " cannot be reached: connection refused"), e.getMessage());
	}

	@Test
	void aListingThatBreaksARuleIsRefusedBeforeAnyUpload() throws Exception {
		Release good = TestReleases.release(folder, "bad-listing", "1.0.0");
		var l = good.listing();
		Release bad = TestReleases.withListing(good, new dev.kiln.publish.Listing(l.id(), l.name(), l.version(), l.vendor(), "x".repeat(80),
				l.summary(), l.description(), l.categories(), l.releaseNotes(), l.pricing(), l.license(), l.eula(), l.support(), l.hardware(), null, List.of()));

		PublishException e = assertThrows(PublishException.class, () -> marketplace().publish(bad, PublishOptions.defaults(), Progress.NONE));
		assertEquals(PublishException.Kind.LISTING, e.kind());
		assertEquals(List.of("title"), e.problems().stream().map(ListingProblem::field).toList());
		RegistryClient client = client();
		assertFalse(client.hasBlob("kiln-tests/bad-listing", dev.kiln.publish.internal.oci.Digests.of(good.images().get(0).file())));
	}

	@Test
	void aCancelledPublishStopsDuringTheUploadAndTagsNothing() throws Exception {
		Path ova = dev.kiln.publish.testsupport.ReleaseFiles.random(folder.resolve("cancelled-1.0.0.ova"), 32L << 20, 32);
		Release release = new Release(TestReleases.listing("cancelled", "1.0.0"), List.of(new Release.Image("ova", ova, null)), null, List.of(),
				List.of(), TestReleases.CREATED);
		java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
		Progress cancelAfter4MiB = new Progress() {
			@Override
			public void worked(long units) {
				read.addAndGet(units);
			}

			@Override
			public boolean isCancelled() {
				return read.get() >= 4L << 20;
			}
		};

		PublishException e = assertThrows(PublishException.class, () -> marketplace().publish(release, PublishOptions.defaults(), cancelAfter4MiB));
		assertEquals(PublishException.Kind.CANCELLED, e.kind());
		assertEquals("Publishing was cancelled; the release was not tagged.", e.getMessage());
		assertTrue(read.get() < 32L << 20, "stopped after " + read.get() + " bytes");
		assertEquals(List.of(), client().tags("kiln-tests/cancelled"));
	}

	static void skopeo(String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("skopeo"));
		command.addAll(List.of(arguments));
		ExternalTool.command(command).output();
	}
}
