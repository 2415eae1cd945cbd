package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.Release;
import dev.kiln.publish.internal.oci.Digests;
import dev.kiln.publish.internal.oci.ImageManifest;
import dev.kiln.publish.internal.oci.OciMarketplace;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.publish.testsupport.TestCertificates;

/** Publishing to Debian's docker-registry served over HTTPS with a certificate of a private CA. */
class PublishOverTlsTest {

	private static LocalRegistry registry;

	@TempDir
	Path folder;

	@BeforeAll
	static void startRegistry() throws IOException {
		registry = LocalRegistry.startWithTls();
	}

	@AfterAll
	static void stopRegistry() throws IOException {
		registry.close();
	}

	private static Marketplace marketplace(Path caCertificate) throws PublishException {
		MarketplaceTarget target = new MarketplaceTarget("tls", MarketplaceTarget.OCI, registry.url(), "kiln-tests").withCaCertificate(caCertificate);
		return Marketplaces.connect(target, Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
	}

	private static List<String> tags(String repository) throws PublishException {
		return ((OciMarketplace) marketplace(registry.caCertificate())).client().tags(repository);
	}

	@Test
	void givenTheCaKilnPublishesOverHttpsAndKilnAndSkopeoPullTheReleaseBack() throws Exception {
		Release release = TestReleases.release(folder, "secure", "1.0.0");
		PublishResult result = marketplace(registry.caCertificate()).publish(release, PublishOptions.defaults(), Progress.NONE);

		assertTrue(registry.url().toString().startsWith("https://"), registry.url().toString());
		PublishedRelease published = marketplace(registry.caCertificate()).release("kiln-tests/secure", "1.0.0");
		assertEquals(result.digest(), published.digest());
		List<Path> downloaded = marketplace(registry.caCertificate()).download(published, folder.resolve("kiln-pull"), Progress.NONE);
		for (int i = 0; i < release.images().size(); i++) {
			assertEquals(-1, Files.mismatch(release.images().get(i).file(), downloaded.get(i)), downloaded.get(i).toString());
		}

		// skopeo verifies the registry with the same CA (a folder of *.crt roots), not with --tls-verify=false
		Path certificates = Files.createDirectories(folder.resolve("certs"));
		Files.copy(registry.caCertificate(), certificates.resolve("ca.crt"));
		Path copy = folder.resolve("skopeo");
		PublishToRegistryTest.skopeo("copy", "--src-creds", LocalRegistry.USER + ":" + LocalRegistry.PASSWORD, "--src-cert-dir",
				certificates.toString(), "docker://" + registry.host() + "/kiln-tests/secure@" + result.digest(), "dir:" + copy);
		assertEquals(result.digest(), Digests.of(Files.readAllBytes(copy.resolve("manifest.json"))));
		ImageManifest pulled = ImageManifest.parse(Files.readAllBytes(copy.resolve("manifest.json")));
		assertEquals(-1, Files.mismatch(release.images().get(0).file(), copy.resolve(Digests.hex(pulled.layers().get(0).digest()))));
	}

	@Test
	void withoutTheCaThePublishFailsSayingTheCertificateIsNotTrustedAndHowToFixItAndTagsNothing() throws Exception {
		Release release = TestReleases.release(folder, "untrusted", "1.0.0");

		PublishException e = assertThrows(PublishException.class,
				() -> marketplace(null).publish(release, PublishOptions.defaults(), Progress.NONE));
		assertEquals(PublishException.Kind.UNTRUSTED, e.kind());
		assertTrue(e.getMessage().startsWith("The registry " + registry.host() + " presented a TLS certificate that is not trusted: "),
				e.getMessage());
		assertTrue(e.getMessage().contains("give that CA's certificate (a PEM file) as the marketplace's CA certificate"), e.getMessage());
		assertFalse(e.getMessage().contains("Exception"), e.getMessage());
		assertEquals(List.of(), tags("kiln-tests/untrusted"));
	}

	@Test
	void aCaThatDidNotSignTheRegistrysCertificateIsNamedInTheError() throws Exception {
		Path otherCa = TestCertificates.create(folder.resolve("other")).ca();

		PublishException e = assertThrows(PublishException.class, () -> marketplace(otherCa).testConnection());
		assertEquals(PublishException.Kind.UNTRUSTED, e.kind());
		assertTrue(e.getMessage().contains("Neither the CA certificate " + otherCa + " nor the Java trust store vouches for it"), e.getMessage());
	}

	@Test
	void aCaFileThatHoldsNoCertificateIsReportedBeforeAnyRequest() throws Exception {
		Path notPem = Files.writeString(folder.resolve("ca.pem"), "not a certificate\n");

		PublishException e = assertThrows(PublishException.class, () -> marketplace(notPem).testConnection());
		assertEquals(PublishException.Kind.IO, e.kind());
		assertTrue(e.getMessage().startsWith("Cannot use " + notPem + " as the CA certificate of the registry " + registry.host() + ": "),
				e.getMessage());
	}
}
