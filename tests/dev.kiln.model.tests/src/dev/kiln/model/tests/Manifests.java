package dev.kiln.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import dev.kiln.model.Appliance;
import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.model.validation.ListingLimits;

/** Test fixtures: the sample manifest, the hello-appliance example and loading from text. */
final class Manifests {

	static final String SAMPLE = "sample-appliance.xml";

	/**
	 * Listing limits as a catalog gives them (Kiln's own come from dev.kiln.publish's ListingPolicy,
	 * which this bundle cannot see): the categories of the sample and of the hello example, and more.
	 */
	static final ListingLimits LISTING_LIMITS = new ListingLimits(72, 160,
			Set.of("business", "collaboration", "developer-tools", "web"));

	private Manifests() {
	}

	static byte[] sampleBytes() {
		try (InputStream in = Manifests.class.getResourceAsStream("/" + SAMPLE)) {
			assertNotNull(in, SAMPLE + " is not on the test class path");
			return in.readAllBytes();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String sampleText() {
		return new String(sampleBytes(), StandardCharsets.UTF_8);
	}

	/** @return a fresh copy of the sample, which loads without problems */
	static Appliance sample() {
		return loadClean(sampleBytes(), SAMPLE);
	}

	static LoadResult load(String xml) {
		return new ManifestLoader().load(xml.getBytes(StandardCharsets.UTF_8), "test.xml");
	}

	static Appliance loadClean(byte[] content, String name) {
		LoadResult result = new ManifestLoader().load(content, name);
		assertEquals(List.of(), result.problems(), name + " should load cleanly");
		return result.appliance().orElseThrow();
	}

	/** The repository checkout, given by the build as system property kiln.repository. */
	static Path repository() {
		String location = System.getProperty("kiln.repository");
		assertTrue(location != null, "kiln.repository is not set; run through Maven");
		return Path.of(location).toAbsolutePath().normalize();
	}

	static Path helloExample() {
		Path manifest = repository().resolve("examples/hello-appliance/appliance.xml");
		assertTrue(Files.isRegularFile(manifest), manifest + " is missing");
		return manifest;
	}
}
