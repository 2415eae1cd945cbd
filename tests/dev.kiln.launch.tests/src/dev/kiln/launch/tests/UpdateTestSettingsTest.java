package dev.kiln.launch.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.core.ApplianceNature;
import dev.kiln.launch.internal.InvalidLaunchSettingsException;
import dev.kiln.launch.internal.UpdateTestSettings;
import dev.kiln.testsupport.workspace.TestWorkspace;

/** What the update test's tab and delegate accept, and what they say about the rest. */
class UpdateTestSettingsTest {

	private static final List<String> SAVED = List.of("registry", "staging");

	private IProject appliance;

	@BeforeEach
	void createProject() throws CoreException {
		appliance = TestWorkspace.openProject("hello");
		ApplianceNature.addTo(appliance, null);
	}

	@AfterEach
	void deleteProjects() throws CoreException {
		TestWorkspace.deleteAllProjects();
	}

	private static String error(String marketplace, String from, List<String> saved) {
		return assertThrows(InvalidLaunchSettingsException.class, () -> UpdateTestSettings.parse("hello", marketplace, from, saved)).getMessage();
	}

	@Test
	void emptyFieldsTestAgainstTheFirstSavedMarketplaceFromTheNewestRelease() throws Exception {
		UpdateTestSettings settings = UpdateTestSettings.parse(" hello ", "", " ", SAVED);

		assertEquals(appliance, settings.project());
		assertEquals("registry", settings.marketplace());
		assertNull(settings.fromVersion());
	}

	@Test
	void aChosenMarketplaceAndVersionAreKept() throws Exception {
		UpdateTestSettings settings = UpdateTestSettings.parse("hello", "staging", "1.0.0", SAVED);

		assertEquals("staging", settings.marketplace());
		assertEquals("1.0.0", settings.fromVersion());
	}

	@Test
	void theMarketplaceMustBeSaved() {
		assertEquals("No marketplace is saved in this workspace: publish the release to update from with File \u2192 Export \u2192 Kiln \u2192 "
				+ "Publish to Marketplace, which saves its marketplace.", error("", "", List.of()));
		assertEquals("No marketplace named 'gone' is saved in this workspace; the saved ones are: registry, staging.", error("gone", "", SAVED));
	}

	@Test
	void aVersionHasNoBlanks() {
		assertEquals("'1.0 beta' is not a version: give the published version to update from (e.g. 1.0.0), or leave it empty for the newest one "
				+ "before the project's.", error("", "1.0 beta", SAVED));
	}
}
