package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ManifestVersion;

/** A patch release raises the manifest's version in place and leaves everything else the vendor wrote. */
class ManifestVersionTest {

	@TempDir
	Path folder;

	@Test
	void theNextPatchVersionRaisesThePatchNumberAndDropsASuffix() {
		assertEquals("1.0.1", ManifestVersion.nextPatch("1.0.0"));
		assertEquals("2.4.10", ManifestVersion.nextPatch("2.4.9"));
		assertEquals("1.2.4", ManifestVersion.nextPatch("1.2.3-rc.1"));
		assertEquals("1.2.4", ManifestVersion.nextPatch("1.2.3+build.7"));
	}

	@Test
	void aVersionThatIsNotSemanticIsRefusedInWords() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ManifestVersion.nextPatch("2024-release"));
		assertEquals("Version '2024-release' is not a semantic version (major.minor.patch): a patch release cannot raise it", e.getMessage());
	}

	@Test
	void onlyTheRootElementsVersionChangesCommentsAndLayoutStay() throws IOException {
		String manifest = """
				<?xml version="1.0" encoding="UTF-8"?>
				<!-- the vendor's comment: version="9.9.9" stays -->
				<appliance xmlns="urn:dev.kiln:appliance:1.0"
				    id="wiki"   version='1.4.2' name="Wiki">
				  <os suite="trixie"/> <!-- keep -->
				  <listing title="Wiki"><releaseNotes>version="1.4.2" notes</releaseNotes></listing>
				</appliance>
				""";
		Path file = Files.writeString(folder.resolve("appliance.xml"), manifest);

		String before = ManifestVersion.set(file, "1.4.3");

		assertEquals(manifest, before);
		assertEquals(manifest.replace("version='1.4.2'", "version='1.4.3'"), Files.readString(file));
		ManifestVersion.restore(file, before);
		assertEquals(manifest, Files.readString(file));
	}

	@Test
	void aManifestWithoutVersionIsAnErrorNamingTheFile() throws IOException {
		Path file = Files.writeString(folder.resolve("appliance.xml"), "<appliance id=\"wiki\"/>\n");

		IOException e = assertThrows(IOException.class, () -> ManifestVersion.set(file, "1.0.1"));
		assertTrue(e.getMessage().startsWith(file + ": the <appliance> element has no version attribute"), e.getMessage());
	}
}
