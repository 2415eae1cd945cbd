package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.build.ManifestCheck;
import dev.kiln.publish.ListingPolicy;

/**
 * The manifest's listing rules (KILN-M037…M039) check the publisher's {@link ListingPolicy}, and the
 * documentation states the same numbers.
 */
class CatalogListingLimitsTest {

	private static final ListingPolicy CATALOG = ListingPolicy.catalog();

	@TempDir
	Path folder;

	@Test
	void theManifestCheckRefusesTheTitlesAndCategoriesThePublisherRefuses() throws IOException {
		Path project = ExampleProjects.copyOfHello(folder);
		String title = "T".repeat(CATALOG.titleMaxLength() + 1);
		ExampleProjects.editManifest(project, "title=\"Hello Appliance\"", "title=\"" + title + "\"");
		ExampleProjects.editManifest(project, "<category>developer-tools</category>", "<category>games</category>");
		int listingLine = lineOf(project.resolve("appliance.xml"), "<listing ");

		ManifestCheck.Result result = new ManifestCheck().check(project.resolve("appliance.xml"), project, "appliance.xml");

		assertEquals(List.of(
				listingLine + " KILN-M037 Listing title has " + title.length() + " characters: marketplaces allow at most "
						+ CATALOG.titleMaxLength(),
				listingLine + " KILN-M039 Listing category 'games' is not known; use one of "
						+ String.join(", ", CATALOG.categories())),
				result.problems().stream().map(p -> p.line() + " " + p.code() + " " + p.message()).toList());
	}

	@Test
	void aSummaryOverThePolicysLengthIsAManifestError() throws IOException {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "<summary>Example appliance: an HTTP service on port 8080.</summary>",
				"<summary>" + "s".repeat(CATALOG.summaryMaxLength() + 1) + "</summary>");

		ManifestCheck.Result result = new ManifestCheck().check(project.resolve("appliance.xml"), project, "appliance.xml");

		assertEquals(List.of("KILN-M038 Listing summary has " + (CATALOG.summaryMaxLength() + 1)
				+ " characters: marketplaces allow at most " + CATALOG.summaryMaxLength()),
				result.problems().stream().map(p -> p.code() + " " + p.message()).toList());
	}

	@Test
	void theManifestReferenceAndThePublishingGuideStateThePolicysNumbers() throws IOException {
		String reference = Files.readString(ExampleProjects.repository().resolve("docs/manifest/reference.md"));
		String publishing = Files.readString(ExampleProjects.repository().resolve("docs/publishing.md")).replaceAll("\\s+", " ");

		assertTrue(reference.contains("Listing title, at most " + CATALOG.titleMaxLength() + " characters."),
				"the documentation of Listing.title in appliance.ecore names the title limit of ListingPolicy");
		assertTrue(reference.contains("Short summary, at most " + CATALOG.summaryMaxLength() + " characters."),
				"the documentation of Listing.summary in appliance.ecore names the summary limit of ListingPolicy");
		assertTrue(publishing.contains("title has at most " + CATALOG.titleMaxLength() + " characters, the summary "
				+ CATALOG.summaryMinLength() + " to " + CATALOG.summaryMaxLength()),
				"docs/publishing.md § Listing rules states the limits of ListingPolicy");
		assertTrue(publishing.contains("at most " + CATALOG.imageMaxBytes() / 1_000_000 + " MB"),
				"docs/publishing.md § Listing rules states the image size limit of ListingPolicy");
	}

	private static int lineOf(Path file, String text) throws IOException {
		List<String> lines = Files.readAllLines(file);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).contains(text)) {
				return i + 1;
			}
		}
		throw new AssertionError(file + " has no " + text);
	}
}
