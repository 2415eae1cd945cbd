package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.publish.testsupport.ReleaseFiles;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.debian.ArchiveServer;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.DebPackage;
import dev.kiln.testsupport.debian.TestDebianArchive;
import dev.kiln.testsupport.debian.TrixiePockets;

/**
 * {@code kiln audit} as a vendor's CI runs it, against a signed archive on 127.0.0.1 with the three pockets of trixie
 * (trixie's busybox and python3; a python3 bug-fix release in trixie-updates; the busybox security update in
 * trixie-security) and a registry on 127.0.0.1: a project's last build and a published release, the exit codes CI
 * gates on, and the inputs that cannot be audited.
 */
class AuditCommandTest {

	private static final Duration LIMIT = Duration.ofMinutes(3);
	private static final String KEYRING = "test-archive.gpg";

	@TempDir
	static Path folder;
	private static LocalRegistry registry;
	private static ArchiveServer server;
	private static DebPackage busybox;
	private static DebPackage busyboxUpdate;
	private static DebPackage python3;
	private static DebPackage python3Update;
	private static List<PocketState> state;

	@BeforeAll
	static void serveTheArchiveAndTheRegistry() throws Exception {
		TrixiePockets trixie = TrixiePockets.make(folder);
		busybox = trixie.busybox();
		busyboxUpdate = trixie.busyboxUpdate();
		python3 = trixie.python3();
		python3Update = trixie.python3Update();
		TestDebianArchive archive = TestDebianArchive.in(folder.resolve("archive"));
		trixie.publish(archive);
		archive.writeKeyring(folder.resolve(KEYRING));
		server = archive.serve();
		DebianArchive client = new DebianArchive(server.uri(),
				DebianArchive.Options.defaults().withCacheRoot(folder.resolve("state-cache")).withKeyring(folder.resolve(KEYRING)));
		state = List.of(client.state("trixie"), client.state("trixie-updates"), client.state("trixie-security"));
		registry = LocalRegistry.start();
	}

	@AfterAll
	static void stopThem() throws Exception {
		server.close();
		registry.close();
	}

	@Test
	void aBuildWithAPendingSecurityFixExitsOneAndListsItFirst() throws Exception {
		Path project = builtProject("pending", busybox.version());

		KilnProcess.Result result = kiln("audit", project.toString(), "--cache", cache());

		assertEquals(1, result.exitCode(), result.toString());
		List<String> lines = result.outLines();
		assertEquals("pocket trixie " + TrixiePockets.RELEASED + " " + server.uri(), lines.get(0));
		assertEquals("pocket trixie-security " + BusyboxSecurityUpdate.RELEASED + " " + server.uri(), lines.get(2));
		assertEquals("security busybox amd64 " + busybox.version() + " " + busyboxUpdate.version() + " trixie-security high "
				+ String.join(",", BusyboxSecurityUpdate.CVES), lines.get(3));
		assertEquals("  CVE-2023-42363: use-after-free in awk (evaluate)", lines.get(4));
		assertEquals("update python3 amd64 " + python3.version() + " " + python3Update.version() + " trixie-updates medium -", lines.get(5));
		assertEquals("  " + TrixiePockets.PYTHON3_CHANGE, lines.get(6));
		assertTrue(result.err().contains("hello-appliance 1.0.0: 1 security fix(es) pending (3 CVE ids), 1 other update(s); 2 packages checked "
				+ "against trixie (2025-11-15T09:50:47Z), trixie-updates (2025-11-28T08:00:00Z), trixie-security (" + BusyboxSecurityUpdate.RELEASED
				+ ")"), result.toString());
	}

	@Test
	void theJsonReportIsOneObjectForPrograms() throws Exception {
		Path project = builtProject("json", busybox.version());

		KilnProcess.Result result = kiln("audit", "--json", project.toString(), "--cache", cache());

		assertEquals(1, result.exitCode(), result.toString());
		JsonObject report = JsonParser.parseString(result.out()).getAsJsonObject();
		assertTrue(report.get("securityFixesPending").getAsBoolean());
		JsonObject update = report.getAsJsonArray("updates").get(0).getAsJsonObject();
		assertEquals("busybox", update.get("name").getAsString());
		assertEquals(busyboxUpdate.version(), update.get("candidateVersion").getAsString());
		assertEquals(3, update.getAsJsonArray("cves").size());
		assertEquals(3, report.getAsJsonArray("pockets").size());
	}

	@Test
	void onlyUpdatesThatAreNoSecurityFixesExitZero() throws Exception {
		Path project = builtProject("fixed", busyboxUpdate.version());

		KilnProcess.Result result = kiln("audit", project.toString(), "--cache", cache());

		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.outLines().stream().noneMatch(line -> line.startsWith("security ")), result.toString());
		assertTrue(result.outLines().contains("update python3 amd64 " + python3.version() + " " + python3Update.version() + " trixie-updates medium -"),
				result.toString());
		assertTrue(result.err().contains("hello-appliance 1.0.0: no security fix pending, 1 other update(s); 2 packages checked against "),
				result.toString());
	}

	@Test
	void aProjectThatWasNeverBuiltIsSaidSo() throws Exception {
		Path project = project("unbuilt");

		KilnProcess.Result result = KilnProcess.run(project.getParent(), Map.of(), LIMIT, "audit", "hello-appliance", "--cache", cache());

		assertEquals(3, result.exitCode(), result.toString());
		assertEquals("kiln audit: nothing is built yet: there is no hello-appliance/build/hello-appliance-1.0.0.packages, the list of the "
				+ "packages of hello-appliance 1.0.0. Run \"kiln build hello-appliance\" first.\n", result.err());
		assertEquals("", result.out());
	}

	@Test
	void aPublishedReleaseIsAuditedThroughItsSbom() throws Exception {
		publish(builtProject("release", busybox.version()), "acme");

		KilnProcess.Result result = kiln("audit", "--registry", registry.url().toString(), "acme/hello-appliance:1.0.0", "--keyring",
				folder.resolve(KEYRING).toString(), "--cache", cache());

		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.outLines().contains("security busybox amd64 " + busybox.version() + " " + busyboxUpdate.version() + " trixie-security high "
				+ String.join(",", BusyboxSecurityUpdate.CVES)), result.toString());
		assertTrue(result.err().contains(registry.host() + "/acme/hello-appliance:1.0.0: 1 security fix(es) pending"), result.toString());
	}

	@Test
	void aReleaseWithoutSbomIsNamedAndNotCalledUpToDate() throws Exception {
		String digest = publish(builtProject("bare", busybox.version()), "bare");
		emptyReferrers("bare/hello-appliance", digest);

		KilnProcess.Result result = kiln("audit", "--registry", registry.url().toString(), "bare/hello-appliance:1.0.0", "--cache", cache());

		assertEquals(3, result.exitCode(), result.toString());
		assertEquals("kiln audit: bare/hello-appliance:1.0.0 has no SBOM (" + digest + " has none attached): nothing lists its packages. It was "
				+ "published by another tool or before Kiln attached SBOMs; audit its project instead.\n", result.err());
	}

	@Test
	void aRepositoryThatHoldsNoKilnReleaseIsNamed() throws Exception {
		PlainImage.push(registry, folder, "acme/plain:latest");

		KilnProcess.Result result = kiln("audit", "--registry", registry.url().toString(), "acme/plain:latest", "--cache", cache());

		assertEquals(3, result.exitCode(), result.toString());
		assertTrue(result.err().startsWith("kiln audit: acme/plain:latest is not a Kiln appliance release (artifact type "), result.toString());
		assertFalse(result.err().contains("Exception"), result.toString());
	}

	/** A copy of the example whose archive is the test archive, trusted through the test key's keyring in the project. */
	private static Path project(String name) throws Exception {
		Path project = ExampleProjects.copyOfHello(Files.createDirectories(folder.resolve(name)));
		Files.copy(folder.resolve(KEYRING), project.resolve(KEYRING));
		ExampleProjects.editManifest(project, "<os suite=\"trixie\" architecture=\"amd64\">", "<os suite=\"trixie\" architecture=\"amd64\" mirror=\""
				+ server.uri() + "\" securityMirror=\"" + server.uri() + "\" keyring=\"" + KEYRING + "\">");
		return project;
	}

	/** The project as kiln build leaves it: images, the package list with pockets and the archive state. */
	private static Path builtProject(String name, String busyboxVersion) throws Exception {
		Path project = project(name);
		Path build = Files.createDirectories(project.resolve("build"));
		ReleaseFiles.ova(build, "hello-appliance-1.0.0", 1 << 20, 3);
		ReleaseFiles.qcow2(build, "hello-appliance-1.0.0", 16);
		String pocket = busyboxVersion.equals(busybox.version()) ? "trixie" : "trixie-security";
		Files.writeString(build.resolve("hello-appliance-1.0.0.packages"),
				"busybox\t" + busyboxVersion + "\tamd64\t" + pocket + "\npython3\t" + python3.version() + "\tamd64\ttrixie\n");
		StringBuilder archiveState = new StringBuilder();
		for (PocketState pocketState : state) {
			archiveState.append(pocketState.suite()).append('\t').append(pocketState.mirror()).append('\t').append(pocketState.date()).append('\t')
					.append(pocketState.inReleaseSha256()).append('\n');
		}
		Files.writeString(build.resolve("hello-appliance-1.0.0.archive"), archiveState);
		return project;
	}

	/** Publishes the built project with kiln publish; returns the release's manifest digest. */
	private static String publish(Path project, String repository) {
		KilnProcess.Result published = kiln("publish", project.toString(), "--registry", registry.url().toString(), "--repository", repository,
				"--release-notes", "First release.");
		assertEquals(0, published.exitCode(), published.toString());
		return published.outLines().stream().filter(l -> l.startsWith("digest ")).findFirst().orElseThrow().substring("digest ".length());
	}

	/** What a release published by another tool looks like: its referrers index (the tag schema's) holds nothing. */
	private static void emptyReferrers(String repository, String digest) throws Exception {
		String index = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.index.v1+json\",\"manifests\":[]}";
		HttpRequest put = HttpRequest.newBuilder(URI.create(registry.url() + "/v2/" + repository + "/manifests/" + digest.replace(':', '-')))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((LocalRegistry.USER + ":" + LocalRegistry.PASSWORD)
						.getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "application/vnd.oci.image.index.v1+json").timeout(Duration.ofSeconds(30))
				.PUT(HttpRequest.BodyPublishers.ofString(index)).build();
		try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
			HttpResponse<String> response = http.send(put, HttpResponse.BodyHandlers.ofString());
			assertEquals(201, response.statusCode(), response.body());
		}
	}

	private static String cache() {
		return folder.resolve("cache").toString();
	}

	private static KilnProcess.Result kiln(String... arguments) {
		return KilnProcess.run(folder, KilnProcess.registryEnvironment(), LIMIT, arguments);
	}
}
