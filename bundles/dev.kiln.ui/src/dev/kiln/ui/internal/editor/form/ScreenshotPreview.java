package dev.kiln.ui.internal.editor.form;

import java.io.InputStream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

import dev.kiln.ui.internal.UIText;

/**
 * The picture of the selected screenshot, scaled to fit {@link #WIDTH} x {@link #HEIGHT}. The file
 * is read and scaled in a job; the UI thread only makes the image.
 */
final class ScreenshotPreview {

	static final int WIDTH = 320;
	static final int HEIGHT = 200;

	private final Label label;
	private Image image;
	private String shown;

	ScreenshotPreview(FormToolkit toolkit, Composite parent) {
		label = toolkit.createLabel(parent, UIText.MarketplacePage_noScreenshot, SWT.CENTER | SWT.WRAP);
		GridDataFactory.fillDefaults().span(2, 1).hint(WIDTH, HEIGHT).applyTo(label);
		label.addListener(SWT.Dispose, event -> disposeImage());
	}

	Label control() {
		return label;
	}

	/** Shows the project file at this path, or a note when there is none or it is not an image. */
	void show(IProject project, String path) {
		if (path == null) {
			shown = null;
			setText(UIText.MarketplacePage_noScreenshot);
			return;
		}
		if (path.equals(shown)) {
			return;
		}
		shown = path;
		IFile file = project.getFile(path);
		Job load = Job.create(NLS.bind(UIText.MarketplacePage_loadingScreenshot, path), (IProgressMonitor monitor) -> {
			ImageData data = read(file);
			if (!label.isDisposed()) {
				label.getDisplay().asyncExec(() -> {
					if (!label.isDisposed() && path.equals(shown)) {
						if (data == null) {
							setText(NLS.bind(UIText.MarketplacePage_notAnImage, path));
						} else {
							disposeImage();
							image = new Image(label.getDisplay(), data);
							label.setText(""); //$NON-NLS-1$
							label.setImage(image);
						}
					}
				});
			}
			return Status.OK_STATUS;
		});
		load.setSystem(true);
		load.schedule();
	}

	private static ImageData read(IFile file) {
		if (!file.exists()) {
			return null;
		}
		try (InputStream in = file.getContents(true)) {
			ImageData data = new ImageData(in);
			double scale = Math.min(1.0, Math.min((double) WIDTH / data.width, (double) HEIGHT / data.height));
			return scale < 1.0 ? data.scaledTo(Math.max(1, (int) (data.width * scale)), Math.max(1, (int) (data.height * scale)))
					: data;
		} catch (SWTException | java.io.IOException | org.eclipse.core.runtime.CoreException e) {
			return null;
		}
	}

	private void setText(String text) {
		disposeImage();
		label.setImage(null);
		label.setText(text);
	}

	private void disposeImage() {
		if (image != null) {
			image.dispose();
			image = null;
		}
	}
}
