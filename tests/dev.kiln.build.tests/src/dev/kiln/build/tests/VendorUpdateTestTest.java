package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ProjectRelease;
import dev.kiln.build.UpdateTest;
import dev.kiln.build.UpdateTestRecord;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;
import dev.kiln.image.cache.CachePolicy;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.ovf.OvaSigner;
import dev.kiln.image.qemu.Accelerator;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.Release;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExampleProjects;

/**
 * The vendor's update test engine ({@link UpdateTest}) against a real registry and QEMU/TCG: 1.0 of a copy of the example
 * with updates is published; the test of the 1.1 build boots 1.0 from the registry, updates it and passes, which is recorded
 * for the Publish wizard; the test of a 1.2 whose service never becomes ready fails and says why; a test with nothing
 * published before fails before any machine starts. Serial consoles under target/boot-logs.
 */
class VendorUpdateTestTest {

	@TempDir
	static Path work;
	static VendorIdentity vendor;
	static Path project;
	static LocalRegistry registry;
	static Marketplace marketplace;
	static MarketplaceTarget target;
	static Path logs;

	@BeforeAll
	static void publishTheFirstRelease() throws Exception {
		logs = Files.createDirectories(Path.of(System.getProperty("kiln.test.artifacts", "target/boot-logs")));
		vendor = VendorIdentity.create("Kiln Examples update test", "Kiln Examples", Duration.ofDays(30));
		project = ExampleProjects.copyOfHello(work.resolve("hello"));
		ExampleProjects.editManifest(project, "</hardware>", "</hardware>\n  <updates check=\"never\" readyTimeout=\"30\">\n"
				+ "    <channel name=\"stable\"/>\n    <keep path=\"/var/lib/hello\"/>\n    <ready http=\"http://127.0.0.1:8080/\"/>\n  </updates>");
		build();
		registry = LocalRegistry.start();
		target = new MarketplaceTarget("local", MarketplaceTarget.OCI, registry.url(), "examples");
		marketplace = Marketplaces.connect(target, Credentials.of(LocalRegistry.USER, LocalRegistry.PASSWORD));
		Appliance appliance = appliance();
		Path images = ProjectOutputs.folder(project);
		Release release = ProjectRelease.release(appliance, project, ProjectRelease.images(appliance, images, List.of("qcow2")), "First release.",
				ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH);
		marketplace.publish(release, PublishOptions.defaults().withSigner(vendor), Progress.NONE);
	}

	@AfterAll
	static void stopRegistry() throws Exception {
		if (registry != null) {
			registry.close();
		}
	}

	static void build() throws Exception {
		ImageEngine engine = new ImageEngine(Path.of(System.getProperty("kiln.test.cache")), OvaSigner.of(vendor), CachePolicy.DEFAULT);
		new ApplianceBuild(engine).build(project, ProjectOutputs.folder(project), ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
	}

	static Appliance appliance() {
		return new ManifestCheck().check(project.resolve(ManifestCheck.MANIFEST_FILE), project, "/hello/appliance.xml").appliance();
	}

	static UpdateTest.Result run(String log) throws Exception {
		try (java.io.Writer console = Files.newBufferedWriter(logs.resolve(log + ".log"))) {
			return new UpdateTest(marketplace, target.repositoryOf("hello-appliance"), text -> {
				try {
					console.write(text);
					console.flush();
				} catch (java.io.IOException e) {
					throw new java.io.UncheckedIOException(e);
				}
			}).run(new UpdateTest.Request(project, ProjectOutputs.folder(project),
					appliance(), null, vendor, Path.of("/usr/bin/qemu-system-x86_64"), Accelerator.detect(), Duration.ofMinutes(25),
					work.resolve("downloads")), Progress.NONE);
		}
	}

	@Test
	void theUpdateFromThePublishedReleasePassesAndABrokenVersionFails() throws Exception {
		ExampleProjects.editManifest(project, "version=\"1.0.0\"", "version=\"1.1.0\"");
		Path page = project.resolve("app/www/index.html");
		Files.writeString(page, Files.readString(page).replace("</body>", "<p>Version 1.1</p></body>"));
		build();
		UpdateTest.Result passed = run("vendor-update-test-1.1");
		assertNotNull(passed);
		assertTrue(passed.passed(), passed.message());
		assertEquals("1.0.0", passed.from());
		assertTrue(passed.message().contains("updated hello-appliance from 1.0.0 (slot A) to 1.1.0 (slot B), ready, the data of 2 kept path(s) intact"),
				passed.message());
		Optional<UpdateTestRecord> record = UpdateTestRecord.of(ProjectOutputs.folder(project));
		assertEquals("1.0.0", record.orElseThrow().from());

		// 1.2: the service listens on another port than the ready check asks
		ExampleProjects.editManifest(project, "version=\"1.1.0\"", "version=\"1.2.0\"");
		Path unit = project.resolve("app/systemd/hello.service");
		Files.writeString(unit, Files.readString(unit).replace("-p 8080", "-p 8081"));
		build();
		assertEquals(Optional.empty(), UpdateTestRecord.of(ProjectOutputs.folder(project)), "a new build voids the record");
		UpdateTest.Result failed = run("vendor-update-test-1.2");
		assertNotNull(failed);
		assertFalse(failed.passed(), failed.message());
		assertEquals("1.0.0", failed.from(), "1.1 is not published: the test starts from the release customers run");
		assertTrue(failed.message().contains("1.2.0 is not ready: http://127.0.0.1:8080/ does not answer"), failed.message());
		assertEquals(Optional.empty(), UpdateTestRecord.of(ProjectOutputs.folder(project)));
	}

	@Test
	void withNothingPublishedBeforeTheTestSaysWhatToDo() throws Exception {
		UpdateTest test = new UpdateTest(marketplace, target.repositoryOf("another-appliance"), text -> {
		});
		UpdateTest.Failure failure = assertThrows(UpdateTest.Failure.class, () -> test.run(new UpdateTest.Request(project, ProjectOutputs.folder(project), appliance(), null,
				vendor, Path.of("/usr/bin/qemu-system-x86_64"), Accelerator.detect(), Duration.ofMinutes(1), work.resolve("downloads")),
				Progress.NONE));
		assertTrue(failure.getMessage().startsWith("No release of hello-appliance older than "), failure.getMessage());
		assertTrue(failure.getMessage().contains("Publish a first release"), failure.getMessage());
	}
}
