package dev.kiln.core.internal.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ReleasePublisher;
import dev.kiln.publish.Credentials;

/** Marketplaces per workspace, passwords in secure storage only, and a publish cut short stays visible. */
class MarketplaceStoreTest {

	@TempDir
	Path state;

	@Test
	void aSavedMarketplaceKeepsItsPasswordInSecureStorageNotInThePreferences() throws Exception {
		MarketplaceStore store = new MarketplaceStore(state);
		SavedMarketplace saved = new SavedMarketplace("store test", URI.create("http://127.0.0.1:5000"), "acme", "vendor");
		store.save(saved, "pa55-word-in-secure-storage");

		assertEquals(Optional.of(saved), store.marketplace("store test"));
		assertEquals(Optional.of(new Credentials.Secret("vendor", "pa55-word-in-secure-storage")),
				store.credentials(saved).forServer(saved.url()));
		String preferences = InstanceScope.INSTANCE.getNode("dev.kiln.core").get("marketplaces", "");
		assertFalse(preferences.contains("pa55-word-in-secure-storage"), preferences);
	}

	@Test
	void theCaCertificateOfAMarketplaceIsSavedAndTrustedByItsTarget() throws Exception {
		MarketplaceStore store = new MarketplaceStore(state);
		SavedMarketplace saved = new SavedMarketplace("tls test", URI.create("https://127.0.0.1:5443"), "acme", "vendor", "/etc/kiln/ca.pem");
		store.save(saved, null);

		assertEquals(Optional.of(saved), store.marketplace("tls test"));
		assertEquals(Path.of("/etc/kiln/ca.pem"), store.marketplace("tls test").orElseThrow().target().caCertificate());
		assertNull(new SavedMarketplace("plain", URI.create("http://127.0.0.1:5000"), "acme", "vendor", " ").target().caCertificate());
	}

	@Test
	void aMarketplaceSavedBeforeCaCertificatesExistedStillReads() throws Exception {
		IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode("dev.kiln.core");
		String before = preferences.get("marketplaces", "");
		try {
			preferences.put("marketplaces", before + "older\thttp://127.0.0.1:5000\tacme\tvendor\n");
			assertEquals(Optional.of(new SavedMarketplace("older", URI.create("http://127.0.0.1:5000"), "acme", "vendor", "")),
					new MarketplaceStore(state).marketplace("older"));
		} finally {
			preferences.put("marketplaces", before);
		}
	}

	@Test
	void aPublishThatStartedAndNeverEndedIsReportedUntilOneEnds() throws Exception {
		MarketplaceStore store = new MarketplaceStore(state);
		store.record("local", "127.0.0.1:5000/acme/hello:1.0.0", ReleasePublisher.Outcome.STARTED, null);
		store.record("local", "127.0.0.1:5000/acme/other:2.0.0", ReleasePublisher.Outcome.STARTED, null);
		store.record("local", "127.0.0.1:5000/acme/other:2.0.0", ReleasePublisher.Outcome.PUBLISHED, "sha256:00");

		assertEquals(List.of("127.0.0.1:5000/acme/hello:1.0.0"), store.unfinished().stream().map(MarketplaceStore.HistoryEntry::reference).toList());
		store.record("local", "127.0.0.1:5000/acme/hello:1.0.0", ReleasePublisher.Outcome.CANCELLED, null);
		assertEquals(List.of(), store.unfinished());
		assertEquals(4, store.entries().size());
	}
}
