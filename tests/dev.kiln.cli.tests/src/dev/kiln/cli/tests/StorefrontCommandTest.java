package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Listing;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.Release;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.publish.testsupport.ReleaseFiles;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.SecurityPocket;

/**
 * {@code kiln storefront generate} and {@code serve} through the real releng/kiln, against Debian's docker-registry on
 * 127.0.0.1; the security status against a trixie-security pocket on 127.0.0.1 signed by the test key.
 */
class StorefrontCommandTest {

	private static LocalRegistry registry;

	@TempDir
	Path folder;

	@BeforeAll
	static void publishOneAppliance(@TempDir Path files) throws Exception {
		registry = LocalRegistry.startAnonymous();
		publish(files, "cli", List.of(), List.of());
	}

	/** Publishes cli-app 1.0.0 into {@code namespace}, its SBOM listing these packages and archive state. */
	private static void publish(Path files, String namespace, List<InstalledPackage> packages, List<PocketState> archiveState) throws Exception {
		Listing listing = new Listing("cli-app", "CLI App", "1.0.0", "Kiln Tests", "CLI App", "An appliance for the storefront command's test.",
				"Published by the command line tests.", List.of("devops"), "First release.", "free", "Apache-2.0", null, null,
				new Listing.Hardware(1, 512, 2048, "hybrid"), null, List.of());
		Path ova = ReleaseFiles.ova(Files.createDirectories(files.resolve(namespace)), "cli-app-1.0.0", 1 << 16, 7);
		Release release = new Release(listing, List.of(new Release.Image("ova", ova, null)), null, List.of(), packages,
				Instant.ofEpochSecond(1_704_067_200L), archiveState);
		MarketplaceTarget target = new MarketplaceTarget("cli", MarketplaceTarget.OCI, registry.url(), namespace);
		Marketplaces.connect(target, Credentials.NONE).publish(release, PublishOptions.defaults(), Progress.NONE);
	}

	@AfterAll
	static void stopRegistry() throws Exception {
		registry.close();
	}

	@Test
	void generateWritesTheSiteAndListsTheFilesThenWritesNothingWhenNothingChanged() throws Exception {
		Path site = folder.resolve("site");
		KilnProcess.Result first = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(2), "storefront", "generate", "--registry",
				registry.url() + "/cli", "--out", "site");
		assertEquals(0, first.exitCode(), first.toString());
		assertEquals(List.of("written appliances/cli/cli-app.html", "written catalog.json", "written index.html", "written storefront.css",
				"written storefront.js"), first.outLines());
		assertTrue(first.err().contains("Storefront of 1 appliance(s)"), first.toString());
		assertTrue(Files.readString(site.resolve("appliances/cli/cli-app.html")).contains(registry.url() + "/v2/cli/cli-app/blobs/sha256:"));

		KilnProcess.Result second = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(2), "storefront", "generate", "--registry",
				registry.url() + "/cli", "--out", "site");
		assertEquals(0, second.exitCode(), second.toString());
		assertEquals(List.of(), second.outLines());
	}

	@Test
	void generateShowsTheSecurityFixesAReleaseLacksInThePocketsItsSbomRecords() throws Exception {
		try (SecurityPocket pocket = SecurityPocket.start(folder.resolve("pocket"))) {
			DebPackage update = pocket.publishUpdate();
			DebPackage original = BusyboxSecurityUpdate.original();
			pocket.archive().writeKeyring(folder.resolve(SecurityPocket.KEYRING));
			publish(folder, "lacking", List.of(new InstalledPackage("busybox", original.version(), "amd64", "trixie")),
					List.of(new PocketState(BusyboxSecurityUpdate.POCKET, pocket.uri(), SecurityPocket.BEFORE, "0".repeat(64))));

			KilnProcess.Result result = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(5), "storefront", "generate", "--registry",
					registry.url() + "/lacking", "--out", "site", "--keyring", SecurityPocket.KEYRING, "--cache", "cache");

			assertEquals(0, result.exitCode(), result.toString());
			String page = Files.readString(folder.resolve("site/appliances/lacking/cli-app.html"));
			assertTrue(page.contains("<li class=\"security-fix\" data-package=\"busybox\">busybox " + original.version() + " \u2192 " + update.version()
					+ " (CVE-2023-42364, CVE-2023-42365), from trixie-security"), page);
			assertTrue(Files.readString(folder.resolve("site/index.html")).contains("<p class=\"security-badge fixes-pending\">1 security fix pending</p>"));
		}
	}

	@Test
	void aPocketWhoseKeyIsNotTrustedIsAWarningAndTheReleaseShowsNotChecked() throws Exception {
		try (SecurityPocket pocket = SecurityPocket.start(folder.resolve("pocket"))) {
			pocket.publishUpdate();
			publish(folder, "untrusted", List.of(new InstalledPackage("busybox", BusyboxSecurityUpdate.original().version(), "amd64", "trixie")),
					List.of(new PocketState(BusyboxSecurityUpdate.POCKET, pocket.uri(), SecurityPocket.BEFORE, "0".repeat(64))));

			KilnProcess.Result result = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(5), "storefront", "generate", "--registry",
					registry.url() + "/untrusted", "--out", "site", "--cache", "cache");

			assertEquals(0, result.exitCode(), result.toString());
			String warning = "warning untrusted/cli-app 1.0.0: the security status is not known: ";
			assertTrue(result.outLines().stream().anyMatch(line -> line.startsWith(warning) && line.contains("trixie-security")), result.toString());
			assertTrue(Files.readString(folder.resolve("site/appliances/untrusted/cli-app.html"))
					.contains("<div class=\"security-status not-checked\" id=\"r0-security\""));

			KilnProcess.Result unchecked = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(2), "storefront", "generate", "--registry",
					registry.url() + "/untrusted", "--out", "unchecked", "--no-security-check");
			assertEquals(0, unchecked.exitCode(), unchecked.toString());
			assertTrue(unchecked.outLines().stream().noneMatch(line -> line.startsWith("warning")), unchecked.toString());
			assertFalse(Files.readString(folder.resolve("unchecked/appliances/untrusted/cli-app.html")).contains("security-status"));
		}
	}

	@Test
	void aKeyringThatIsNoFileOrComesWithoutTheCheckIsAWrongUsage() throws Exception {
		KilnProcess.Result missing = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(2), "storefront", "generate", "--registry",
				registry.url() + "/cli", "--out", "site", "--keyring", "missing.gpg");
		assertEquals(2, missing.exitCode(), missing.toString());
		assertTrue(missing.err().contains("missing.gpg: no such file or folder"), missing.toString());

		Files.writeString(folder.resolve("keys.gpg"), "");
		KilnProcess.Result both = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(2), "storefront", "generate", "--registry",
				registry.url() + "/cli", "--out", "site", "--keyring", "keys.gpg", "--no-security-check");
		assertEquals(2, both.exitCode(), both.toString());
		assertTrue(both.err().contains("--keyring is for the security check, which --no-security-check turns off"), both.toString());
	}

	@Test
	void anUnreachableRegistryExitsThreeAndAWrongUsageTwo() throws Exception {
		KilnProcess.Result unreachable = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(2), "storefront", "generate", "--registry",
				"http://127.0.0.1:" + LocalRegistry.freePort(), "--out", "site");
		assertEquals(3, unreachable.exitCode(), unreachable.toString());
		assertTrue(unreachable.err().contains("cannot be reached"), unreachable.toString());

		KilnProcess.Result noOut = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(2), "storefront", "generate", "--registry",
				registry.url().toString());
		assertEquals(2, noOut.exitCode(), noOut.toString());
		assertTrue(noOut.err().contains("missing the option --out"), noOut.toString());
	}

	@Test
	void servePrintsItsUrlOnLoopbackAndServesTheSiteUntilStopped() throws Exception {
		KilnProcess.Result generated = KilnProcess.run(folder, Map.of(), Duration.ofMinutes(2), "storefront", "generate", "--registry",
				registry.url() + "/cli", "--out", "site");
		assertEquals(0, generated.exitCode(), generated.toString());

		try (KilnProcess.Running serve = KilnProcess.start(folder, Map.of(), "storefront", "serve", "site")) {
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (!serve.out().contains("\n") && serve.process().isAlive() && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			String line = serve.out().lines().findFirst().orElse(null);
			assertTrue(line != null && line.matches("http://127\\.0\\.0\\.1:\\d+/"), line + "\n" + serve.err());
			HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
			HttpResponse<String> index = http.send(HttpRequest.newBuilder(URI.create(line).resolve("index.html")).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertEquals(200, index.statusCode());
			assertEquals(Files.readString(folder.resolve("site/index.html")), index.body());
			HttpResponse<String> state = http.send(HttpRequest.newBuilder(URI.create(line).resolve(".kiln-storefront.json"))
					.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
			assertEquals(404, state.statusCode(), "the generator's state is not served");

			int exit = serve.stop(Duration.ofSeconds(60)); // SIGTERM, as Ctrl-C's cousin
			assertTrue(List.of(0, 143).contains(exit), "serve ends when stopped: " + exit);
		}
	}
}
