package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.ExternalTool;

/**
 * kiln test-update as a vendor's CI runs it between kiln build and kiln publish: 1.0 of a copy of the example with
 * updates is built and published to Debian's docker-registry on 127.0.0.1; 1.1 is built; the test boots 1.0 from the
 * registry under QEMU/TCG, updates it to 1.1 and passes (exit 0, the result on stdout, the guest's console on stderr).
 * A test that cannot run says why (exit 3). Consoles under target/boot-logs.
 */
class TestUpdateCommandTest {

	private static final Duration BUILD_LIMIT = Duration.ofMinutes(20);
	private static final Duration TEST_LIMIT = Duration.ofMinutes(30);

	@TempDir
	Path folder;

	private Map<String, String> environment(Path keystore) {
		Map<String, String> environment = new HashMap<>(KilnProcess.registryEnvironment());
		environment.put("KILN_SIGNING_KEYSTORE", keystore.toString());
		environment.put("KILN_SIGNING_PASSWORD", "vendor-secret");
		return environment;
	}

	/** vendor.p12: a self-signed RSA key and certificate, made with openssl, as a vendor keeps it in CI. */
	private Path vendorKeystore() throws Exception {
		ExternalTool.command("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "vendor.key", "-out", "vendor.crt", "-days", "30",
				"-subj", "/O=Kiln Tests/CN=Kiln Update Test Vendor").in(folder).output();
		ExternalTool.command("openssl", "pkcs12", "-export", "-inkey", "vendor.key", "-in", "vendor.crt", "-out", "vendor.p12", "-passout",
				"pass:vendor-secret").in(folder).output();
		return folder.resolve("vendor.p12");
	}

	@Test
	void theUpdateFromThePublishedReleaseToTheBuildPasses() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "</hardware>", "</hardware>\n  <updates check=\"never\" readyTimeout=\"60\">\n"
				+ "    <channel name=\"stable\"/>\n    <keep path=\"/var/lib/hello\"/>\n    <ready http=\"http://127.0.0.1:8080/\"/>\n  </updates>");
		Map<String, String> environment = environment(vendorKeystore());
		String cache = KilnProcess.cache().toString();
		try (LocalRegistry registry = LocalRegistry.start()) {
			String url = registry.url().toString();
			// nothing published yet: the test cannot start, and says what to do
			KilnProcess.Result built = KilnProcess.run(folder, environment, BUILD_LIMIT, "build", "hello-appliance", "--cache", cache);
			assertEquals(0, built.exitCode(), built.toString());
			KilnProcess.Result nothing = KilnProcess.run(folder, environment, BUILD_LIMIT, "test-update", "hello-appliance", "--registry", url,
					"--repository", "acme", "--cache", cache);
			assertEquals(3, nothing.exitCode(), nothing.toString());
			assertTrue(nothing.err().contains("No release of hello-appliance older than 1.0.0 is published on "), nothing.toString());

			KilnProcess.Result published = KilnProcess.run(folder, environment, BUILD_LIMIT, "publish", "hello-appliance", "--registry", url,
					"--repository", "acme", "--formats", "qcow2", "--release-notes", "First release.");
			assertEquals(0, published.exitCode(), published.toString());

			ExampleProjects.editManifest(project, "version=\"1.0.0\"", "version=\"1.1.0\"");
			Path page = project.resolve("app/www/index.html");
			Files.writeString(page, Files.readString(page).replace("</body>", "<p>Version 1.1</p></body>"));
			KilnProcess.Result stale = KilnProcess.run(folder, environment, BUILD_LIMIT, "test-update", "hello-appliance", "--registry", url,
					"--repository", "acme", "--cache", cache);
			assertEquals(3, stale.exitCode(), stale.toString());
			assertTrue(stale.err().contains("hello-appliance 1.1.0 has no update bundle: build it first"), stale.toString());

			built = KilnProcess.run(folder, environment, BUILD_LIMIT, "build", "hello-appliance", "--cache", cache);
			assertEquals(0, built.exitCode(), built.toString());
			KilnProcess.Result test = KilnProcess.run(folder, environment, TEST_LIMIT, "test-update", "hello-appliance", "--registry", url,
					"--repository", "acme", "--cache", cache, "--timeout", "25");
			Path logs = Files.createDirectories(Path.of(System.getProperty("kiln.test.artifacts", "target/boot-logs")));
			Files.writeString(logs.resolve("kiln-test-update.log"), test.toString());
			assertEquals(0, test.exitCode(), test.toString());
			assertTrue(test.outLines().get(0).matches("passed 1\\.0\\.0 1\\.1\\.0 \\d+"), test.toString());
			assertEquals("message updated hello-appliance from 1.0.0 (slot A) to 1.1.0 (slot B), ready, the data of 2 kept path(s) intact",
					test.outLines().get(1), test.toString());
			assertTrue(test.err().contains("KILN-UPDATE-TEST started: hello-appliance 1.0.0 in system slot A is ready; marked 2 kept path(s)"),
					"the guest's console is on stderr: " + test);
			assertTrue(test.err().contains("Update test passed: hello-appliance 1.0.0 updated to 1.1.0, ready, its data kept"), test.toString());
			assertTrue(Files.isRegularFile(project.resolve("build/.kiln-update-test")), "the passed test is recorded next to the images");
			assertFalse(test.toString().contains("vendor-secret"), "the password is never printed");

			KilnProcess.Result unknown = KilnProcess.run(folder, environment, BUILD_LIMIT, "test-update", "hello-appliance", "--registry", url,
					"--repository", "acme", "--from", "0.9.0");
			assertEquals(3, unknown.exitCode(), unknown.toString());
			assertTrue(unknown.err().contains("hello-appliance 0.9.0 is not published on "), unknown.toString());
		}
	}
}
