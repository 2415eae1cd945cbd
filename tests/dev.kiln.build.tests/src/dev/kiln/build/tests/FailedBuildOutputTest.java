package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.testsupport.ExampleProjects;

/**
 * A build that fails leaves no output folder it created behind, and never touches one that was there
 * before. The builds fail at once, on a mirror nobody listens on, before any image is made.
 */
class FailedBuildOutputTest {

	@TempDir
	Path folder;

	private Path project;

	@BeforeEach
	void projectWithAnUnreachableMirror() throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "<os suite=\"trixie\" architecture=\"amd64\">",
				"<os suite=\"trixie\" architecture=\"amd64\" mirror=\"http://127.0.0.1:" + closedPort + "/debian\">");
	}

	private void failingBuild(Path output) {
		assertThrows(ImageBuildException.class, () -> new ApplianceBuild(Builds.engine()).build(project, output,
				ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE));
	}

	@Test
	void aFailedBuildRemovesTheOutputFolderItCreated() {
		Path output = project.resolve("build");

		failingBuild(output);

		assertFalse(Files.exists(output), "the build/ folder is gone");
		assertTrue(Files.isRegularFile(project.resolve("appliance.xml")), "the project is left as it was");
	}

	@Test
	void aFailedBuildRemovesTheParentFoldersItCreatedToo() {
		Path output = folder.resolve("ci/out/images");

		failingBuild(output);

		assertFalse(Files.exists(folder.resolve("ci")), "no folder of the output path is left");
		assertTrue(Files.isDirectory(folder), "the folder that existed before stays");
	}

	@Test
	void aFailedBuildKeepsAnOutputFolderThatExistedWithTheUsersFiles() throws IOException {
		Path output = Files.createDirectories(project.resolve("build"));
		Files.writeString(output.resolve("notes.txt"), "mine\n");

		failingBuild(output);

		assertEquals(List.of("notes.txt"), names(output));
		assertEquals("mine\n", Files.readString(output.resolve("notes.txt")));
	}

	@Test
	void aFailedBuildKeepsAnEmptyOutputFolderThatExisted() throws IOException {
		Path output = Files.createDirectories(project.resolve("build"));

		failingBuild(output);

		assertEquals(List.of(), names(output));
	}

	private static List<String> names(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(path -> path.getFileName().toString()).sorted().toList();
		}
	}
}
