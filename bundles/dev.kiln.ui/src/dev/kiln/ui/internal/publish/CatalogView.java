package dev.kiln.ui.internal.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.part.ViewPart;

import dev.kiln.core.internal.MonitorProgress;
import dev.kiln.core.internal.publish.MarketplaceStore;
import dev.kiln.core.internal.publish.SavedMarketplace;
import dev.kiln.image.Progress;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Listing;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.ui.internal.UIText;

/**
 * Marketplace Catalog: the appliances and versions of a saved marketplace, the listing of the selected
 * release, and its download (digests checked). Every registry access runs in a job.
 */
public class CatalogView extends ViewPart {

	public static final String ID = "dev.kiln.ui.catalogView"; //$NON-NLS-1$

	private final MarketplaceStore store = new MarketplaceStore();
	private List<SavedMarketplace> marketplaces = List.of();
	private Combo marketplaceCombo;
	private Tree tree;
	private Text details;
	private Text downloadFolder;
	private Button download;
	private Button importProject;
	private Label logo;
	private Image logoImage;

	/** The edge of the logo shown next to the listing, in pixels. */
	private static final int LOGO_SIZE = 64;

	/** The listing of an imported release, as the registry holds it. */
	static final String LISTING_FILE = "listing.json"; //$NON-NLS-1$
	private Label status;
	private PublishedRelease selected;

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(parent);
		new Label(parent, SWT.NONE).setText(UIText.CatalogView_marketplace);
		marketplaceCombo = new Combo(parent, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(marketplaceCombo);
		Button refresh = new Button(parent, SWT.PUSH);
		refresh.setText(UIText.CatalogView_refresh);
		SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).applyTo(sash);
		tree = new Tree(sash, SWT.BORDER | SWT.SINGLE);
		Composite right = new Composite(sash, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(right);
		logo = new Label(right, SWT.NONE);
		GridDataFactory.swtDefaults().hint(LOGO_SIZE, LOGO_SIZE).exclude(true).applyTo(logo);
		logo.setVisible(false);
		details = new Text(right, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.READ_ONLY);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(details);
		sash.setWeights(1, 2);
		new Label(parent, SWT.NONE).setText(UIText.CatalogView_downloadTo);
		downloadFolder = new Text(parent, SWT.BORDER);
		downloadFolder.setText(Path.of(System.getProperty("user.home"), "Downloads", "kiln").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		GridDataFactory.fillDefaults().grab(true, false).applyTo(downloadFolder);
		Composite buttons = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
		download = new Button(buttons, SWT.PUSH);
		download.setText(UIText.CatalogView_download);
		download.setEnabled(false);
		importProject = new Button(buttons, SWT.PUSH);
		importProject.setText(UIText.CatalogView_importProject);
		importProject.setToolTipText(UIText.CatalogView_importProjectTooltip);
		importProject.setEnabled(false);
		status = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(status);

		marketplaceCombo.addListener(SWT.Selection, e -> refresh());
		refresh.addListener(SWT.Selection, e -> {
			reloadMarketplaces(marketplaceCombo.getText());
			refresh();
		});
		tree.addListener(SWT.Selection, e -> select((TreeItem) e.item));
		download.addListener(SWT.Selection, e -> download());
		importProject.addListener(SWT.Selection, e -> importAsProject());
		reloadMarketplaces(null);
		if (!marketplaces.isEmpty()) {
			refresh();
		}
	}

	/** Shows the catalog of a marketplace (e.g. right after publishing to it). */
	public void show(SavedMarketplace marketplace) {
		reloadMarketplaces(marketplace.name());
		refresh();
	}

	private void reloadMarketplaces(String selectedName) {
		marketplaces = store.marketplaces();
		marketplaceCombo.removeAll();
		marketplaces.forEach(m -> marketplaceCombo.add(m.name()));
		int index = selectedName == null ? 0 : Math.max(0, marketplaces.stream().map(SavedMarketplace::name).toList().indexOf(selectedName));
		if (!marketplaces.isEmpty()) {
			marketplaceCombo.select(index);
		}
	}

	private SavedMarketplace current() {
		int index = marketplaceCombo.getSelectionIndex();
		return index < 0 || index >= marketplaces.size() ? null : marketplaces.get(index);
	}

	private void refresh() {
		SavedMarketplace marketplace = current();
		if (marketplace == null) {
			status.setText(UIText.CatalogView_noMarketplace);
			return;
		}
		status.setText(UIText.bind(UIText.CatalogView_loading, marketplace.name()));
		inJob(UIText.bind(UIText.CatalogView_loadJob, marketplace.name()), marketplace, (target, monitor) -> {
			List<CatalogEntry> entries = target.catalog(new MonitorProgress(monitor, monitor));
			ui(() -> {
				tree.removeAll();
				selected = null;
				details.setText(""); //$NON-NLS-1$
				showLogo(null);
				download.setEnabled(false);
				importProject.setEnabled(false);
				for (CatalogEntry entry : entries) {
					TreeItem appliance = new TreeItem(tree, SWT.NONE);
					appliance.setText(entry.appliance());
					for (String version : entry.versions()) {
						TreeItem item = new TreeItem(appliance, SWT.NONE);
						item.setText(version);
						item.setData(entry.appliance());
					}
					appliance.setExpanded(true);
				}
				status.setText(UIText.bind(UIText.CatalogView_loaded, entries.size(), marketplace.name()));
			});
		});
	}

	private void select(TreeItem item) {
		SavedMarketplace marketplace = current();
		if (item == null || !(item.getData() instanceof String appliance) || marketplace == null) {
			return;
		}
		String version = item.getText();
		inJob(UIText.bind(UIText.CatalogView_releaseJob, appliance, version), marketplace, (target, monitor) -> {
			PublishedRelease release = target.release(appliance, version);
			ImageData logoData = logo(target, release);
			ui(() -> {
				selected = release;
				details.setText(describe(release));
				showLogo(logoData);
				download.setEnabled(true);
				importProject.setEnabled(true);
				status.setText(""); //$NON-NLS-1$
			});
		});
	}

	private void download() {
		SavedMarketplace marketplace = current();
		PublishedRelease release = selected;
		if (release == null || marketplace == null) {
			return;
		}
		String name = release.appliance().substring(release.appliance().lastIndexOf('/') + 1);
		Path folder = Path.of(downloadFolder.getText()).resolve(name + "-" + release.version()); //$NON-NLS-1$
		inJob(UIText.bind(UIText.CatalogView_downloadJob, release.appliance(), release.version()), marketplace, (target, monitor) -> {
			monitor.beginTask(UIText.CatalogView_download, (int) (release.files().stream().mapToLong(PublishedRelease.File::size).sum() / 1024));
			target.download(release, folder, new MonitorProgress(monitor, monitor));
			ui(() -> status.setText(UIText.bind(UIText.CatalogView_downloaded, release.files().size(), folder)));
		});
	}

	/**
	 * Downloads the release into a new workspace project named after it ({@code <appliance>-<version>}),
	 * digests checked, so its images and listing can be looked at, compared or run from the workbench.
	 */
	private void importAsProject() {
		SavedMarketplace marketplace = current();
		PublishedRelease release = selected;
		if (release == null || marketplace == null) {
			return;
		}
		String name = release.appliance().substring(release.appliance().lastIndexOf('/') + 1) + "-" + release.version(); //$NON-NLS-1$
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			status.setText(UIText.bind(UIText.CatalogView_projectExists, name));
			return;
		}
		inJob(UIText.bind(UIText.CatalogView_importJob, release.appliance(), release.version()), marketplace, (target, monitor) -> {
			try {
				project.create(null);
				project.open(null);
				Path folder = project.getLocation().toPath();
				target.download(release, folder, new MonitorProgress(monitor, monitor));
				Files.write(folder.resolve(LISTING_FILE), release.listing().toJson());
				project.refreshLocal(IResource.DEPTH_INFINITE, null);
				ui(() -> status.setText(UIText.bind(UIText.CatalogView_imported, release.files().size(), name)));
			} catch (CoreException | java.io.IOException e) {
				ui(() -> status.setText(UIText.bind(UIText.CatalogView_importFailed, name, e.getMessage())));
			}
		});
	}

	/** The release's logo, read and decoded off the UI thread; {@code null} when it has none. */
	private static ImageData logo(Marketplace target, PublishedRelease release) throws PublishException {
		String name = release.listing().logo();
		if (name == null) {
			return null;
		}
		for (PublishedRelease.File file : release.files()) {
			if (file.name().equals(name) && file.size() < 5 << 20) {
				try {
					Path folder = Files.createTempDirectory("kiln-logo"); //$NON-NLS-1$
					try {
						Path downloaded = target.download(new PublishedRelease(release.appliance(), release.version(), release.digest(),
								release.listing(), List.of(file)), folder, Progress.NONE).get(0);
						ImageData data = new ImageData(downloaded.toString());
						return data.width > LOGO_SIZE || data.height > LOGO_SIZE ? data.scaledTo(LOGO_SIZE, LOGO_SIZE) : data;
					} finally {
						try (var files = Files.walk(folder)) {
							files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
						}
					}
				} catch (java.io.IOException | org.eclipse.swt.SWTException e) {
					return null; // a logo that does not decode is left out; the listing still shows
				}
			}
		}
		return null;
	}

	private void showLogo(ImageData data) {
		Image old = logoImage;
		logoImage = data == null ? null : new Image(logo.getDisplay(), data);
		logo.setImage(logoImage);
		if (old != null) {
			old.dispose();
		}
		logo.setVisible(data != null);
		((GridData) logo.getLayoutData()).exclude = data == null;
		logo.getParent().layout(true);
	}

	static String describe(PublishedRelease release) {
		Listing l = release.listing();
		StringBuilder text = new StringBuilder();
		text.append(l.title()).append("  ").append(l.version()).append('\n'); //$NON-NLS-1$
		text.append(l.summary()).append("\n\n"); //$NON-NLS-1$
		if (l.description() != null) {
			text.append(l.description()).append("\n\n"); //$NON-NLS-1$
		}
		text.append(UIText.CatalogView_categories).append(' ').append(String.join(", ", l.categories())).append('\n'); //$NON-NLS-1$
		if (l.vendor() != null) {
			text.append(UIText.CatalogView_vendor).append(' ').append(l.vendor()).append('\n');
		}
		if (l.releaseNotes() != null) {
			text.append(UIText.CatalogView_releaseNotes).append(' ').append(l.releaseNotes()).append('\n');
		}
		text.append(UIText.CatalogView_digest).append(' ').append(release.digest()).append("\n\n"); //$NON-NLS-1$
		for (PublishedRelease.File file : release.files()) {
			text.append(file.name()).append("  ").append(file.mediaType()).append("  ").append(file.size()).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	/** Work against the marketplace in a job; errors end up in the view's status line. */
	@FunctionalInterface
	private interface MarketplaceWork {
		void run(Marketplace marketplace, IProgressMonitor monitor) throws PublishException;
	}

	private void inJob(String name, SavedMarketplace marketplace, MarketplaceWork work) {
		Job job = new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					work.run(Marketplaces.connect(marketplace.target(), store.credentials(marketplace)), monitor);
				} catch (PublishException e) {
					ui(() -> status.setText(e.getMessage()));
				} catch (org.eclipse.equinox.security.storage.StorageException e) {
					ui(() -> status.setText(e.getMessage()));
				}
				return Status.OK_STATUS;
			}
		};
		job.schedule();
	}

	private void ui(Runnable update) {
		if (!tree.isDisposed()) {
			tree.getDisplay().asyncExec(() -> {
				if (!tree.isDisposed()) {
					update.run();
				}
			});
		}
	}


	@Override
	public void dispose() {
		if (logoImage != null) {
			logoImage.dispose(); // the label itself is disposed by now
			logoImage = null;
		}
		super.dispose();
	}

	@Override
	public void setFocus() {
		tree.setFocus();
	}
}
