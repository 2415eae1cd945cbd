package dev.kiln.ui.internal.launch;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.swt.graphics.Image;

/** The launch's icon, shared through JFace's image registry. */
final class LaunchImages {

	private static final String LAUNCH = "dev.kiln.ui.launch.applianceInQemu"; //$NON-NLS-1$

	private LaunchImages() {
	}

	static Image launch() {
		Image image = JFaceResources.getImageRegistry().get(LAUNCH);
		if (image == null) {
			ImageDescriptor descriptor = ResourceLocator.imageDescriptorFromBundle(LaunchImages.class, "icons/run_appliance.png") //$NON-NLS-1$
					.orElse(ImageDescriptor.getMissingImageDescriptor());
			JFaceResources.getImageRegistry().put(LAUNCH, descriptor);
			image = JFaceResources.getImageRegistry().get(LAUNCH);
		}
		return image;
	}
}
