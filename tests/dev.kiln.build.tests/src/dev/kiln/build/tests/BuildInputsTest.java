package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ApplianceBuild.Freshness;
import dev.kiln.build.BootTestRecord;
import dev.kiln.build.UpdateTestRecord;
import dev.kiln.build.BuildInputs;
import dev.kiln.testsupport.ExampleProjects;

/** The fingerprint of a project's inputs, and stale images told from up-to-date ones without a build. */
class BuildInputsTest {

	@TempDir
	Path folder;

	private Path project;
	private Path output;

	@BeforeEach
	void copyTheExample() throws Exception {
		project = ExampleProjects.copyOfHello(folder);
		output = folder.resolve("out");
		Files.createDirectories(output);
	}

	private String fingerprint() throws Exception {
		return BuildInputs.current(project).orElseThrow();
	}

	@Test
	void withoutARecordedBuildTheImagesAreMissing() {
		assertEquals(Freshness.MISSING, ApplianceBuild.freshness(project, output));
	}

	@Test
	void theRecordedInputsAreUpToDateUntilAFileTheRecipeTakesChanges() throws Exception {
		BuildInputs.record(output, fingerprint());
		assertEquals(Freshness.UP_TO_DATE, ApplianceBuild.freshness(project, output));

		Path page = project.resolve("app/www/index.html");
		Files.setLastModifiedTime(page, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
		Files.writeString(project.resolve("README.txt"), "not part of the appliance\n");
		ExampleProjects.editManifest(project, "<category>developer-tools</category>",
				"<category>developer-tools</category>\n    <releaseNotes>First release.</releaseNotes>");
		ExampleProjects.editManifest(project, "<os ", "<!-- the base system -->\n  <os ");
		assertEquals(Freshness.UP_TO_DATE, ApplianceBuild.freshness(project, output),
				"times, unused files, comments and the marketplace listing do not count");

		Files.writeString(page, Files.readString(page) + "<p>more</p>\n");
		assertEquals(Freshness.STALE, ApplianceBuild.freshness(project, output));
	}

	@Test
	void anyChangeOfTheManifestOrOfAUnitFileGivesAnotherFingerprint() throws Exception {
		String before = fingerprint();
		ExampleProjects.editManifest(project, "memoryMb=\"512\"", "memoryMb=\"1024\"");
		String afterManifest = fingerprint();
		assertNotEquals(before, afterManifest);
		Path unit = project.resolve("app/systemd/hello.service");
		Files.writeString(unit, Files.readString(unit) + "# changed\n");
		assertNotEquals(afterManifest, fingerprint());
	}

	@Test
	void aManifestThatNoLongerReadsMakesTheImagesStale() throws Exception {
		BuildInputs.record(output, fingerprint());
		Files.writeString(project.resolve("appliance.xml"), "<appliance");
		assertEquals(Freshness.STALE, ApplianceBuild.freshness(project, output));
	}

	@Test
	void aBootTestHoldsForTheBuildItBootedAndNotForTheNextOne() throws Exception {
		assertEquals(Optional.empty(), BootTestRecord.of(output));
		BootTestRecord.write(output, "qcow2", Duration.ofSeconds(42));
		assertEquals(Optional.empty(), BootTestRecord.of(output), "no recorded build, nothing to vouch for");

		BuildInputs.record(output, fingerprint());
		BootTestRecord.write(output, "qcow2", Duration.ofSeconds(42));
		assertEquals(Optional.of(new BootTestRecord("qcow2", Duration.ofSeconds(42))), BootTestRecord.of(output));

		BuildInputs.record(output, "another build");
		assertEquals(Optional.empty(), BootTestRecord.of(output));
	}

	@Test
	void anUpdateTestHoldsForTheBuildItTestedAndNotForTheNextOne() throws Exception {
		BuildInputs.record(output, fingerprint());
		assertEquals(Optional.empty(), UpdateTestRecord.of(output));
		UpdateTestRecord.write(output, "1.0.0", Duration.ofSeconds(300));
		assertEquals(Optional.of(new UpdateTestRecord("1.0.0", Duration.ofSeconds(300))), UpdateTestRecord.of(output));
		assertEquals(Optional.empty(), BootTestRecord.of(output), "an update test is not a boot test");

		BuildInputs.record(output, "another build");
		assertEquals(Optional.empty(), UpdateTestRecord.of(output));
	}
}
