package dev.kiln.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.core.ApplianceNature;
import dev.kiln.core.ExistingProjectImporter;

class ExistingProjectImporterTest {

	private final IWorkspace workspace = ResourcesPlugin.getWorkspace();
	private final ExistingProjectImporter importer = new ExistingProjectImporter(workspace);

	@TempDir
	Path folder;

	@AfterEach
	void deleteProjectsKeepingTheirFiles() throws CoreException {
		for (IProject project : workspace.getRoot().getProjects()) {
			project.delete(false, true, null);
		}
	}

	private static Path projectFolder(Path parent, String name) throws IOException {
		Path dir = Files.createDirectories(parent.resolve(name));
		Files.writeString(dir.resolve(".project"), """
				<?xml version="1.0" encoding="UTF-8"?>
				<projectDescription>
					<name>%s</name>
					<natures><nature>%s</nature></natures>
				</projectDescription>
				""".formatted(name, ApplianceNature.ID));
		Files.writeString(dir.resolve("readme.txt"), "kept in place");
		return dir;
	}

	@Test
	void importsAProjectFolderInPlaceAndOpen() throws Exception {
		Path dir = projectFolder(folder, "alpha");
		List<IProject> projects = importer.importFrom(dir, null);
		IProject alpha = projects.get(0);
		assertEquals("alpha", alpha.getName());
		assertTrue(alpha.isOpen());
		assertEquals(IPath.fromPath(dir.toAbsolutePath()), alpha.getLocation());
		assertTrue(alpha.getFile("readme.txt").exists());
		assertTrue(ApplianceNature.isApplianceProject(alpha));
	}

	@Test
	void importsEveryProjectFolderDirectlyBelowAFolder() throws Exception {
		projectFolder(folder, "one");
		projectFolder(folder, "two");
		Files.createDirectories(folder.resolve("not-a-project"));
		List<String> names = importer.importFrom(folder, null).stream().map(IProject::getName).toList();
		assertEquals(List.of("one", "two"), names);
	}

	@Test
	void importingTheSameFolderAgainKeepsTheProject() throws Exception {
		Path dir = projectFolder(folder, "again");
		IProject first = importer.importFrom(dir, null).get(0);
		IProject second = importer.importFrom(dir, null).get(0);
		assertEquals(first, second);
		assertEquals(1, workspace.getRoot().getProjects().length);
	}

	@Test
	void aFolderWithoutProjectsIsAnErrorNamingIt() {
		CoreException e = assertThrows(CoreException.class, () -> importer.importFrom(folder, null));
		assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
	}

	@Test
	void aProjectOfTheSameNameElsewhereIsAnErrorNamingBothPlaces() throws Exception {
		Path first = projectFolder(folder.resolve("a"), "twin");
		Path second = projectFolder(folder.resolve("b"), "twin");
		importer.importFrom(first, null);
		CoreException e = assertThrows(CoreException.class, () -> importer.importFrom(second, null));
		assertTrue(e.getMessage().contains("twin") && e.getMessage().contains(second.toString()), e.getMessage());
	}
}
