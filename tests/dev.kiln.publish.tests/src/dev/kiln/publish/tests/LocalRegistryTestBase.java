package dev.kiln.publish.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.internal.oci.OciMarketplace;
import dev.kiln.publish.internal.oci.RegistryClient;
import dev.kiln.publish.testsupport.LocalRegistry;

/**
 * Tests against Debian's docker-registry on 127.0.0.1 with htpasswd users, started once per test
 * class; releases go to the repository prefix {@code kiln-tests}.
 */
abstract class LocalRegistryTestBase {

	static LocalRegistry registry;

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

	static MarketplaceTarget target() {
		return new MarketplaceTarget("local", MarketplaceTarget.OCI, registry.url(), "kiln-tests");
	}

	/** The marketplace with the registry's user and password. */
	static Marketplace marketplace() throws PublishException {
		return Marketplaces.connect(target(), Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
	}

	/** Kiln's registry client with the registry's user and password, to look at what was published. */
	static RegistryClient client() throws PublishException {
		return ((OciMarketplace) marketplace()).client();
	}
}
