package dev.kiln.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.model.Appliance;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.internal.editor.ManifestEditor;
import dev.kiln.ui.internal.editor.assist.ManifestCompletionProcessor;
import dev.kiln.ui.internal.editor.form.ApplicationPage;
import dev.kiln.ui.internal.emf.ItemPropertySourceProvider;
import dev.kiln.ui.testsupport.BotHyperlink;
import dev.kiln.ui.testsupport.BotMultiPageEditor;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.BotTree;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.UIThreadRunnable;

/**
 * What the manifest editor offers around its pages: the Outline, the Properties view, files
 * dropped from the Project Explorer, content assist on the Source page, and following the file
 * when it changes on disk.
 */
class ManifestEditorPartsTest extends ManifestEditorTestCase {

	private ManifestEditor part;
	private BotMultiPageEditor editor;

	@Override
	protected String projectName() {
		return "parts";
	}

	@BeforeEach
	void openEditor() {
		part = ManifestEditors.open(manifest);
		editor = bot.multipageEditorByTitle("appliance.xml");
	}

	@Test
	void theOutlineShowsTheManifestAndSelectingAnElementShowsItsPage() {
		bot.viewById(IPageLayout.ID_OUTLINE).show();
		BotTree outline = bot.viewById(IPageLayout.ID_OUTLINE).bot().tree();
		assertEquals(List.of("Appliance parts"), outline.itemTexts());
		List<String> children = outline.getTreeItem("Appliance parts").getNodes();
		assertTrue(children.containsAll(List.of("Operating System trixie", "Network parts", "Listing parts")), children.toString());

		outline.getTreeItem("Appliance parts").getNode("Network parts").select();
		bot.waitUntil(Conditions.valueIs("the page shown", editor::getActivePageTitle, UIText.HardwareNetworkPage_title));
	}

	@Test
	void thePropertiesViewEditsTheModelThroughTheEditorsCommandStack() {
		IPropertySource hardware = UIThreadRunnable.syncExec(() -> new ItemPropertySourceProvider(part.model().adapterFactory())
				.getPropertySource(part.model().root().getHardware()));
		List<String> names = UIThreadRunnable.syncExec(() -> Arrays.stream(hardware.getPropertyDescriptors())
				.map(IPropertyDescriptor::getDisplayName).toList());
		assertTrue(names.containsAll(List.of("Cpus", "Memory Mb", "Firmware", "Disk Controller")), names.toString());

		UIThreadRunnable.syncExec(() -> hardware.setPropertyValue("memoryMb", Integer.valueOf(2048)));
		editor.activatePage(UIText.HardwareNetworkPage_title);
		assertEquals("2048", editor.bot().textWithLabel(UIText.HardwareNetworkPage_memory).getText());
		bot.waitUntil(Conditions.that("the source to follow", () -> ManifestEditors.sourceText(part).contains("memoryMb=\"2048\"")));
		assertTrue(editor.isDirty());

		editor.bot().textWithLabel(UIText.HardwareNetworkPage_cpus).pressShortcut(org.eclipse.swt.SWT.CTRL, 'z');
		bot.waitUntil(Conditions.that("the undo to reach the form",
				() -> "512".equals(editor.bot().textWithLabel(UIText.HardwareNetworkPage_memory).getText())));
		bot.waitUntil(Conditions.that("back at the saved state", () -> !editor.isDirty()));
	}

	@Test
	void filesDroppedFromTheProjectBecomeFileAndDirectoryEntriesInOneUndoableStep() {
		editor.activatePage(UIText.ApplicationPage_title);
		ApplicationPage page = (ApplicationPage) UIThreadRunnable.syncExec(part::getActivePageInstance);
		List<String> before = editor.bot().table().rows();
		UIThreadRunnable.syncExec(() -> page.addResources(List.of(project.getFile("app/systemd/parts.service"), project.getFolder("app/bin"))));
		String source = ManifestEditors.sourceText(part);
		assertTrue(source.contains("<file source=\"app/systemd/parts.service\" target=\"/opt/parts/systemd/parts.service\" mode=\"0644\"/>"), source);
		assertTrue(source.contains("<directory source=\"app/bin\" target=\"/opt/parts/bin\" mode=\"0755\"/>"), source);
		assertEquals(before.size() + 1, editor.bot().table().rowCount(), "one more file row");

		editor.bot().table().pressShortcut(org.eclipse.swt.SWT.CTRL, 'z');
		bot.waitUntil(Conditions.that("both entries to go", () -> !ManifestEditors.sourceText(part).contains("/opt/parts/")));
	}

	@Test
	void contentAssistProposesTheElementsAttributesAndValuesOfTheManifest() {
		editor.activatePage(UIText.ManifestEditor_sourcePage);
		ManifestCompletionProcessor processor = UIThreadRunnable.syncExec(() -> part.sourceEditor().configuration().processor());
		processor.packageNames().use("trixie", "amd64", prefix -> List.of("curl", "curlftpfs").stream().filter(name -> name.startsWith(prefix)).toList());
		String text = ManifestEditors.sourceText(part);

		assertEquals(List.of("package", "trim"), proposals(processor, text, after(text, "<os suite=\"trixie\" architecture=\"amd64\"") + 1, " >\n    <"));
		List<String> hardware = proposals(processor, text, after(text, "<hardware cpus=\"1\""), " ");
		assertTrue(hardware.containsAll(List.of("memoryMb", "firmware", "diskController")) && !hardware.contains("cpus"), hardware.toString());
		assertEquals(List.of("bios", "uefi", "hybrid"), proposals(processor, text, after(text, "<hardware cpus=\"1\""), " firmware=\""));
		assertEquals(List.of("curl", "curlftpfs"), proposals(processor, text, after(text, "<os suite=\"trixie\" architecture=\"amd64\"") + 1, " >\n    <package name=\"cu"));
	}

	private static int after(String text, String start) {
		int at = text.indexOf(start);
		assertTrue(at >= 0, start + " in " + text);
		return at + start.length();
	}

	/** The proposals' texts after inserting {@code typed} at {@code offset}, the caret after it. */
	private List<String> proposals(ManifestCompletionProcessor processor, String text, int offset, String typed) {
		return UIThreadRunnable.syncExec(() -> {
			var document = ManifestEditors.document(part);
			String original = document.get();
			try {
				document.replace(offset, 0, typed);
				ICompletionProposal[] proposals = processor.computeCompletionProposals(part.sourceEditor().viewer(), offset + typed.length());
				return Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
			} catch (org.eclipse.jface.text.BadLocationException e) {
				throw new IllegalStateException(e);
			} finally {
				document.set(original);
			}
		});
	}

	@Test
	void aChangeOfTheFileOnDiskIsShownOnTheFormPages() throws CoreException {
		assertFalse(editor.isDirty());
		String text = ManifestEditors.fileText(manifest);
		ManifestEditors.writeFile(manifest, text.replace("version=\"0.1.0\"", "version=\"3.1.4\""));
		bot.waitUntil(Conditions.that("the form to show the new version",
				() -> "3.1.4".equals(editor.bot().textWithLabel(UIText.OverviewPage_version).getText())));
		Appliance root = UIThreadRunnable.syncExec(() -> part.model().root());
		assertEquals("3.1.4", root.getVersion());
		assertFalse(editor.isDirty());
		assertEquals(null, UIThreadRunnable.syncExec(() -> part.model().domain().getCommandStack().getUndoCommand()),
				"reading the file again starts a new undo history");
	}

	@Test
	void aChangeOnDiskWhileTheEditorHasUnsavedEditsAsksWhetherToReload() throws CoreException {
		editor.bot().textWithLabel(UIText.OverviewPage_vendor).setText("Unsaved Vendor");
		bot.waitUntil(Conditions.that("the edit to reach the source", () -> ManifestEditors.sourceText(part).contains("Unsaved Vendor")));
		String text = ManifestEditors.fileText(manifest);
		ManifestEditors.writeFile(manifest, text.replace("version=\"0.1.0\"", "version=\"4.0.0\""));

		bot.viewById("org.eclipse.ui.navigator.ProjectExplorer").show();
		editor.show();
		BotShell question = bot.shell("File Changed");
		question.bot().button("Replace editor content").click();
		bot.waitUntil(Conditions.shellCloses(question));

		bot.waitUntil(Conditions.that("the form to show the file's version",
				() -> "4.0.0".equals(editor.bot().textWithLabel(UIText.OverviewPage_version).getText())));
		assertFalse(editor.bot().textWithLabel(UIText.OverviewPage_vendor).getText().contains("Unsaved"));
		assertFalse(editor.isDirty());
	}

	@Test
	void theOverviewLinksToThePagesAndItsBuildAndPublishActionsWorkOnTheEditorsProject() throws InterruptedException {
		editor.bot().hyperlink(UIText.OverviewPage_linkOperatingSystem).click();
		bot.waitUntil(Conditions.valueIs("the page shown", editor::getActivePageTitle, UIText.OperatingSystemPage_title));
		editor.activatePage(UIText.OverviewPage_title);

		BotHyperlink publish = editor.bot().hyperlink(UIText.OverviewPage_publish);
		assertTrue(publish.isEnabled(), "Publish has its handler");
		publish.click();
		BotShell wizard = bot.shell(UIText.PublishWizard_title);
		wizard.bot().button("Cancel").click();
		bot.waitUntil(Conditions.shellCloses(wizard));

		BotHyperlink build = editor.bot().hyperlink(UIText.OverviewPage_build);
		assertTrue(build.isEnabled(), "Build image has its handler");
		build.click();
		bot.waitUntil(Conditions.that("a build of the editor's project to start",
				() -> Arrays.stream(Job.getJobManager().find(ApplianceBuildJob.FAMILY))
						.anyMatch(job -> ((ApplianceBuildJob) job).project().equals(project))), JOBS_TIMEOUT);
		Job.getJobManager().cancel(ApplianceBuildJob.FAMILY);
		bot.waitUntil(Conditions.that("the cancelled build to end", () -> Job.getJobManager().find(ApplianceBuildJob.FAMILY).length == 0),
				JOBS_TIMEOUT);
	}

	@Test
	void packagesAreAddedFilteredAndRemovedOnTheOperatingSystemPage() {
		editor.activatePage(UIText.OperatingSystemPage_title);
		for (String name : new String[] { "curl", "nginx-light" }) {
			editor.bot().button(UIText.ObjectTable_add).click();
			BotShell add = bot.shell(UIText.OperatingSystemPage_addPackageTitle);
			add.bot().text().setText(name);
			add.bot().button("OK").click();
			bot.waitUntil(Conditions.shellCloses(add));
		}
		assertEquals(List.of("curl", "nginx-light"), editor.bot().table().rows());
		editor.bot().textWithLabel(UIText.OperatingSystemPage_filter).setText("ngi");
		assertEquals(List.of("nginx-light"), editor.bot().table().rows());
		editor.bot().table().select("nginx-light");
		editor.bot().button(UIText.ObjectTable_remove).click();
		editor.bot().textWithLabel(UIText.OperatingSystemPage_filter).setText("");
		assertEquals(List.of("curl"), editor.bot().table().rows());
		String source = ManifestEditors.sourceText(part);
		assertTrue(source.contains("<package name=\"curl\"/>") && !source.contains("nginx-light"), source);
	}
}
