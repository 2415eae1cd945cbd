package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.Progress;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.Release;
import dev.kiln.publish.testsupport.LocalRegistry;

/** docker-registry with token authentication: Kiln answers the Bearer challenge with tokens from the token service. */
class BearerTokenAuthenticationTest {

	@TempDir
	Path folder;

	@Test
	void aReleaseIsPublishedAndReadBackWithBearerTokensPerScope() throws Exception {
		try (LocalRegistry registry = LocalRegistry.startWithTokenService()) {
			MarketplaceTarget target = new MarketplaceTarget("token", MarketplaceTarget.OCI, registry.url(), "kiln-tests");
			Marketplace marketplace = Marketplaces.connect(target, Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
			Release release = TestReleases.release(folder, "token", "1.0.0");

			PublishResult result = marketplace.publish(release, PublishOptions.defaults(), Progress.NONE);

			assertTrue(registry.tokenService().issued() >= 2, "tokens for /v2/ and for the repository: " + registry.tokenService().issued());
			assertEquals(List.of(new CatalogEntry("kiln-tests/token", List.of("1.0.0"))), marketplace.catalog(Progress.NONE));
			PublishedRelease published = marketplace.release("kiln-tests/token", "1.0.0");
			assertEquals(result.digest(), published.digest());
			Path ova = marketplace.download(published, folder.resolve("pulled"), Progress.NONE).get(0);
			assertEquals(-1, Files.mismatch(release.images().get(0).file(), ova));
		}
	}

	@Test
	void theTokenServiceRefusingTheCredentialsIsAClearAuthenticationError() throws Exception {
		try (LocalRegistry registry = LocalRegistry.startWithTokenService()) {
			MarketplaceTarget target = new MarketplaceTarget("token", MarketplaceTarget.OCI, registry.url(), "kiln-tests");
			Marketplace marketplace = Marketplaces.connect(target, Credentials.of(LocalRegistry.USER, "wrong"));

			PublishException e = assertThrows(PublishException.class, marketplace::testConnection);
			assertEquals(PublishException.Kind.AUTHENTICATION, e.kind());
			assertEquals("The registry " + registry.host() + " refused the credentials of user 'vendor' (HTTP 401). "
					+ "Check the user name and password or token.", e.getMessage());
		}
	}
}
