package dev.kiln.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.kiln.core.ApplianceNature;
import dev.kiln.core.ApplianceProjectCreator;
import dev.kiln.core.ApplianceTemplate;
import dev.kiln.testsupport.workspace.TestWorkspace;

class ApplianceProjectCreatorTest extends WorkspaceTestCase {

	private final ApplianceProjectCreator creator = new ApplianceProjectCreator(workspace);

	@ParameterizedTest
	@EnumSource(ApplianceTemplate.class)
	void everyTemplateGivesAnApplianceProjectWithoutProblems(ApplianceTemplate template) throws Exception {
		IProject project = creator.create("My Appliance", null, template, null);
		build(project);

		assertTrue(project.hasNature(ApplianceNature.ID));
		ICommand[] spec = project.getDescription().getBuildSpec();
		assertEquals(ApplianceNature.BUILDER_ID, spec[spec.length - 1].getBuilderName());
		assertEquals("", describe(manifestProblems(project)));
		String manifest = project.getFile("appliance.xml").readString();
		assertTrue(manifest.contains("id=\"my-appliance\""), manifest);
		assertTrue(manifest.contains("name=\"My Appliance\""), manifest);
		assertFalse(manifest.contains("@@"), "placeholders left: " + manifest);
	}

	@Test
	void placeholdersInFileNamesAreReplacedAndScriptsAreExecutable() throws Exception {
		IProject project = creator.create("svc", null, ApplianceTemplate.MINIMAL_SERVICE, null);
		IFile script = project.getFile("app/bin/svc");
		assertTrue(script.exists());
		assertTrue(project.getFile("app/systemd/svc.service").exists());
		assertTrue(Files.isExecutable(script.getLocation().toPath()));
		assertTrue(new String(script.readAllBytes(), StandardCharsets.UTF_8).startsWith("#!/bin/sh"));
	}

	@Test
	void aProjectCanBeCreatedOutsideTheWorkspaceFolder(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		Path location = folder.resolve("elsewhere");
		IProject project = creator.create("elsewhere", location.toUri(), ApplianceTemplate.WEB_NGINX, null);
		assertTrue(Files.isRegularFile(location.resolve("appliance.xml")));
		assertEquals(location, project.getLocation().toPath());
	}

	@Test
	void anExistingProjectNameIsRefusedWithItsName() throws Exception {
		creator.create("twice", null, ApplianceTemplate.MINIMAL_SERVICE, null);
		CoreException e = assertThrows(CoreException.class, () -> creator.create("twice", null, ApplianceTemplate.WEB_NGINX, null));
		assertTrue(e.getMessage().contains("'twice'"), e.getMessage());
	}

	@Test
	void convertingAPlainProjectAddsTheNatureAndAManifestWithoutProblems() throws Exception {
		IProject project = TestWorkspace.openProject("plain");
		creator.convert(project, null);
		build(project);
		assertTrue(ApplianceNature.isApplianceProject(project));
		assertTrue(project.getFile("appliance.xml").exists());
		assertEquals("", describe(manifestProblems(project)));
	}

	@Test
	void convertingKeepsAManifestThatIsAlreadyThere() throws Exception {
		IProject project = TestWorkspace.openProject("has-manifest");
		IFile manifest = project.getFile("appliance.xml");
		manifest.create("<mine/>".getBytes(StandardCharsets.UTF_8), true, false, null);
		creator.convert(project, null);
		assertEquals("<mine/>", manifest.readString());
	}

	@Test
	void applianceIdsAreDerivedFromProjectNames() {
		assertEquals("my-shop-2", ApplianceProjectCreator.applianceIdFor("My Shop 2"));
		assertEquals("web.app", ApplianceProjectCreator.applianceIdFor("--Web.App--"));
		assertEquals("appliance", ApplianceProjectCreator.applianceIdFor("***"));
	}
}
