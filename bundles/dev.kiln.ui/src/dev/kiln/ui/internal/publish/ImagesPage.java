package dev.kiln.ui.internal.publish;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import dev.kiln.build.ProjectOutputs;
import dev.kiln.core.ApplianceBuildJob;
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
	private Button containerDisk;

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
		containerDisk = new Button(page, SWT.CHECK);
		containerDisk.setText(UIText.ImagesPage_containerDisk);
		containerDisk.setToolTipText(UIText.ImagesPage_containerDiskTooltip);
		GridDataFactory.swtDefaults().span(2, 1).applyTo(containerDisk);
		containerDisk.addListener(SWT.Selection, e -> update());
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
		boolean qcow2 = request.chosen.stream().anyMatch(i -> "qcow2".equals(i.format())); //$NON-NLS-1$
		containerDisk.setEnabled(qcow2);
		if (!qcow2) {
			containerDisk.setSelection(false);
		}
		request.containerDisk = containerDisk.getSelection();
		boolean complete = !request.chosen.isEmpty();
		setErrorMessage(request.available.isEmpty() ? UIText.ImagesPage_buildFirst : complete ? null : UIText.ImagesPage_noneChosen);
		setPageComplete(complete);
	}

	/** Builds the project in an {@link ApplianceBuildJob} (as Build Appliance Image does), then lists the images again. */
	private void buildNow() {
		build.setEnabled(false);
		status.setText(UIText.ImagesPage_building);
		Path root = request.projectRoot;
		ApplianceBuildJob job = new ApplianceBuildJob(request.project);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				IStatus result = event.getResult();
				String shown = result.isOK() ? UIText.ImagesPage_built : result.getMessage();
				List<Release.Image> images = ProjectOutputs.existing(root, request.appliance);
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
			}
		});
		job.setUser(true);
		job.schedule();
	}

	private static String size(Path file) {
		long bytes = file.toFile().length();
		return bytes >= 1 << 20 ? String.format("%.1f MiB", bytes / 1048576.0) : String.format("%d KiB", (bytes + 1023) / 1024); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
