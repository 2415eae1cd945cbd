package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ProjectRelease;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Release;
import dev.kiln.testsupport.ExampleProjects;

/** The release of a built project carries the update bundle the build wrote when the manifest has {@code <updates>}, in its first channel. */
class ProjectReleaseUpdateTest {

	@TempDir
	Path folder;

	private static Appliance load(Path project) {
		ManifestCheck.Result result = new ManifestCheck().check(project.resolve(ManifestCheck.MANIFEST_FILE), project, "appliance.xml");
		assertFalse(result.hasErrors(), result.problems().toString());
		return result.appliance();
	}

	private static Release release(Path project, Appliance appliance) throws Exception {
		Path build = Files.createDirectories(ProjectOutputs.folder(project));
		List<Release.Image> images = ProjectRelease.images(appliance, build, List.of("qcow2"));
		Files.write(images.get(0).file(), new byte[512]);
		return ProjectRelease.release(appliance, project, images, "Notes.", 1_704_067_200L);
	}

	@Test
	void theBundleBesideTheImagesIsTheReleasesUpdateInTheManifestsFirstChannel() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "</hardware>", "</hardware>\n  <updates><channel name=\"beta\"/><channel name=\"stable\"/></updates>");
		Appliance appliance = load(project);
		Path bundle = Files.createDirectories(ProjectOutputs.folder(project)).resolve(ProjectRelease.updateBundleName(appliance));
		Files.write(bundle, new byte[4096]);

		Release release = release(project, appliance);

		assertEquals(new Release.UpdateBundle(bundle, null, "beta"), release.update());
		assertEquals(List.of("beta", "stable"), ProjectRelease.channels(appliance));
	}

	@Test
	void anUpdatesElementWithoutChannelsPublishesToStable() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "</hardware>", "</hardware>\n  <updates/>");

		assertEquals("stable", ProjectRelease.defaultChannel(load(project)));
	}

	@Test
	void withoutUpdatesABundleInTheBuildFolderIsNotPublished() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		Appliance appliance = load(project);
		Files.write(Files.createDirectories(ProjectOutputs.folder(project)).resolve("hello-appliance-1.0.0.raucb"), new byte[4096]);

		assertNull(release(project, appliance).update());
		assertEquals(List.of(), ProjectRelease.channels(appliance));
	}
}
