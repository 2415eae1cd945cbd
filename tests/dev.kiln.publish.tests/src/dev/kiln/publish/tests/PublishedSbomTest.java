package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.Release;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.internal.oci.Digests;
import dev.kiln.publish.internal.oci.ImageManifest;
import dev.kiln.publish.internal.oci.OciMediaTypes;

/** A published release's SBOM read back through the marketplace SPI, as {@code kiln audit} reads it. */
class PublishedSbomTest extends LocalRegistryTestBase {

	@Test
	void theSbomOfAPublishedReleaseReadsBackWithPocketsAndArchiveState() throws Exception {
		List<InstalledPackage> packages = List.of(new InstalledPackage("busybox", "1:1.37.0-6+deb13u1", "amd64", "trixie-security"),
				new InstalledPackage("systemd", "257.9-1~deb13u1", "amd64", "trixie"));
		List<PocketState> state = List.of(new PocketState("trixie-security", URI.create("http://mirror.invalid/debian-security/"),
				Instant.parse("2025-12-01T18:00:00Z"), "c".repeat(64)));
		Release built = TestReleases.release(folder, "audited", "1.0.0");
		Release release = new Release(built.listing(), built.images(), built.logo(), built.screenshots(), packages, built.created(), state);
		marketplace().publish(release, PublishOptions.defaults(), Progress.NONE);

		PublishedRelease published = marketplace().release("kiln-tests/audited", "1.0.0");
		ReleaseSbom sbom = ReleaseSbom.read(marketplace().sbom(published).orElseThrow());

		assertEquals(packages, sbom.packages());
		assertEquals(state, sbom.archiveState());
		assertEquals("audited", sbom.appliance());
	}

	@Test
	void aReleaseWhoseReferrersHoldNoSbomHasNone() throws Exception {
		PublishResult result = marketplace().publish(TestReleases.release(folder, "bare", "1.0.0"), PublishOptions.defaults(), Progress.NONE);
		// as a release pushed by another tool, or before Kiln attached SBOMs: an empty referrers index
		client().putManifest("kiln-tests/bare", Digests.referrersTag(result.digest()), ImageManifest.index(List.of()), OciMediaTypes.IMAGE_INDEX);

		PublishedRelease published = marketplace().release("kiln-tests/bare", "1.0.0");

		assertTrue(marketplace().sbom(published).isEmpty());
	}
}
