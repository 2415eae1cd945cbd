package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.core.ApplianceNature;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;
import dev.kiln.ui.testsupport.BotMultiPageEditor;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.BotTable;
import dev.kiln.ui.testsupport.BotTree;
import dev.kiln.ui.testsupport.BotTreeItem;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.UIThreadRunnable;

/**
 * Quick fixes of manifest problems, from the Problems view, and the way from a problem to the field
 * it is about.
 */
class ManifestQuickFixTest extends ManifestEditorTestCase {

	private static final String PROJECT = "fixes";
	private static final String NETWORK = "<network configuration=\"dhcp\" hostname=\"fixes\"/>";
	private static final String CLASHING_PORTS = """
			<network configuration="dhcp" hostname="fixes">
			    <port number="8080" name="http"/>
			    <port number="8080" name="admin"/>
			  </network>""";

	private String template;

	@Override
	protected String projectName() {
		return PROJECT;
	}

	@BeforeEach
	void readTemplate() throws CoreException {
		template = ManifestEditors.fileText(manifest);
	}

	private void breakManifest(String from, String to) throws CoreException {
		assertTrue(template.contains(from), from + " in " + template);
		ManifestEditors.writeFile(manifest, template.replace(from, to));
		bot.waitForBuild(JOBS_TIMEOUT);
	}

	private List<String> problems() {
		try {
			return UiTestProjects.manifestProblems(project);
		} catch (CoreException e) {
			return List.of(e.toString());
		}
	}

	/**
	 * The Problems view's item of the project's one problem, once the view shows it: the view refreshes late, so
	 * an earlier test's problem (of a project since deleted) may still be its one error for a while.
	 */
	private BotTreeItem problemItem(BotTree problemsTree) throws CoreException {
		IMarker[] markers = project.findMarkers(ApplianceNature.MANIFEST_PROBLEM, true, IResource.DEPTH_INFINITE);
		assertEquals(1, markers.length, problems().toString());
		String message = markers[0].getAttribute(IMarker.MESSAGE, "");
		bot.waitUntil(Conditions.that("'" + message + "' as the one error in the Problems view",
				() -> problemsTree.itemTexts().contains("Errors (1 item)")
						&& problemsTree.expandNode("Errors (1 item)").getNodes().equals(List.of(message))));
		return problemsTree.expandNode("Errors (1 item)").getNode(message);
	}

	private void waitUntilNoProblems() {
		bot.waitForBuild(JOBS_TIMEOUT);
		bot.waitUntil(Conditions.valueIs("the manifest problems", this::problems, List.of()));
	}

	@Test
	void theQuickFixOfADuplicatePortRenumbersItInTheOpenEditorAndTheMarkerGoes() throws CoreException {
		BotMultiPageEditor editor = openEditor();
		editor.activatePage(UIText.ManifestEditor_sourcePage);
		String text = editor.bot().styledText().getText();
		editor.bot().styledText().setText(text.replace(NETWORK, CLASHING_PORTS));
		editor.save();
		bot.waitForBuild(JOBS_TIMEOUT);
		assertEquals(1, problems().size(), problems().toString());

		bot.viewById(IPageLayout.ID_PROBLEM_VIEW).show();
		BotTree problemsTree = bot.viewById(IPageLayout.ID_PROBLEM_VIEW).bot().tree();
		problemItem(problemsTree).select();
		problemsTree.contextMenu("Quick Fix").click();
		BotShell quickFix = bot.shell("Quick Fix");
		quickFix.bot().table().select(NLS.bind(UIText.QuickFix_renumberPort, "admin", "8081"));
		quickFix.bot().button("Finish").click();
		bot.waitUntil(Conditions.shellCloses(quickFix));

		waitUntilNoProblems();
		assertTrue(ManifestEditors.fileText(manifest).contains("<port number=\"8081\" name=\"admin\"/>"),
				ManifestEditors.fileText(manifest));
		assertFalse(editor.isDirty(), "the fix was saved with the editor");
	}

	@Test
	void quickFixesRepairTheManifestFileWhenNoEditorIsOpen() throws CoreException {
		breakManifest("memoryMb=\"512\"", "memoryMb=\"64\"");
		applyOnlyFix("KILN-M026", "Raise the memory to 256 MiB");
		assertTrue(ManifestEditors.fileText(manifest).contains("memoryMb=\"256\""));

		breakManifest("id=\"fixes\"", "id=\"2 Fix\"");
		applyOnlyFix("KILN-M001", "Use the id 'fixes', derived from the name");
		assertTrue(ManifestEditors.fileText(manifest).contains("id=\"fixes\""));

		breakManifest("<os suite=\"trixie\" architecture=\"amd64\"/>", """
				<os suite="trixie" architecture="amd64">
				    <package name="curl"/>
				    <package name="curl"/>
				  </os>""");
		applyOnlyFix("KILN-M008", "Remove the repeated package 'curl'");
		assertEquals(1, ManifestEditors.fileText(manifest).split("<package name=\"curl\"/>", -1).length - 1);

		breakManifest("unit=\"app/systemd/fixes.service\"", "unit=\"app/systemd/other.service\"");
		applyOnlyFix("KILN-M019", "Create the file app/systemd/other.service in the project");
		assertTrue(project.getFile("app/systemd/other.service").exists());
	}

	/**
	 * A target ticked on the Overview page brings its listing rules: Azure imports a VHD, which the appliance does
	 * not build yet. The Problems view shows the marker, and its quick fix adds the output in the open editor.
	 */
	@Test
	void aTickedTargetsListingRuleIsAMarkerWhoseQuickFixAddsTheOutput() throws CoreException {
		// what every marketplace asks for first: an EULA and a support contact
		String listed = template.replace("<os suite=", "<license name=\"Fixes EULA\">\n    <text>All rights reserved.</text>\n  </license>\n  <os suite=")
				.replace("<category>devops</category>", "<category>devops</category>\n    <support email=\"support@example.org\"/>");
		assertFalse(listed.equals(template));
		ManifestEditors.writeFile(manifest, listed);
		waitUntilNoProblems();
		BotMultiPageEditor editor = openEditor();
		editor.activatePage(UIText.OverviewPage_title);
		BotTable targets = editor.bot().tableWithRow("azure");
		assertEquals(List.of("aws", "azure", "gcp", "kvm", "vmware"), targets.rows());
		targets.setChecked("azure", true);
		editor.save();
		bot.waitForBuild(JOBS_TIMEOUT);
		assertTrue(ManifestEditors.fileText(manifest).contains("<target>azure</target>"), ManifestEditors.fileText(manifest));
		assertEquals(List.of("KILN-M052"), problemCodes());

		bot.viewById(IPageLayout.ID_PROBLEM_VIEW).show();
		BotTree problemsTree = bot.viewById(IPageLayout.ID_PROBLEM_VIEW).bot().tree();
		BotTreeItem problem = problemItem(problemsTree);
		assertTrue(problem.getText().startsWith("Target 'azure' needs the vhd output"), problem.getText());
		problem.select();
		problemsTree.contextMenu("Quick Fix").click();
		BotShell quickFix = bot.shell("Quick Fix");
		quickFix.bot().table().select(NLS.bind(UIText.QuickFix_addOutput, "vhd"));
		quickFix.bot().button("Finish").click();
		bot.waitUntil(Conditions.shellCloses(quickFix));

		waitUntilNoProblems();
		assertTrue(ManifestEditors.fileText(manifest).contains("<output format=\"vhd\"/>"), ManifestEditors.fileText(manifest));
		assertFalse(editor.isDirty(), "the fix was saved with the editor");
		editor.activatePage(UIText.OverviewPage_title);
		assertTrue(editor.bot().tableWithRow("vhd").isChecked("vhd"), "the Image Formats list shows the added output");
	}

	private List<String> problemCodes() throws CoreException {
		List<String> codes = new ArrayList<>();
		for (IMarker marker : project.findMarkers(ApplianceNature.MANIFEST_PROBLEM, true, IResource.DEPTH_INFINITE)) {
			codes.add(marker.getAttribute("code", ""));
		}
		return codes;
	}

	/** Applies the one resolution of the one problem with this code, as the Quick Fix dialog does. */
	private void applyOnlyFix(String code, String label) throws CoreException {
		IMarker[] markers = project.findMarkers(ApplianceNature.MANIFEST_PROBLEM, true, IResource.DEPTH_INFINITE);
		assertEquals(1, markers.length, problems().toString());
		assertEquals(code, markers[0].getAttribute("code", ""));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(markers[0]);
		assertEquals(1, resolutions.length);
		assertEquals(label, resolutions[0].getLabel());
		UIThreadRunnable.syncExec(() -> resolutions[0].run(markers[0]));
		waitUntilNoProblems();
	}

	@Test
	void doubleClickingAProblemOpensTheEditorOnTheFieldItIsAbout() throws CoreException {
		breakManifest("memoryMb=\"512\"", "memoryMb=\"64\"");
		bot.viewById(IPageLayout.ID_PROBLEM_VIEW).show();
		BotTree problemsTree = bot.viewById(IPageLayout.ID_PROBLEM_VIEW).bot().tree();
		problemItem(problemsTree).doubleClick();

		BotMultiPageEditor editor = bot.multipageEditorByTitle("appliance.xml");
		assertTrue(editor.getPart() instanceof ManifestEditor);
		bot.waitUntil(Conditions.valueIs("the page shown", editor::getActivePageTitle, UIText.HardwareNetworkPage_title));
		var memory = editor.bot().textWithLabel(UIText.HardwareNetworkPage_memory);
		bot.waitUntil(Conditions.that("the memory field to have the focus",
				() -> UIThreadRunnable.syncExec(() -> Display.getCurrent().getFocusControl() == memory.widget())));
		assertEquals("64", memory.getText());
	}

	private BotMultiPageEditor openEditor() {
		ManifestEditors.open(manifest);
		return bot.multipageEditorByTitle("appliance.xml");
	}
}
