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

import dev.kiln.launch.internal.ImageFreshness;

/** An image is rebuilt before it boots when it is missing or older than a file of its project. */
class ImageFreshnessTest {

	private static final Instant BUILT = Instant.parse("2026-11-26T10:00:00Z");

	@TempDir
	Path project;
	Path image;

	private Path file(String path, Instant modified) throws Exception {
		Path file = project.resolve(path);
		Files.createDirectories(file.getParent());
		Files.writeString(file, path);
		Files.setLastModifiedTime(file, FileTime.from(modified));
		return file;
	}

	@BeforeEach
	void projectBuiltAfterItsFiles() throws Exception {
		file("appliance.xml", BUILT.minusSeconds(60));
		file("app/www/index.html", BUILT.minusSeconds(60));
		image = file("build/hello-appliance-1.0.0.qcow2", BUILT);
	}

	@Test
	void anImageNewerThanEveryFileIsFresh() throws Exception {
		assertFalse(ImageFreshness.isStale(project, image));
	}

	@Test
	void aMissingImageIsStale() throws Exception {
		Files.delete(image);

		assertTrue(ImageFreshness.isStale(project, image));
	}

	@Test
	void aChangedManifestMakesItStale() throws Exception {
		file("appliance.xml", BUILT.plusSeconds(1));

		assertTrue(ImageFreshness.isStale(project, image));
	}

	@Test
	void aChangedApplicationFileMakesItStale() throws Exception {
		file("app/www/index.html", BUILT.plusSeconds(1));

		assertTrue(ImageFreshness.isStale(project, image));
	}

	@Test
	void otherOutputsAndHiddenFilesDoNotCount() throws Exception {
		file("build/hello-appliance-1.0.0.sha256", BUILT.plusSeconds(5));
		file(".project", BUILT.plusSeconds(5));
		file(".settings/org.eclipse.core.resources.prefs", BUILT.plusSeconds(5));

		assertFalse(ImageFreshness.isStale(project, image));
	}
}
