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
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.BuildRecipe;
import dev.kiln.image.debian.PocketState;
import dev.kiln.image.Sha256;

/** Which cache entries count as complete, and what the cache key depends on. */
class BaseLayerCacheTest {

	private static final URI MIRROR = URI.create("http://mirror.invalid/debian");
	private static final List<PocketState> STATE_15 = List.of(
			new PocketState("trixie", MIRROR, Instant.parse("2025-11-15T09:00:00Z"), "a".repeat(64)),
			new PocketState("trixie-security", MIRROR, Instant.parse("2025-11-15T10:00:00Z"), "b".repeat(64)));
	private static final List<PocketState> STATE_16 = List.of(STATE_15.get(0),
			new PocketState("trixie-security", MIRROR, Instant.parse("2025-11-16T10:00:00Z"), "c".repeat(64)));

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
	void theKeyIgnoresPackageOrderButNotThePackagesOrAnyPocketsState() {
		String key = BaseLayerCache.key(os("nginx", "busybox"), STATE_15);
		assertEquals(key, BaseLayerCache.key(os("busybox", "nginx"), STATE_15));
		assertNotEquals(key, BaseLayerCache.key(os("busybox"), STATE_15));
		assertNotEquals(key, BaseLayerCache.key(os("nginx", "busybox"), STATE_16));
		assertTrue(key.startsWith("trixie-amd64-"), key);
	}

	@Test
	void eachTrimCategoryIsPartOfTheKey() {
		String all = BaseLayerCache.key(os(BuildRecipe.Trim.ALL, "busybox"), STATE_15);
		List<BuildRecipe.Trim> oneOff = List.of(new BuildRecipe.Trim(false, true, true, true, true, true, true),
				new BuildRecipe.Trim(true, false, true, true, true, true, true), new BuildRecipe.Trim(true, true, false, true, true, true, true),
				new BuildRecipe.Trim(true, true, true, false, true, true, true), new BuildRecipe.Trim(true, true, true, true, false, true, true),
				new BuildRecipe.Trim(true, true, true, true, true, false, true), new BuildRecipe.Trim(true, true, true, true, true, true, false));
		for (BuildRecipe.Trim trim : oneOff) {
			assertNotEquals(all, BaseLayerCache.key(os(trim, "busybox"), STATE_15), trim.toString());
		}
	}
}
