package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ReleaseMapper;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestWriter;
import dev.kiln.publish.Listing;
import dev.kiln.testsupport.ExampleProjects;

/** Listing edits from the Publish wizard written back into appliance.xml, and read back the same. */
class ListingWriteBackTest {

	@TempDir
	Path folder;

	private static Appliance load(Path project) {
		ManifestCheck.Result checked = new ManifestCheck().check(project.resolve("appliance.xml"), project, "appliance.xml");
		assertFalse(checked.hasErrors(), checked.problems().toString());
		return checked.appliance();
	}

	private static Listing edit(Listing l, String title, String releaseNotes, List<String> categories) {
		return new Listing(l.id(), l.name(), l.version(), l.vendor(), title, l.summary(), l.description(), categories, releaseNotes,
				l.pricing(), l.license(), l.eula(), l.support(), l.hardware(), l.logo(), l.screenshots());
	}

	@Test
	void editedFieldsLandInTheListingAndReadBackTheSame() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		Appliance appliance = load(project);
		Listing edited = edit(ReleaseMapper.listing(appliance, project), "Hello Appliance Pro", "First release.",
				List.of("developer-tools", "networking"));

		assertTrue(ReleaseMapper.writeBack(appliance, edited));
		new ManifestWriter().write(appliance, project.resolve("appliance.xml"));

		String xml = Files.readString(project.resolve("appliance.xml"));
		assertTrue(xml.contains("<releaseNotes>First release.</releaseNotes>"), xml);
		assertTrue(xml.contains("title=\"Hello Appliance Pro\""), xml);
		Listing reread = ReleaseMapper.listing(load(project), project);
		assertEquals(edited.title(), reread.title());
		assertEquals(edited.releaseNotes(), reread.releaseNotes());
		assertEquals(edited.categories(), reread.categories());
		assertEquals(edited.summary(), reread.summary());
		assertEquals(edited.description(), reread.description());
	}

	@Test
	void anUneditedListingChangesNothingAndFallbacksAreNotCopied() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		Appliance appliance = load(project);
		Listing unchanged = ReleaseMapper.listing(appliance, project);
		assertFalse(ReleaseMapper.writeBack(appliance, unchanged));
		assertEquals(null, appliance.getListing().getDescription(), "the description still comes from the appliance's own");
	}
}
