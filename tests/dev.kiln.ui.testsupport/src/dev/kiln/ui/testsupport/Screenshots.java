package dev.kiln.ui.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Screenshots of the whole display or of one shell, as PNG. */
public final class Screenshots {

	private Screenshots() {
	}

	/** Where failure screenshots go: {@code -Dkiln.screenshots=dir}, else {@code target/screenshots}. */
	public static Path directory() {
		return Path.of(System.getProperty("kiln.screenshots", "target/screenshots"));
	}

	/** Captures the whole display into {@code file} (folders created as needed). */
	public static Path captureDisplay(Path file) {
		return capture(file, null);
	}

	/** Captures the area of {@code shell} into {@code file}. */
	public static Path captureShell(BotShell shell, Path file) {
		return capture(file, shell.widget());
	}

	private static Path capture(Path file, Shell shell) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new IllegalStateException("cannot create " + file.getParent(), e);
		}
		UIThreadRunnable.syncExec(() -> {
			Display display = UIThreadRunnable.display();
			Rectangle area = shell == null ? display.getBounds() : shell.getBounds();
			GC gc = new GC(display);
			Image image = new Image(display, area.width, area.height);
			try {
				gc.copyArea(image, area.x, area.y);
				ImageData data = image.getImageData();
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { data };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				image.dispose();
				gc.dispose();
			}
		});
		return file;
	}
}
