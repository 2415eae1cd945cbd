package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.ExampleProjects;

/**
 * kiln publish sends the example's real images, as kiln build made them, to Debian's docker-registry on
 * 127.0.0.1 (htpasswd authentication); kiln catalog lists what it published; skopeo pulls it by the
 * printed reference. Failures are clear and upload nothing.
 */
class PublishCommandTest {

	private static final Duration PUBLISH_LIMIT = Duration.ofMinutes(10);
	private static final Map<String, String> CREDENTIALS = Map.of("KILN_REGISTRY_USER", LocalRegistry.USER, "KILN_REGISTRY_PASSWORD",
			LocalRegistry.PASSWORD);
	/** The line of {@code <listing>} in the example's appliance.xml. */
	private static final int LISTING_LINE = 30;

	@TempDir
	Path folder;

	private KilnProcess.Result kiln(Map<String, String> environment, String... arguments) throws Exception {
		return KilnProcess.run(folder, environment, PUBLISH_LIMIT, arguments);
	}

	private KilnProcess.Result publish(LocalRegistry registry, Map<String, String> environment, String... more) throws Exception {
		if (!Files.isDirectory(folder.resolve("hello-appliance"))) {
			ExampleProjects.copyOfHello(folder);
		}
		List<String> arguments = new ArrayList<>(List.of("publish", "hello-appliance", "--registry", registry.url().toString(),
				"--repository", "acme", "--images", BuiltExample.images().toString()));
		arguments.addAll(List.of(more));
		return kiln(environment, arguments.toArray(String[]::new));
	}

	/**
	 * Whether this JVM ignores SIGINT (a background job of a shell without job control does), and so
	 * the releng/kiln it starts, which then cannot trap it: SIGTERM takes the same way through the script.
	 */
	private static boolean sigintIgnored() throws Exception {
		String ignored = Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("SigIgn:")).findFirst()
				.orElseThrow().substring("SigIgn:".length()).strip();
		return (Long.parseUnsignedLong(ignored, 16) & (1L << (2 - 1))) != 0;
	}

	private static boolean anythingUploaded(LocalRegistry registry) {
		return Files.exists(registry.storage().resolve("docker/registry/v2/blobs"));
	}

	@Test
	void theBuiltExampleIsPublishedPulledByItsReferenceAndListedInTheCatalog() throws Exception {
		try (LocalRegistry registry = LocalRegistry.start()) {
			KilnProcess.Result result = publish(registry, CREDENTIALS, "--release-notes", "First release of the example.");

			assertEquals(0, result.exitCode(), result.toString());
			List<String> lines = result.outLines();
			assertEquals(3, lines.size(), result.toString());
			String digest = lines.get(2).substring("digest ".length());
			assertTrue(digest.matches("sha256:[0-9a-f]{64}"), result.toString());
			assertEquals("reference " + registry.host() + "/acme/hello-appliance@" + digest, lines.get(0));
			assertEquals("tag " + registry.host() + "/acme/hello-appliance:1.0.0", lines.get(1));
			assertTrue(result.err().contains("Uploading hello-appliance-1.0.0.ova"), result.toString());
			assertFalse(result.out().contains(LocalRegistry.PASSWORD) || result.err().contains(LocalRegistry.PASSWORD), "the password is never printed");

			byte[] manifest = ExternalTool.command("skopeo", "inspect", "--raw", "--tls-verify=false", "--creds",
					LocalRegistry.USER + ":" + LocalRegistry.PASSWORD, "docker://" + lines.get(0).substring("reference ".length())).in(folder).output()
					.getBytes(StandardCharsets.UTF_8);
			assertEquals(digest, "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(manifest)),
					"skopeo pulls the manifest the printed reference names");

			KilnProcess.Result catalog = kiln(CREDENTIALS, "catalog", "--registry", registry.url().toString());
			assertEquals(0, catalog.exitCode(), catalog.toString());
			assertEquals(List.of(String.join("\t", "acme/hello-appliance", "1.0.0", digest, "Hello Appliance",
					"Example appliance: an HTTP service on port 8080.")), catalog.outLines());

			KilnProcess.Result json = kiln(CREDENTIALS, "catalog", "--registry", registry.url().toString(), "--repository", "acme", "--json");
			assertEquals(0, json.exitCode(), json.toString());
			assertTrue(json.out().startsWith("[") && json.out().contains("\"digest\": \"" + digest + "\"")
					&& json.out().contains("\"vendor\": \"Kiln Examples\""), json.toString());

			KilnProcess.Result again = publish(registry, CREDENTIALS, "--release-notes", "First release of the example.");
			assertEquals(1, again.exitCode(), again.toString());
			assertTrue(again.err().lines().anyMatch(l -> l.matches("hello-appliance/appliance\\.xml:2:\\d+: error KILN-P004: Version 1\\.0\\.0 is "
					+ "already published in .*acme/hello-appliance; choose another version or allow overwriting it\\.")), again.toString());
		}
	}

	@Test
	void aContainerDiskIsPublishedTooAndTheStorefrontFollowsThePublish() throws Exception {
		try (LocalRegistry registry = LocalRegistry.start()) {
			Path site = folder.resolve("site");
			KilnProcess.Result result = publish(registry, CREDENTIALS, "--release-notes", "First release of the example.", "--containerdisk",
					"--storefront", site.toString());

			assertEquals(0, result.exitCode(), result.toString());
			List<String> lines = result.outLines();
			assertEquals(5, lines.size(), result.toString());
			String digest = lines.get(2).substring("digest ".length());
			assertTrue(lines.get(3).matches("containerdisk " + java.util.regex.Pattern.quote(registry.host()) + "/acme/hello-appliance@sha256:[0-9a-f]{64}"),
					result.toString());
			assertEquals("storefront " + site.resolve("index.html"), lines.get(4));
			assertTrue(Files.readString(site.resolve("index.html")).contains("Hello Appliance"));
			String page = Files.readString(site.resolve("appliances/acme/hello-appliance.html"));
			assertTrue(page.contains(digest), "the appliance's page names the release's digest");
			assertTrue(page.contains("image: " + lines.get(3).substring("containerdisk ".length())), "KubeVirt boots the published containerDisk");

			String sbom = sbom(registry, "acme/hello-appliance", digest);
			assertTrue(sbom.contains("pkg:deb/debian/busybox@"), "the SBOM lists the packages the build installed: " + sbom);
		}
	}

	/**
	 * The CycloneDX SBOM attached to a release, read with plain HTTP from the referrers tag schema's index
	 * ({@code sha256-<hex>}, docker-registry has no referrers API): the blob of the referrer whose manifest
	 * names the CycloneDX type.
	 */
	private static String sbom(LocalRegistry registry, String repository, String digest) throws Exception {
		String index = get(registry, "/v2/" + repository + "/manifests/sha256-" + digest.substring("sha256:".length()));
		for (String referrer : digests(index)) {
			String manifest = get(registry, "/v2/" + repository + "/manifests/" + referrer);
			if (manifest.contains("application/vnd.cyclonedx+json")) {
				for (String blob : digests(manifest)) {
					String content = get(registry, "/v2/" + repository + "/blobs/" + blob);
					if (content.contains("\"bomFormat\"")) {
						return content;
					}
				}
			}
		}
		return "no SBOM among the referrers: " + index;
	}

	private static List<String> digests(String json) {
		return java.util.regex.Pattern.compile("sha256:[0-9a-f]{64}").matcher(json).results().map(java.util.regex.MatchResult::group).distinct()
				.limit(20).toList();
	}

	private static String get(LocalRegistry registry, String path) throws Exception {
		String basic = java.util.Base64.getEncoder().encodeToString((LocalRegistry.USER + ":" + LocalRegistry.PASSWORD).getBytes(StandardCharsets.UTF_8));
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(registry.url().resolve(path)).timeout(Duration.ofSeconds(30))
				.header("Authorization", "Basic " + basic)
				.header("Accept", "application/vnd.oci.image.index.v1+json, application/vnd.oci.image.manifest.v1+json").build();
		try (java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NORMAL).build()) {
			java.net.http.HttpResponse<String> response = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
			assertEquals(200, response.statusCode(), path + ": " + response.body());
			return response.body();
		}
	}

	@Test
	void ctrlCStopsThePublishingAndLeavesNoTag() throws Exception {
		try (LocalRegistry registry = LocalRegistry.start()) {
			ExampleProjects.copyOfHello(folder);
			try (KilnProcess.Running publish = KilnProcess.start(folder, CREDENTIALS, "publish", "hello-appliance", "--registry",
					registry.url().toString(), "--repository", "acme", "--images", BuiltExample.images().toString(), "--release-notes", "First.")) {
				long deadline = System.nanoTime() + PUBLISH_LIMIT.toNanos();
				while (!publish.err().contains("Uploading hello-appliance-1.0.0.ova") && publish.process().isAlive() && System.nanoTime() < deadline) {
					Thread.sleep(50);
				}
				assertTrue(publish.process().isAlive(), "kiln publish still uploads\n" + publish.err());
				boolean interrupt = !sigintIgnored();
				System.out.println("kiln publish is stopped with " + (interrupt ? "SIGINT" : "SIGTERM (this JVM ignores SIGINT)"));
				ExternalTool.command("kill", interrupt ? "-INT" : "-TERM", Long.toString(publish.process().pid())).in(folder).output();

				KilnProcess.Result result = publish.await(Duration.ofMinutes(2));

				assertEquals(interrupt ? 130 : 143, result.exitCode(), result.toString());
				assertEquals("", result.out());
				assertTrue(result.err().contains("Publishing was cancelled; the release was not tagged."), result.toString());
			}
			KilnProcess.Result catalog = kiln(CREDENTIALS, "catalog", "--registry", registry.url().toString());
			assertEquals(0, catalog.exitCode(), catalog.toString());
			assertEquals(List.of(), catalog.outLines(), "no version of hello-appliance is listed");
		}
	}

	@Test
	void aBrokenListingRuleIsReportedAtItsElementAndNothingIsUploaded() throws Exception {
		try (LocalRegistry registry = LocalRegistry.start()) {
			KilnProcess.Result result = publish(registry, CREDENTIALS); // the example's manifest has no release notes

			assertEquals(1, result.exitCode(), result.toString());
			assertEquals("", result.out());
			assertTrue(result.err().lines().anyMatch(l -> l.matches("hello-appliance/appliance\\.xml:" + LISTING_LINE
					+ ":\\d+: error KILN-P005: The listing has no release notes: a marketplace release needs one\\.")), result.toString());
			assertTrue(result.err().contains("nothing was uploaded"), result.toString());
			assertFalse(anythingUploaded(registry), "no blob in the registry's storage");
		}
	}

	@Test
	void aWrongPasswordIsRefusedWithoutShowingIt() throws Exception {
		try (LocalRegistry registry = LocalRegistry.start()) {
			KilnProcess.Result result = publish(registry, Map.of("KILN_REGISTRY_USER", LocalRegistry.USER, "KILN_REGISTRY_PASSWORD",
					"not-the-Passw0rd"), "--release-notes", "First release.");

			assertEquals(3, result.exitCode(), result.toString());
			assertTrue(result.err().contains("refused the credentials of user 'vendor' (HTTP 401)"), result.toString());
			assertFalse(result.err().contains("not-the-Passw0rd"), result.toString());
			assertFalse(anythingUploaded(registry), "no blob in the registry's storage");
		}
	}

	@Test
	void anUnreachableRegistryIsNamed() throws Exception {
		String nobody = "http://127.0.0.1:" + LocalRegistry.freePort();
		ExampleProjects.copyOfHello(folder);

		KilnProcess.Result result = kiln(CREDENTIALS, "publish", "hello-appliance", "--registry", nobody, "--repository", "acme", "--images",
				BuiltExample.images().toString(), "--release-notes", "First release.");

		assertEquals(3, result.exitCode(), result.toString());
		assertTrue(result.err().contains("The registry " + nobody + " cannot be reached: connection refused"), result.toString());
	}

	@Test
	void withoutBuildOutputItSaysToBuildFirst() throws Exception {
		ExampleProjects.copyOfHello(folder);

		KilnProcess.Result result = kiln(CREDENTIALS, "publish", "hello-appliance", "--registry", "http://127.0.0.1:9", "--repository", "acme");

		assertEquals(3, result.exitCode(), result.toString());
		assertTrue(result.err().contains("the build output is missing (hello-appliance/build/hello-appliance-1.0.0.ova, "
				+ "hello-appliance/build/hello-appliance-1.0.0.qcow2). Run \"kiln build hello-appliance\" first."), result.toString());
	}

	@Test
	void credentialsComeFromTheEnvironmentInPairs() throws Exception {
		ExampleProjects.copyOfHello(folder);

		KilnProcess.Result result = kiln(Map.of("KILN_REGISTRY_USER", "vendor"), "publish", "hello-appliance", "--registry",
				"http://127.0.0.1:9", "--repository", "acme");

		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("KILN_REGISTRY_USER is set but KILN_REGISTRY_PASSWORD is not"), result.toString());
	}

	@Test
	void aChannelForAnApplianceWithoutUpdatesIsAUsageError() throws Exception {
		ExampleProjects.copyOfHello(folder);

		KilnProcess.Result result = kiln(CREDENTIALS, "publish", "hello-appliance", "--registry", "http://127.0.0.1:9", "--repository", "acme",
				"--channel", "beta");

		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("--channel names an update channel, but appliance hello-appliance has no <updates>"), result.toString());
	}
}
