package dev.kiln.image.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.Sha256;

/** Which cache entries count as complete, and what the cache key depends on. */
class BaseLayerCacheTest {

	private static final URI MIRROR = URI.create("http://mirror.invalid/debian");

	@TempDir
	Path entry;

	@BeforeEach
	void completeEntry() throws IOException {
		Files.write(entry.resolve("base.tar"), new byte[] { 1, 2, 3, 4 });
		Properties metadata = new Properties();
		metadata.setProperty("format", BaseLayerCache.FORMAT);
		metadata.setProperty("size", "4");
		metadata.setProperty("sha256", Sha256.of(new byte[] { 1, 2, 3, 4 }));
		try (OutputStream out = Files.newOutputStream(entry.resolve("base.properties"))) {
			metadata.store(out, null);
		}
	}

	private static BuildRecipe.BaseSystem os(String... packages) {
		return os(BuildRecipe.Trim.ALL, packages);
	}

	private static BuildRecipe.BaseSystem os(BuildRecipe.Trim trim, String... packages) {
		return new BuildRecipe.BaseSystem("trixie", "amd64", new TreeSet<>(List.of(packages)), null, trim, false);
	}

	@Test
	void anEntryWithMatchingMetadataIsComplete() {
		assertTrue(BaseLayerCache.isComplete(entry));
	}

	@Test
	void aChangedTarballIsDetected() throws IOException {
		Files.write(entry.resolve("base.tar"), new byte[] { 1, 2, 3, 5 });
		assertFalse(BaseLayerCache.isComplete(entry));
	}

	@Test
	void aTruncatedTarballIsDetected() throws IOException {
		Files.write(entry.resolve("base.tar"), new byte[] { 1, 2 });
		assertFalse(BaseLayerCache.isComplete(entry));
	}

	@Test
	void anEntryWithoutMetadataIsPartial() throws IOException {
		Files.delete(entry.resolve("base.properties"));
		assertFalse(BaseLayerCache.isComplete(entry));
	}

	@Test
	void anEntryOfAnOlderFormatIsNotReused() throws IOException {
		Files.writeString(entry.resolve("base.properties"),
				Files.readString(entry.resolve("base.properties")).replace(BaseLayerCache.FORMAT, "kiln-base-0"));
		assertFalse(BaseLayerCache.isComplete(entry));
	}

	@Test
	void theKeyIgnoresPackageOrderButNotThePackagesOrTheArchiveState() {
		String key = BaseLayerCache.key(os("nginx", "busybox"), MIRROR, "Sat, 15 Nov 2025 09:00:00 UTC");
		assertEquals(key, BaseLayerCache.key(os("busybox", "nginx"), MIRROR, "Sat, 15 Nov 2025 09:00:00 UTC"));
		assertNotEquals(key, BaseLayerCache.key(os("busybox"), MIRROR, "Sat, 15 Nov 2025 09:00:00 UTC"));
		assertNotEquals(key, BaseLayerCache.key(os("nginx", "busybox"), MIRROR, "Sun, 16 Nov 2025 09:00:00 UTC"));
		assertTrue(key.startsWith("trixie-amd64-"), key);
	}

	@Test
	void eachTrimCategoryIsPartOfTheKey() {
		String all = BaseLayerCache.key(os(BuildRecipe.Trim.ALL, "busybox"), MIRROR, "Sat, 15 Nov 2025 09:00:00 UTC");
		List<BuildRecipe.Trim> oneOff = List.of(new BuildRecipe.Trim(false, true, true, true, true, true, true),
				new BuildRecipe.Trim(true, false, true, true, true, true, true), new BuildRecipe.Trim(true, true, false, true, true, true, true),
				new BuildRecipe.Trim(true, true, true, false, true, true, true), new BuildRecipe.Trim(true, true, true, true, false, true, true),
				new BuildRecipe.Trim(true, true, true, true, true, false, true), new BuildRecipe.Trim(true, true, true, true, true, true, false));
		for (BuildRecipe.Trim trim : oneOff) {
			assertNotEquals(all, BaseLayerCache.key(os(trim, "busybox"), MIRROR, "Sat, 15 Nov 2025 09:00:00 UTC"), trim.toString());
		}
	}
}
