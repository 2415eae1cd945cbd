package dev.kiln.launch.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.BuildInputs;
import dev.kiln.launch.internal.ImageFreshness;
import dev.kiln.testsupport.ExampleProjects;

/**
 * An image is rebuilt before it boots when it is missing or the project's inputs changed since its build
 * (the fingerprint the build recorded); file times, hidden files and other outputs do not count.
 */
class ImageFreshnessTest {

	private static final Instant LATER = Instant.parse("2030-01-01T00:00:00Z");

	@TempDir
	Path folder;
	Path project;
	Path image;

	@BeforeEach
	void theExampleAsBuilt() throws Exception {
		project = ExampleProjects.copyOfHello(folder);
		Path output = Files.createDirectories(project.resolve("build"));
		image = Files.writeString(output.resolve("hello-appliance-1.0.0.qcow2"), "an image");
		BuildInputs.record(output, BuildInputs.current(project).orElseThrow());
	}

	@Test
	void anImageBuiltFromTheCurrentFilesIsFresh() {
		assertFalse(ImageFreshness.isStale(project, image));
	}

	@Test
	void aMissingImageIsStale() throws Exception {
		Files.delete(image);
		assertTrue(ImageFreshness.isStale(project, image));
	}

	@Test
	void aChangedManifestMakesItStale() throws Exception {
		Path manifest = project.resolve("appliance.xml");
		Files.writeString(manifest, Files.readString(manifest).replace("memoryMb=\"512\"", "memoryMb=\"1024\""));
		assertTrue(ImageFreshness.isStale(project, image));
	}

	@Test
	void aChangedApplicationFileMakesItStale() throws Exception {
		Path page = project.resolve("app/www/index.html");
		Files.writeString(page, Files.readString(page) + "<p>changed</p>\n");
		assertTrue(ImageFreshness.isStale(project, image));
	}

	@Test
	void timesHiddenFilesAndOtherOutputsDoNotCount() throws Exception {
		Files.setLastModifiedTime(project.resolve("appliance.xml"), FileTime.from(LATER));
		Files.setLastModifiedTime(project.resolve("app/www/index.html"), FileTime.from(LATER));
		Files.writeString(project.resolve(".project"), "<projectDescription/>");
		Files.writeString(project.resolve("build/hello-appliance-1.0.0.sha256"), "sums");
		assertFalse(ImageFreshness.isStale(project, image));
	}
}
