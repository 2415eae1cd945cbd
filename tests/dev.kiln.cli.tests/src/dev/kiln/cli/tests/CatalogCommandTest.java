package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.publish.testsupport.LocalRegistry;

/** kiln catalog on a registry that holds something else than Kiln appliances, or cannot be reached. */
class CatalogCommandTest {

	private static final Duration LIMIT = Duration.ofMinutes(2);
	private static final Map<String, String> CREDENTIALS = Map.of("KILN_REGISTRY_USER", LocalRegistry.USER, "KILN_REGISTRY_PASSWORD",
			LocalRegistry.PASSWORD);

	@TempDir
	Path folder;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aRepositoryOfAnotherKindIsSkippedWithANote() throws Exception {
		try (LocalRegistry registry = LocalRegistry.start()) {
			pushPlainImage(registry, "tools/busybox", "1.36");

			KilnProcess.Result result = KilnProcess.run(folder, CREDENTIALS, LIMIT, "catalog", "--registry", registry.url().toString());

			assertEquals(0, result.exitCode(), result.toString());
			assertEquals(List.of(), result.outLines());
			assertTrue(result.err().contains("tools/busybox is not a Kiln appliance; skipped."), result.toString());
			assertTrue(result.err().contains("0 release(s) of 0 appliance(s)"), result.toString());
		}
	}

	@Test
	void anUnreachableRegistryIsNamedAndExitsThree() throws Exception {
		String nobody = "http://127.0.0.1:" + LocalRegistry.freePort();

		KilnProcess.Result result = KilnProcess.run(folder, Map.of(), LIMIT, "catalog", "--registry", nobody);

		assertEquals(3, result.exitCode(), result.toString());
		assertTrue(result.err().contains("The registry " + nobody + " cannot be reached: connection refused"), result.toString());
	}

	@Test
	void withoutCredentialsTheRegistrySaysWhichVariablesToSet() throws Exception {
		try (LocalRegistry registry = LocalRegistry.start()) {
			KilnProcess.Result result = KilnProcess.run(folder, Map.of(), LIMIT, "catalog", "--registry", registry.url().toString());

			assertEquals(3, result.exitCode(), result.toString());
			assertTrue(result.err().contains("KILN_REGISTRY_USER and KILN_REGISTRY_PASSWORD"), result.toString());
		}
	}

	/** An OCI image manifest with an empty config and no layers, as any container tool could push it. */
	private void pushPlainImage(LocalRegistry registry, String repository, String tag) throws Exception {
		byte[] config = "{}".getBytes(StandardCharsets.UTF_8);
		String configDigest = digest(config);
		HttpResponse<String> started = send(HttpRequest.newBuilder(registry.url().resolve("/v2/" + repository + "/blobs/uploads/"))
				.POST(HttpRequest.BodyPublishers.noBody()));
		assertEquals(202, started.statusCode(), started.body());
		URI location = registry.url().resolve(started.headers().firstValue("Location").orElseThrow());
		String separator = location.getQuery() == null ? "?" : "&";
		HttpResponse<String> uploaded = send(HttpRequest.newBuilder(URI.create(location + separator + "digest=" + configDigest))
				.PUT(HttpRequest.BodyPublishers.ofByteArray(config)));
		assertEquals(201, uploaded.statusCode(), uploaded.body());
		String manifest = """
				{"schemaVersion":2,"mediaType":"application/vnd.oci.image.manifest.v1+json",\
				"config":{"mediaType":"application/vnd.oci.image.config.v1+json","digest":"%s","size":%d},"layers":[]}"""
				.formatted(configDigest, config.length);
		HttpResponse<String> put = send(HttpRequest.newBuilder(registry.url().resolve("/v2/" + repository + "/manifests/" + tag))
				.header("Content-Type", "application/vnd.oci.image.manifest.v1+json").PUT(HttpRequest.BodyPublishers.ofString(manifest)));
		assertEquals(201, put.statusCode(), put.body());
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		String basic = Base64.getEncoder().encodeToString((LocalRegistry.USER + ":" + LocalRegistry.PASSWORD).getBytes(StandardCharsets.UTF_8));
		return http.send(request.header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String digest(byte[] content) throws Exception {
		return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
