package dev.kiln.ui.internal.build;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

import dev.kiln.build.ApplianceBuild.Freshness;
import dev.kiln.build.BuiltImages;
import dev.kiln.ui.internal.KilnPerspective;
import dev.kiln.ui.testsupport.BotView;
import dev.kiln.ui.testsupport.Conditions;
import dev.kiln.ui.testsupport.UIThreadRunnable;
import dev.kiln.ui.testsupport.WorkbenchBot;

/** The Appliance Images view as the tests read it (in the view's package, as the fragment may). */
public final class ImagesViewTester {

	private static final Duration READ_LIMIT = Duration.ofSeconds(30);

	private final WorkbenchBot bot;
	private final BotView view;
	private final ImagesView part;

	private ImagesViewTester(WorkbenchBot bot, BotView view, ImagesView part) {
		this.bot = bot;
		this.view = view;
		this.part = part;
	}

	/** The Kiln perspective with the view shown. */
	public static ImagesViewTester open(WorkbenchBot bot) {
		bot.perspectiveById(KilnPerspective.ID).activate();
		ImagesView part = UIThreadRunnable.syncExec(() -> {
			try {
				return (ImagesView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ImagesView.ID);
			} catch (PartInitException e) {
				throw new AssertionError(e);
			}
		});
		BotView view = bot.viewById(ImagesView.ID);
		view.show();
		return new ImagesViewTester(bot, view, part);
	}

	/** Waits until the view lists {@code project} with images in state {@code freshness}; returns them. */
	public BuiltImages awaitProject(IProject project, Freshness freshness) {
		bot.waitUntil(Conditions.that("the Appliance Images view to show " + project.getName() + " " + freshness,
				() -> images(project).map(images -> images.freshness() == freshness).orElse(false)), READ_LIMIT);
		return images(project).orElseThrow();
	}

	private Optional<BuiltImages> images(IProject project) {
		return UIThreadRunnable.syncExec(() -> part.rows().stream().filter(row -> row.project().equals(project) && row.images() != null)
				.map(ImagesView.ProjectRow::images).findFirst());
	}

	/** The text of every cell of the view's tree, rows in order. */
	public List<String> cellTexts() {
		view.show();
		Tree tree = view.bot().tree().widget();
		return UIThreadRunnable.syncExec(() -> {
			List<String> texts = new ArrayList<>();
			collect(tree.getItems(), tree.getColumnCount(), texts);
			return texts;
		});
	}

	private static void collect(TreeItem[] items, int columns, List<String> texts) {
		for (TreeItem item : items) {
			for (int column = 0; column < columns; column++) {
				texts.add(item.getText(column));
			}
			collect(item.getItems(), columns, texts);
		}
	}
}
