package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.kiln.image.Progress;
import dev.kiln.image.update.UpdateIndex;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishedUpdateIndex;
import dev.kiln.publish.Release;
import dev.kiln.publish.internal.oci.Digests;
import dev.kiln.publish.storefront.StorefrontGenerator;
import dev.kiln.publish.storefront.StorefrontResult;
import dev.kiln.publish.storefront.StorefrontServer;
import dev.kiln.testsupport.ExternalTool;

/**
 * The storefront's update folders (docs/storefront.md): each channel's signed index as published and the bundles it
 * lists, laid out as {@code kiln-update} reads them, and served with byte ranges as RAUC streams a bundle.
 */
class StorefrontUpdatesTest extends UpdatesTestBase {

	private StorefrontResult generate(Path site) throws Exception {
		return new StorefrontGenerator(marketplace(), target(), null, null).generate(site, Progress.NONE);
	}

	private Release publish(String id, String version, String channel) throws Exception {
		Release release = updates.release(folder, id, version, "stable");
		marketplace().publish(release, PublishOptions.defaults().withSigner(updates.vendor).withChannel(channel), Progress.NONE);
		return release;
	}

	@Test
	void theSiteHoldsEachChannelsSignedIndexAndTheBundlesItLists() throws Exception {
		Release first = publish("site-updates", "1.0.0", "stable");
		Release second = publish("site-updates", "1.1.0", "stable");
		Release candidate = publish("site-updates", "1.2.0-rc1", "beta");
		Path site = folder.resolve("site");

		StorefrontResult result = generate(site);

		Path updatesFolder = site.resolve("updates/kiln-tests/site-updates");
		for (String channel : List.of("stable", "beta")) {
			PublishedUpdateIndex published = marketplace().updateIndexes("kiln-tests/site-updates").stream().filter(i -> i.channel().equals(channel))
					.findFirst().orElseThrow();
			assertArrayEquals(published.index(), Files.readAllBytes(updatesFolder.resolve(channel + "/index")), channel);
			assertArrayEquals(published.signature(), Files.readAllBytes(updatesFolder.resolve(channel + "/index.p7s")), channel);
			ExternalTool.Result verified = updates.verify(updatesFolder.resolve(channel + "/index"), updatesFolder.resolve(channel + "/index.p7s"));
			assertEquals(0, verified.exitCode(), verified.err());
			for (UpdateIndex.Entry entry : UpdateIndex.parse(published.index()).entries()) {
				Path bundle = updatesFolder.resolve(entry.file());
				assertEquals(entry.sha256(), Digests.hex(Digests.of(bundle)), entry.file());
			}
		}
		for (Release release : List.of(first, second, candidate)) {
			Path bundle = updatesFolder.resolve(release.update().file().getFileName().toString());
			assertArrayEquals(Files.readAllBytes(release.update().file()), Files.readAllBytes(bundle));
		}
		assertTrue(result.written().contains("updates/kiln-tests/site-updates/site-updates-1.1.0.raucb"), result.written().toString());

		String page = Files.readString(site.resolve("appliances/kiln-tests/site-updates.html"));
		assertTrue(page.contains("href=\"../../updates/kiln-tests/site-updates/\""), page);
		assertTrue(page.contains("kiln-update source "), page);
		assertTrue(page.contains("Channels: beta, stable"), page);
		JsonObject catalog = JsonParser.parseString(Files.readString(site.resolve("catalog.json"))).getAsJsonObject().getAsJsonArray("appliances").asList()
				.stream().map(JsonElement::getAsJsonObject).filter(a -> a.get("repository").getAsString().equals("kiln-tests/site-updates")).findFirst()
				.orElseThrow().getAsJsonObject("updates");
		assertEquals("updates/kiln-tests/site-updates/", catalog.get("url").getAsString());
		assertEquals(List.of("beta", "stable"), catalog.getAsJsonArray("channels").asList().stream().map(JsonElement::getAsString).toList());

		StorefrontResult again = generate(site);
		assertEquals(List.of(), again.written(), "the bundles there with their SHA-256 are not fetched again");
	}

	@Test
	void anApplianceWithoutUpdatesGetsNoUpdateFolderNorSection() throws Exception {
		marketplace().publish(TestReleases.release(folder, "site-plain", "1.0.0"), PublishOptions.defaults(), Progress.NONE);
		Path site = folder.resolve("site");

		generate(site);

		assertFalse(Files.exists(site.resolve("updates/kiln-tests/site-plain")));
		assertFalse(Files.readString(site.resolve("appliances/kiln-tests/site-plain.html")).contains("kiln-update"));
	}

	@Test
	void theServerServesABundleInByteRangesAsRaucStreamsIt() throws Exception {
		Release release = publish("site-ranges", "1.0.0", "stable");
		Path site = folder.resolve("site");
		generate(site);
		byte[] bundle = Files.readAllBytes(release.update().file());
		HttpClient http = HttpClient.newHttpClient();

		try (StorefrontServer server = StorefrontServer.start(site, 0)) {
			URI url = server.url().resolve("updates/kiln-tests/site-ranges/site-ranges-1.0.0.raucb");
			HttpResponse<byte[]> middle = http.send(HttpRequest.newBuilder(url).header("Range", "bytes=4096-8191").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertEquals(206, middle.statusCode());
			assertEquals("bytes 4096-8191/" + bundle.length, middle.headers().firstValue("Content-Range").orElseThrow());
			assertArrayEquals(Arrays.copyOfRange(bundle, 4096, 8192), middle.body());

			HttpResponse<byte[]> tail = http.send(HttpRequest.newBuilder(url).header("Range", "bytes=-8").build(), HttpResponse.BodyHandlers.ofByteArray());
			assertEquals(206, tail.statusCode());
			assertArrayEquals(Arrays.copyOfRange(bundle, bundle.length - 8, bundle.length), tail.body());

			HttpResponse<byte[]> beyond = http.send(HttpRequest.newBuilder(url).header("Range", "bytes=" + bundle.length + "-").build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertEquals(416, beyond.statusCode());

			HttpResponse<byte[]> whole = http.send(HttpRequest.newBuilder(url).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertEquals(200, whole.statusCode());
			assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElseThrow());
			assertArrayEquals(bundle, whole.body());

			String index = ExternalTool.command("curl", "-fsS", server.url().resolve("updates/kiln-tests/site-ranges/stable/index").toString()).output();
			assertTrue(index.contains("version 1.0.0 file site-ranges-1.0.0.raucb"), index);
		}
	}
}
