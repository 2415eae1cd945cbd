package dev.kiln.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;

import dev.kiln.build.BuildInputs;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.core.ExistingProjectImporter;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.publish.testsupport.ReleaseFiles;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.internal.UIText;
import dev.kiln.ui.testsupport.Bot;
import dev.kiln.ui.testsupport.BotShell;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.PluginText;
import dev.kiln.ui.testsupport.WorkbenchBot;

/**
 * The Publish to Marketplace wizard as a user drives it, by the labels of {@link UIText}: open it on a
 * project, fill the marketplace page, go through to the review, publish. And the example project it is
 * tried on, with small images where its build writes them.
 */
final class PublishWizardTester {

	static final String PROJECT_EXPLORER = "org.eclipse.ui.navigator.ProjectExplorer";
	static final Duration PUBLISH_TIMEOUT = Duration.ofSeconds(120);

	private final WorkbenchBot bot;
	private final BotShell dialog;

	private PublishWizardTester(WorkbenchBot bot, BotShell dialog) {
		this.bot = bot;
		this.dialog = dialog;
	}

	/**
	 * The hello-appliance example, copied to {@code folder} and imported, with an OVA and a qcow2 where its
	 * build puts them and the record of its inputs a build leaves next to them.
	 */
	static IProject helloWithImages(Path folder) throws IOException, CoreException {
		return builtAndImported(ExampleProjects.copyOfHello(folder), false);
	}

	/**
	 * The hello-appliance example as {@link #helloWithImages} makes it, whose manifest offers updates on channels
	 * {@code beta} and {@code stable}, with the update bundle its build writes ({@code hello-appliance-1.0.0.raucb}).
	 */
	static IProject helloWithUpdates(Path folder) throws IOException, CoreException {
		Path copy = ExampleProjects.copyOfHello(folder);
		Path manifest = copy.resolve("appliance.xml");
		Files.writeString(manifest, Files.readString(manifest).replace("</hardware>",
				"</hardware>\n  <updates>\n    <channel name=\"beta\"/>\n    <channel name=\"stable\"/>\n  </updates>"));
		return builtAndImported(copy, true);
	}

	/** The project {@code copy}, imported, with the images (and the update bundle) where its build puts them and the record of its inputs. */
	private static IProject builtAndImported(Path copy, boolean updateBundle) throws IOException, CoreException {
		Path images = Files.createDirectories(copy.resolve(ProjectOutputs.FOLDER));
		ReleaseFiles.ova(images, "hello-appliance-1.0.0", 1 << 20, 7);
		ReleaseFiles.qcow2(images, "hello-appliance-1.0.0", 16);
		if (updateBundle) {
			Files.write(images.resolve("hello-appliance-1.0.0.raucb"), new byte[4096]);
		}
		BuildInputs.record(images, BuildInputs.current(copy).orElseThrow());
		return new ExistingProjectImporter(ResourcesPlugin.getWorkspace()).importFrom(copy, null).get(0);
	}

	/** Project Explorer → the project → Publish to Marketplace…. */
	static PublishWizardTester open(WorkbenchBot bot, IProject project) {
		bot.perspectiveById(KilnPerspective.ID).activate();
		bot.viewById(PROJECT_EXPLORER).show();
		var tree = bot.viewById(PROJECT_EXPLORER).bot().tree();
		tree.getTreeItem(project.getName()).select();
		tree.contextMenu(PluginText.of("dev.kiln.ui", "publishCommand.label")).click();
		return new PublishWizardTester(bot, bot.shell(UIText.PublishWizard_title));
	}

	BotShell dialog() {
		return dialog;
	}

	Bot wizard() {
		return dialog.bot();
	}

	/** Fills the marketplace page with the local registry and {@code repository}. */
	PublishWizardTester target(String name, LocalRegistry registry, String repository) {
		Bot wizard = wizard();
		wizard.textWithLabel(UIText.TargetPage_name).setText(name);
		wizard.textWithLabel(UIText.TargetPage_url).setText(registry.url().toString());
		wizard.textWithLabel(UIText.TargetPage_repository).setText(repository);
		wizard.textWithLabel(UIText.TargetPage_user).setText(LocalRegistry.USER);
		wizard.textWithLabel(UIText.TargetPage_password).setText(LocalRegistry.PASSWORD);
		return this;
	}

	/** Next on the marketplace page, release notes on the listing page, Next through images to the review. */
	PublishWizardTester toReview(String releaseNotes) {
		Bot wizard = wizard();
		wizard.button("Next >").click();
		wizard.textWithLabel(UIText.ListingPage_releaseNotes).setText(releaseNotes);
		wizard.button("Next >").click();
		wizard.button("Next >").click();
		return this;
	}

	/** Waits until the review lists {@code line}. */
	PublishWizardTester reviewShows(String line) {
		bot.waitUntil(Conditions.that("the review to list: " + line, () -> wizard().table().rows().contains(line)), PUBLISH_TIMEOUT);
		return this;
	}

	/** Finish, once the review allows it, and the digest the result page shows when the publish ended. */
	String finish() {
		Bot wizard = wizard();
		wizard.button("Finish").click();
		wizard.waitUntil(Conditions.that("the release to be published", () -> !wizard.textWithLabel(UIText.ResultPage_digest).getText().isEmpty()),
				PUBLISH_TIMEOUT);
		return wizard.textWithLabel(UIText.ResultPage_digest).getText();
	}
}
