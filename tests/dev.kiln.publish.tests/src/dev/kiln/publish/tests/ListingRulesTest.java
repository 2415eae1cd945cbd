package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.publish.Listing;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.ListingRules;
import dev.kiln.publish.Release;
import dev.kiln.publish.testsupport.ReleaseFiles;

/** Each listing rule, broken once: the problem names the field and says what is wrong. */
class ListingRulesTest {

	@TempDir
	Path folder;

	private List<ListingProblem> problems(UnaryOperator<Release> change) throws IOException {
		return new ListingRules().check(change.apply(TestReleases.release(folder, "rules", "1.0.0")));
	}

	private static Release listing(Release release, UnaryOperator<Listing> change) {
		return TestReleases.withListing(release, change.apply(release.listing()));
	}

	private static Listing with(Listing l, String title, String summary, String description, List<String> categories, String releaseNotes, String version) {
		return new Listing(l.id(), l.name(), version, l.vendor(), title, summary, description, categories, releaseNotes, l.pricing(), l.license(),
				l.eula(), l.support(), l.hardware(), null, List.of());
	}

	@Test
	void aCompleteReleasePasses() throws IOException {
		assertEquals(List.of(), problems(r -> r));
	}

	@Test
	void eachRequiredFieldIsNamedWhenMissing() throws IOException {
		assertEquals(List.of(
				new ListingProblem("title", "The listing has no title: a marketplace release needs one."),
				new ListingProblem("summary", "The listing has no summary: a marketplace release needs one."),
				new ListingProblem("description", "The listing has no description: a marketplace release needs one."),
				new ListingProblem("version", "The listing has no version: a marketplace release needs one."),
				new ListingProblem("releaseNotes", "The listing has no release notes: a marketplace release needs one.")),
				problems(r -> listing(r, l -> with(l, null, " ", null, l.categories(), "", null))));
	}

	@Test
	void aTitleOver72CharactersIsRefused() throws IOException {
		assertEquals(List.of(new ListingProblem("title", "The title has 73 characters; a marketplace title has at most 72.")),
				problems(r -> listing(r, l -> with(l, "T".repeat(73), l.summary(), l.description(), l.categories(), l.releaseNotes(), l.version()))));
	}

	@Test
	void aSummaryTooShortOrTooLongIsRefused() throws IOException {
		assertEquals(List.of(new ListingProblem("summary", "The summary has 5 characters; a marketplace summary has 10 to 160.")),
				problems(r -> listing(r, l -> with(l, l.title(), "Hello", l.description(), l.categories(), l.releaseNotes(), l.version()))));
		assertEquals(List.of(new ListingProblem("summary", "The summary has 161 characters; a marketplace summary has 10 to 160.")),
				problems(r -> listing(r, l -> with(l, l.title(), "s".repeat(161), l.description(), l.categories(), l.releaseNotes(), l.version()))));
	}

	@Test
	void categoriesMustBeGivenAndKnown() throws IOException {
		String known = "analytics, business, collaboration, databases, developer-tools, devops, education, iot, machine-learning, media, "
				+ "monitoring, networking, operating-systems, security, storage, web";
		assertEquals(List.of(new ListingProblem("categories", "The listing has no category: give at least one of " + known + ".")),
				problems(r -> listing(r, l -> with(l, l.title(), l.summary(), l.description(), List.of(), l.releaseNotes(), l.version()))));
		assertEquals(List.of(new ListingProblem("categories", "The category 'games' is not one the catalog knows: use one of " + known + ".")),
				problems(r -> listing(r, l -> with(l, l.title(), l.summary(), l.description(), List.of("web", "games"), l.releaseNotes(), l.version()))));
	}

	@Test
	void screenshotsMustBePngOrJpegOfAtMost5MB() throws IOException {
		Path text = Files.writeString(folder.resolve("notes.png"), "not a picture");
		Path huge = ReleaseFiles.random(folder.resolve("huge.png"), 5_000_001, 1);
		Files.write(huge, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' }, java.nio.file.StandardOpenOption.WRITE);
		assertEquals(List.of(new ListingProblem("screenshots", "The screenshot notes.png is neither a PNG nor a JPEG image."),
				new ListingProblem("screenshots", "The screenshot huge.png has 5000001 bytes; the marketplace takes at most 5000000 (5 MB)."),
				new ListingProblem("screenshots", "The screenshot gone.png does not exist.")),
				problems(r -> new Release(r.listing(), r.images(), r.logo(), List.of(text, huge, folder.resolve("gone.png")), r.packages(), r.created())));
	}

	@Test
	void aReleaseNeedsImagesThatExist() throws IOException {
		assertEquals(List.of(new ListingProblem("images", "The release has no image: build the appliance first (an OVA, qcow2, VMDK or raw disk).")),
				problems(r -> new Release(r.listing(), List.of(), r.logo(), r.screenshots(), r.packages(), r.created())));
		Path missing = folder.resolve("missing.ova");
		assertEquals(List.of(new ListingProblem("images", "The ova image " + missing + " does not exist: build the appliance first.")),
				problems(r -> new Release(r.listing(), List.of(new Release.Image("ova", missing, null)), r.logo(), r.screenshots(), r.packages(), r.created())));
	}
}
