package dev.kiln.ui.internal.launch;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The launch types' icons, shared through JFace's image registry. */
final class LaunchImages {

	private static final String LAUNCH = "dev.kiln.ui.launch.applianceInQemu"; //$NON-NLS-1$
	private static final String UPDATE_TEST = "dev.kiln.ui.launch.applianceUpdateTest"; //$NON-NLS-1$

	private LaunchImages() {
	}

	/** Appliance in QEMU. */
	static Image launch() {
		return image(LAUNCH, "icons/run_appliance.png"); //$NON-NLS-1$
	}

	/** Appliance Update Test. */
	static Image updateTest() {
		return image(UPDATE_TEST, "icons/update_test.png"); //$NON-NLS-1$
	}

	private static Image image(String key, String path) {
		Image image = JFaceResources.getImageRegistry().get(key);
		if (image == null) {
			ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(LaunchImages.class, path)
					.orElse(ImageDescriptor.getMissingImageDescriptor());
			JFaceResources.getImageRegistry().put(key, descriptor);
			image = JFaceResources.getImageRegistry().get(key);
		}
		return image;
	}
}
