package dev.kiln.ui.internal.publish;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.image.ImageBuildException;
import dev.kiln.image.ImageEngine;
import dev.kiln.publish.Release;
import dev.kiln.ui.internal.UIText;

/**
 * Which images of the project to publish: those the last build wrote, checked; formats the manifest
 * asks for that are not built are shown, and "Build now" builds the project in a job.
 */
final class ImagesPage extends WizardPage {

	private final PublishRequest request;
	private Table table;
	private Label status;
	private Button build;

	ImagesPage(PublishRequest request) {
		super("images"); //$NON-NLS-1$
		this.request = request;
		setTitle(UIText.ImagesPage_title);
		setDescription(UIText.ImagesPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(page);
		table = new Table(page, SWT.CHECK | SWT.BORDER | SWT.FULL_SELECTION);
		GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(400, 120).applyTo(table);
		build = new Button(page, SWT.PUSH);
		build.setText(UIText.ImagesPage_build);
		status = new Label(page, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
		table.addListener(SWT.Selection, e -> {
			if (e.detail == SWT.CHECK) {
				if (e.item.getData() == null) {
					((TableItem) e.item).setChecked(false); // not built: nothing to publish
				}
				update();
			}
		});
		build.addListener(SWT.Selection, e -> buildNow());
		fill();
		setControl(page);
	}

	private void fill() {
		table.removeAll();
		for (Release.Image image : request.available) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(UIText.bind(UIText.ImagesPage_image, new Object[] { image.format(), image.file().getFileName(), size(image.file()) }));
			item.setData(image);
			item.setChecked(request.chosen.contains(image));
		}
		for (String format : ProjectOutputs.wanted(request.appliance)) {
			if (request.available.stream().noneMatch(i -> i.format().equals(format))) {
				TableItem item = new TableItem(table, SWT.NONE);
				item.setText(UIText.bind(UIText.ImagesPage_notBuilt, format));
			}
		}
		update();
	}

	private void update() {
		request.chosen.clear();
		for (TableItem item : table.getItems()) {
			if (item.getChecked() && item.getData() instanceof Release.Image image) {
				request.chosen.add(image);
			}
		}
		boolean complete = !request.chosen.isEmpty();
		setErrorMessage(request.available.isEmpty() ? UIText.ImagesPage_buildFirst : complete ? null : UIText.ImagesPage_noneChosen);
		setPageComplete(complete);
	}

	/** Builds the project with the engine in a job, then lists the images again. */
	private void buildNow() {
		build.setEnabled(false);
		status.setText(UIText.ImagesPage_building);
		Path root = request.projectRoot;
		Job job = new Job(UIText.bind(UIText.ImagesPage_buildJob, request.appliance.getName())) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
				String message;
				try {
					new ApplianceBuild(new ImageEngine(ImageEngine.defaultCacheDirectory())).build(root, ProjectOutputs.folder(root),
							ApplianceBuild.sourceDateEpoch(), new MonitorProgress(monitor, phase -> { }));
					message = UIText.ImagesPage_built;
				} catch (ImageBuildException e) {
					message = e.getMessage();
				}
				List<Release.Image> images = ProjectOutputs.existing(root, request.appliance);
				String shown = message;
				table.getDisplay().asyncExec(() -> {
					if (!table.isDisposed()) {
						request.available = images;
						request.chosen.clear();
						request.chosen.addAll(images);
						status.setText(shown);
						build.setEnabled(true);
						fill();
					}
				});
				return Status.OK_STATUS;
			}
		};
		job.setUser(true);
		job.schedule();
	}

	private static String size(Path file) {
		long bytes = file.toFile().length();
		return bytes >= 1 << 20 ? String.format("%.1f MiB", bytes / 1048576.0) : String.format("%d KiB", (bytes + 1023) / 1024); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
