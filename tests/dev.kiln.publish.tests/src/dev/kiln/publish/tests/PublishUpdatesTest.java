package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.kiln.image.Progress;
import dev.kiln.image.update.UpdateIndex;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedUpdateIndex;
import dev.kiln.publish.Release;
import dev.kiln.publish.internal.oci.Descriptor;
import dev.kiln.publish.internal.oci.Digests;
import dev.kiln.publish.internal.oci.ImageManifest;
import dev.kiln.publish.internal.oci.OciMediaTypes;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExternalTool;

/**
 * Update payloads published to Debian's docker-registry on 127.0.0.1 (ADR 026, docs/publishing.md): the RAUC bundle is
 * a layer of its release, and the channel's signed index {@code update-index-<channel>} lists each version.
 */
class PublishUpdatesTest extends UpdatesTestBase {

	private PublishOptions signed() {
		return PublishOptions.defaults().withSigner(updates.vendor);
	}

	private static String repository(String id) {
		return "kiln-tests/" + id;
	}

	private static UpdateIndex index(PublishedUpdateIndex published) throws Exception {
		return UpdateIndex.parse(published.index());
	}

	private static PublishedUpdateIndex published(String id, String channel) throws Exception {
		return marketplace().updateIndexes(repository(id)).stream().filter(i -> i.channel().equals(channel)).findFirst().orElse(null);
	}

	@Test
	void twoVersionsCarryTheirBundlesAndTheStableIndexListsBothSignedByTheVendor() throws Exception {
		Release first = updates.release(folder, "updates-two", "1.0.0", "stable");
		Release second = updates.release(folder, "updates-two", "1.1.0", "stable");
		PublishResult one = marketplace().publish(first, signed(), Progress.NONE);
		PublishResult two = marketplace().publish(second, signed(), Progress.NONE);

		for (Release release : List.of(first, second)) {
			String version = release.listing().version();
			ImageManifest manifest = ImageManifest.parse(client().manifest(repository("updates-two"), version).orElseThrow().content());
			Descriptor bundle = manifest.layers().stream().filter(l -> OciMediaTypes.UPDATE_BUNDLE.equals(l.mediaType())).findFirst().orElseThrow();
			assertEquals("updates-two-" + version + ".raucb", bundle.annotation(OciMediaTypes.TITLE));
			assertEquals("update", bundle.annotation(OciMediaTypes.ROLE));
			assertEquals(Digests.of(release.update().file()), bundle.digest());
		}
		assertEquals("stable", two.update().channel());
		assertNull(two.update().warning());
		assertNotNull(one.update().index());

		PublishedUpdateIndex published = published("updates-two", "stable");
		UpdateIndex index = index(published);
		assertEquals("updates-two", index.appliance());
		assertEquals(List.of("1.0.0", "1.1.0"), index.entries().stream().map(UpdateIndex.Entry::version).toList());
		UpdateIndex.Entry latest = index.latest().orElseThrow();
		assertEquals("updates-two-1.1.0.raucb", latest.file());
		assertEquals(Files.size(second.update().file()), latest.size());
		assertEquals(Digests.hex(Digests.of(second.update().file())), latest.sha256());
		assertEquals(registry.host() + "/" + repository("updates-two") + "@" + published.digest(), two.update().index());

		Path text = Files.write(folder.resolve("index"), published.index());
		Path signature = Files.write(folder.resolve("index.p7s"), published.signature());
		ExternalTool.Result verified = updates.verify(text, signature);
		assertEquals(0, verified.exitCode(), verified.err());
	}

	@Test
	void skopeoInspectsTheIndexArtifactWithItsTwoLayers() throws Exception {
		marketplace().publish(updates.release(folder, "updates-skopeo", "1.0.0", "stable"), signed(), Progress.NONE);

		String raw = ExternalTool.command("skopeo", "inspect", "--raw", "--creds", LocalRegistry.USER + ":" + LocalRegistry.PASSWORD,
				"--tls-verify=false", "docker://" + registry.host() + "/" + repository("updates-skopeo") + ":update-index-stable").output();
		JsonObject manifest = JsonParser.parseString(raw).getAsJsonObject();
		assertEquals(OciMediaTypes.UPDATE_INDEX, manifest.get("artifactType").getAsString());
		assertEquals(List.of("index", "index.p7s"), manifest.getAsJsonArray("layers").asList().stream()
				.map(l -> l.getAsJsonObject().getAsJsonObject("annotations").get(OciMediaTypes.TITLE).getAsString()).toList());
		assertEquals("stable", manifest.getAsJsonObject("annotations").get("dev.kiln.update.channel").getAsString());
	}

	@Test
	void aVersionPublishedToBetaLeavesStableAlone() throws Exception {
		marketplace().publish(updates.release(folder, "updates-beta", "1.0.0", "stable"), signed(), Progress.NONE);
		PublishedUpdateIndex stable = published("updates-beta", "stable");

		PublishResult beta = marketplace().publish(updates.release(folder, "updates-beta", "1.1.0-rc1", "stable"), signed().withChannel("beta"),
				Progress.NONE);

		assertEquals("beta", beta.update().channel());
		assertEquals(stable.digest(), published("updates-beta", "stable").digest());
		assertEquals(List.of("1.1.0-rc1"), index(published("updates-beta", "beta")).entries().stream().map(UpdateIndex.Entry::version).toList());
	}

	@Test
	void aReleaseWithoutBundleLeavesTheIndexesAlone() throws Exception {
		marketplace().publish(updates.release(folder, "updates-none", "1.0.0", "stable"), signed(), Progress.NONE);
		PublishedUpdateIndex before = published("updates-none", "stable");

		PublishResult plain = marketplace().publish(TestReleases.release(Files.createDirectories(folder.resolve("plain")), "updates-none", "1.1.0"),
				signed(), Progress.NONE);

		assertNull(plain.update());
		assertEquals(before.digest(), published("updates-none", "stable").digest());
		assertEquals(List.of("stable"), marketplace().updateIndexes(repository("updates-none")).stream().map(PublishedUpdateIndex::channel).toList());
		assertEquals(List.of("1.0.0", "1.1.0"), marketplace().catalog(Progress.NONE).stream()
				.filter(e -> e.appliance().equals(repository("updates-none"))).findFirst().orElseThrow().versions().stream().sorted().toList());
	}

	@Test
	void publishingAVersionAgainGivesTheSameIndex() throws Exception {
		Release release = updates.release(folder, "updates-again", "1.0.0", "stable");
		PublishResult first = marketplace().publish(release, signed(), Progress.NONE);
		PublishResult again = marketplace().publish(release, signed().withOverwrite(true), Progress.NONE);

		assertEquals(first.update().index(), again.update().index());
		assertEquals(1, index(published("updates-again", "stable")).entries().size());
	}

	@Test
	void anEd25519IdentityPublishesTheReleaseButLeavesTheIndexWithAWarning() throws Exception {
		PublishResult result = marketplace().publish(updates.release(folder, "updates-ed25519", "1.0.0", "stable"),
				PublishOptions.defaults().withSigner(UpdateFixture.ed25519()), Progress.NONE);

		assertNull(result.update().index());
		assertTrue(result.update().warning().contains("Ed25519"), result.update().warning());
		assertTrue(marketplace().updateIndexes(repository("updates-ed25519")).isEmpty());
		assertFalse(client().tags(repository("updates-ed25519")).contains("update-index-stable"));
	}

	@Test
	void anUnsignedPublishLeavesTheIndexWithAWarning() throws Exception {
		PublishResult result = marketplace().publish(updates.release(folder, "updates-unsigned", "1.0.0", "stable"), PublishOptions.defaults(),
				Progress.NONE);

		assertNull(result.update().index());
		assertTrue(result.update().warning().contains("not signed"), result.update().warning());
		assertTrue(marketplace().updateIndexes(repository("updates-unsigned")).isEmpty());
	}
}
