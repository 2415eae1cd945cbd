package dev.kiln.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.core.ApplianceNature;
import dev.kiln.testsupport.workspace.TestWorkspace;

/** The appliance builder keeps problem markers on appliance.xml in step with the manifest and the project's files. */
class ApplianceBuilderTest extends WorkspaceTestCase {

	private static final String MANIFEST = """
			<?xml version="1.0" encoding="UTF-8"?>
			<appliance xmlns="urn:dev.kiln:appliance:1.0" id="demo" name="Demo" version="1.0.0">
			  <os suite="trixie"/>
			  <application>
			    <file source="app/hello.sh" target="/usr/local/bin/hello" mode="0755"/>
			  </application>
			  <network>
			    <port number="8080" name="http"/>
			    <port number="%s" name="admin"/>
			  </network>
			  <hardware cpus="1" memoryMb="512">
			    <disk name="system" sizeMb="2048"/>
			  </hardware>
			</appliance>
			""";
	private static final int ADMIN_PORT_LINE = 9;

	private IProject project;
	private IFile manifest;

	@BeforeEach
	void createApplianceProject() throws CoreException {
		project = TestWorkspace.openProject("demo");
		ApplianceNature.addTo(project, null);
		project.getFolder("app").create(true, true, null);
		project.getFile("app/hello.sh").create(bytes("#!/bin/sh\necho hello\n"), true, false, null);
		manifest = project.getFile("appliance.xml");
		manifest.create(bytes(MANIFEST.formatted("8081")), true, false, null);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void aValidManifestHasNoMarkers() throws CoreException {
		build(project);
		assertEquals("", describe(manifestProblems(project)));
	}

	@Test
	void aDuplicatePortIsMarkedOnItsLineWithACode() throws CoreException {
		build(project);
		manifest.setContents(bytes(MANIFEST.formatted("8080")), true, false, null);
		build(project);

		IMarker[] markers = manifestProblems(project);
		assertEquals(1, markers.length, describe(markers));
		IMarker marker = markers[0];
		assertEquals(manifest, marker.getResource());
		assertEquals(ADMIN_PORT_LINE, marker.getAttribute(IMarker.LINE_NUMBER, -1), describe(markers));
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("8080"), describe(markers));
		assertTrue(marker.getAttribute("code", "").startsWith("KILN-M"), describe(markers));
	}

	@Test
	void fixingTheManifestRemovesTheMarker() throws CoreException {
		manifest.setContents(bytes(MANIFEST.formatted("8080")), true, false, null);
		build(project);
		assertEquals(1, manifestProblems(project).length);
		manifest.setContents(bytes(MANIFEST.formatted("9090")), true, false, null);
		build(project);
		assertEquals("", describe(manifestProblems(project)));
	}

	@Test
	void removingAReferencedFileMarksTheManifestAndAddingItBackClearsIt() throws CoreException {
		build(project);
		IFile script = project.getFile("app/hello.sh");
		script.delete(true, null);
		build(project);
		IMarker[] markers = manifestProblems(project);
		assertEquals(1, markers.length, describe(markers));
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains("app/hello.sh"), describe(markers));
		assertEquals(5, markers[0].getAttribute(IMarker.LINE_NUMBER, -1), describe(markers));

		script.create(bytes("#!/bin/sh\n"), true, false, null);
		build(project);
		assertEquals("", describe(manifestProblems(project)));
	}

	@Test
	void malformedXmlIsMarkedWhereTheParserStopped() throws CoreException {
		manifest.setContents(bytes("<?xml version=\"1.0\"?>\n<appliance xmlns=\"urn:dev.kiln:appliance:1.0\">\n  <os suite=\"trixie\">\n</appliance>\n"),
				true, false, null);
		build(project);
		IMarker[] markers = manifestProblems(project);
		assertTrue(markers.length >= 1, describe(markers));
		assertTrue(markers[0].getAttribute(IMarker.LINE_NUMBER, -1) >= 3, describe(markers));
	}

	@Test
	void aProjectWithoutManifestGetsOneMarkerOnTheProject() throws CoreException {
		manifest.delete(true, null);
		build(project);
		IMarker[] markers = manifestProblems(project);
		assertEquals(1, markers.length, describe(markers));
		assertEquals(project, markers[0].getResource());
	}

	@Test
	void cleaningRemovesTheMarkers() throws CoreException {
		manifest.setContents(bytes(MANIFEST.formatted("8080")), true, false, null);
		build(project);
		project.build(IncrementalProjectBuilder.CLEAN_BUILD, null);
		assertEquals(0, manifestProblems(project).length);
	}
}
