package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.kiln.image.Progress;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.Release;
import dev.kiln.publish.internal.oci.Descriptor;
import dev.kiln.publish.internal.oci.Digests;
import dev.kiln.publish.internal.oci.ImageManifest;
import dev.kiln.publish.internal.oci.OciMediaTypes;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.QemuImg;

/**
 * The KubeVirt containerDisk variant of a release, published to Debian's docker-registry on
 * 127.0.0.1 and pulled back with skopeo into an OCI layout.
 */
class ContainerDiskTest extends LocalRegistryTestBase {

	private static final String REPOSITORY = "kiln-tests/";

	private static PublishOptions withContainerDisk() {
		return PublishOptions.defaults().withContainerDisk(true);
	}

	@Test
	void skopeoPullsAKubeVirtImageWhoseLayerHoldsTheQcow2UnderDiskOwnedByQemu() throws Exception {
		Release release = TestReleases.release(folder, "kubevirt", "1.0.0");
		Path qcow2 = release.images().get(1).file();
		PublishResult result = marketplace().publish(release, withContainerDisk(), Progress.NONE);

		Path layout = folder.resolve("oci");
		// skopeo gzips uncompressed layers on the way into an OCI layout unless told to keep the digests
		PublishToRegistryTest.skopeo("copy", "--preserve-digests", "--src-creds", LocalRegistry.USER + ":" + LocalRegistry.PASSWORD,
				"--src-tls-verify=false", "docker://" + registry.host() + "/" + REPOSITORY + "kubevirt:1.0.0-containerdisk", "oci:" + layout);
		JsonObject index = json(layout.resolve("index.json"));
		String manifestDigest = index.getAsJsonArray("manifests").get(0).getAsJsonObject().get("digest").getAsString();
		assertEquals(registry.host() + "/" + REPOSITORY + "kubevirt@" + manifestDigest, result.containerDisk());
		ImageManifest manifest = ImageManifest.parse(Files.readAllBytes(blob(layout, manifestDigest)));
		assertEquals(OciMediaTypes.IMAGE_CONFIG, manifest.config().mediaType());
		JsonObject config = json(blob(layout, manifest.config().digest()));
		assertEquals("amd64", config.get("architecture").getAsString());
		assertEquals("linux", config.get("os").getAsString());
		assertEquals(List.of(OciMediaTypes.LAYER_TAR), manifest.layers().stream().map(Descriptor::mediaType).toList());
		assertEquals(manifest.layers().get(0).digest(),
				config.getAsJsonObject("rootfs").getAsJsonArray("diff_ids").get(0).getAsString());
		assertEquals("containerdisk", manifest.annotations().get(OciMediaTypes.ROLE));

		Path disk = folder.resolve("extracted.qcow2");
		List<String> entries = new ArrayList<>();
		try (InputStream in = Files.newInputStream(blob(layout, manifest.layers().get(0).digest()));
				TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
			for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null;) {
				entries.add(entry.getName());
				assertEquals(107, entry.getLongUserId(), entry.getName());
				assertEquals(107, entry.getLongGroupId(), entry.getName());
				assertEquals(TestReleases.CREATED.getEpochSecond(), entry.getModTime().toInstant().getEpochSecond(), entry.getName());
				if (entry.isFile()) {
					assertEquals(0440, entry.getMode() & 07777, entry.getName());
					Files.copy(tar, disk);
				}
			}
		}
		assertEquals(List.of("disk/", "disk/kubevirt-1.0.0.qcow2"), entries);
		assertEquals(-1, Files.mismatch(qcow2, disk), "the containerDisk's disk differs from the published qcow2");
		QemuImg.find().check(disk);
	}

	@Test
	void theSignedReleaseManifestNamesItsContainerDiskAndTheCatalogClientExposesIt() throws Exception {
		Release release = TestReleases.release(folder, "linked", "1.0.0");
		PublishResult result = marketplace().publish(release, withContainerDisk(), Progress.NONE);

		PublishedRelease published = marketplace().release(REPOSITORY + "linked", "1.0.0");
		String digest = result.containerDisk().substring(result.containerDisk().indexOf('@') + 1);
		assertEquals(new PublishedRelease.ContainerDisk("1.0.0-containerdisk", digest), published.containerDisk());
		ImageManifest manifest = ImageManifest.parse(client().manifest(REPOSITORY + "linked", "1.0.0").orElseThrow().content());
		assertEquals(digest, manifest.annotations().get(OciMediaTypes.CONTAINER_DISK));
		assertEquals(digest, client().manifest(REPOSITORY + "linked", "1.0.0-containerdisk").orElseThrow().digest());
		assertEquals(4, published.files().size(), "the release's own layers stay the OVA, qcow2, logo and screenshot");
		assertTrue(marketplace().catalog(Progress.NONE).contains(new CatalogEntry(REPOSITORY + "linked", List.of("1.0.0"))),
				"the containerDisk tag is not a version of its own");
	}

	@Test
	void republishingAnUnchangedReleaseWithItsContainerDiskUploadsNothingAndGivesTheSameDigests() throws Exception {
		Release release = TestReleases.release(folder, "same", "1.0.0");
		PublishResult first = marketplace().publish(release, withContainerDisk(), Progress.NONE);
		PublishResult second = marketplace().publish(release, withContainerDisk().withOverwrite(true), Progress.NONE);

		assertEquals(first.digest(), second.digest());
		assertEquals(first.containerDisk(), second.containerDisk());
		assertEquals(List.of(), second.uploaded());
		assertEquals(0, second.bytesUploaded());
		assertEquals(7, second.skipped().size(), "release config, four layers, containerDisk layer and config");
	}

	@Test
	void withoutTheContainerDiskSelectedThereIsNoContainerDiskTag() throws Exception {
		Release release = TestReleases.release(folder, "plain", "1.0.0");
		PublishResult result = marketplace().publish(release, PublishOptions.defaults(), Progress.NONE);

		assertNull(result.containerDisk());
		assertEquals(List.of("1.0.0", "sha256-" + Digests.hex(result.digest())),
				client().tags(REPOSITORY + "plain").stream().sorted().toList());
		PublishedRelease published = marketplace().release(REPOSITORY + "plain", "1.0.0");
		assertNull(published.containerDisk());
		assertFalse(ImageManifest.parse(client().manifest(REPOSITORY + "plain", "1.0.0").orElseThrow().content())
				.annotations().containsKey(OciMediaTypes.CONTAINER_DISK));
	}

	@Test
	void aContainerDiskWithoutAQcow2IsRefusedBeforeAnyUpload() throws Exception {
		Release full = TestReleases.release(folder, "no-qcow2", "1.0.0");
		Release release = new Release(full.listing(), List.of(full.images().get(0)), full.logo(), full.screenshots(), full.packages(),
				full.created());

		PublishException e = assertThrows(PublishException.class, () -> marketplace().publish(release, withContainerDisk(), Progress.NONE));
		assertEquals(PublishException.Kind.LISTING, e.kind());
		assertEquals(List.of("images"), e.problems().stream().map(ListingProblem::field).toList());
		assertTrue(e.problems().get(0).message().contains("qcow2"), e.problems().get(0).message());
		assertFalse(client().hasBlob(REPOSITORY + "no-qcow2", Digests.of(full.images().get(0).file())));
	}

	private static Path blob(Path layout, String digest) {
		return layout.resolve("blobs/sha256/" + Digests.hex(digest));
	}

	private static JsonObject json(Path file) throws IOException {
		return JsonParser.parseString(Files.readString(file)).getAsJsonObject();
	}
}
