package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.publish.testsupport.ReleaseFiles;
import dev.kiln.testsupport.ExampleProjects;

/**
 * {@code kiln verify --registry} as a customer runs it on releases that must not be deployed blindly:
 * an unsigned release, a repository that holds no Kiln release, a version that is not there, and a
 * reference that is not one. Each gets its exit code and a message in words.
 */
class VerifyReleaseCommandTest {

	private static final Duration LIMIT = Duration.ofMinutes(3);
	private static LocalRegistry registry;

	@TempDir
	static Path folder;

	@BeforeAll
	static void publishAnUnsignedRelease() throws Exception {
		registry = LocalRegistry.start();
		Path project = ExampleProjects.copyOfHello(folder);
		Path images = Files.createDirectories(project.resolve("build"));
		ReleaseFiles.ova(images, "hello-appliance-1.0.0", 1 << 20, 3);
		ReleaseFiles.qcow2(images, "hello-appliance-1.0.0", 16);
		KilnProcess.Result published = kiln("publish", project.toString(), "--registry", registry.url().toString(), "--repository", "acme",
				"--release-notes", "First release.");
		assertEquals(0, published.exitCode(), published.toString());
		assertTrue(published.err().contains("The release is not signed: KILN_SIGNING_KEYSTORE names no keystore of the vendor identity."),
				published.toString());
		assertFalse(published.out().contains("signer "), published.toString());
	}

	@AfterAll
	static void stopRegistry() throws Exception {
		registry.close();
	}

	private static KilnProcess.Result kiln(String... arguments) {
		return KilnProcess.run(folder, KilnProcess.registryEnvironment(), LIMIT, arguments);
	}

	@Test
	void anUnsignedReleaseIsListedAndRefused() {
		KilnProcess.Result result = kiln("verify", "--registry", registry.url().toString(), "acme/hello-appliance:1.0.0");

		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.outLines().get(0).matches("release " + registry.host() + "/acme/hello-appliance@sha256:[0-9a-f]{64} 1\\.0\\.0"),
				result.toString());
		assertTrue(result.outLines().stream().anyMatch(l -> l.matches("file \\d+ sha256:[0-9a-f]{64} hello-appliance-1\\.0\\.0\\.ova")),
				result.toString());
		assertTrue(result.outLines().contains("signature none"), result.toString());
		assertTrue(result.err().contains("acme/hello-appliance:1.0.0 is not signed: nothing says who published it"), result.toString());
	}

	@Test
	void theRegistryHostInTheReferenceMayBeGivenAsKilnPublishPrintedIt() {
		KilnProcess.Result result = kiln("verify", "--registry", registry.url().toString(), registry.host() + "/acme/hello-appliance:1.0.0");

		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.outLines().contains("signature none"), result.toString());
	}

	@Test
	void aVersionThatIsNotPublishedIsNamed() {
		KilnProcess.Result result = kiln("verify", "--registry", registry.url().toString(), "acme/hello-appliance:9.9.9");

		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.err().startsWith("kiln verify: ") && result.err().contains("9.9.9"), result.toString());
		assertFalse(result.err().contains("Exception"), result.toString());
	}

	@Test
	void aRepositoryThatHoldsNoKilnReleaseIsSaidSo() throws Exception {
		PlainImage.push(registry, folder, "acme/plain:latest");

		KilnProcess.Result result = kiln("verify", "--registry", registry.url().toString(), "acme/plain:latest");
		assertEquals(1, result.exitCode(), result.toString());
		assertTrue(result.err().contains("not a Kiln appliance") || result.err().contains("is not a Kiln"), result.toString());
		assertFalse(result.err().contains("Exception"), result.toString());
	}

	@Test
	void somethingThatIsNoReferenceIsAUsageError() {
		KilnProcess.Result result = kiln("verify", "--registry", registry.url().toString(), "acme/hello-appliance");

		assertEquals(2, result.exitCode(), result.toString());
		assertTrue(result.err().contains("'acme/hello-appliance' is not a release reference"), result.toString());
	}
}
