package dev.kiln.ui.internal.emf;

import java.net.URL;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the images of EMF.Edit item providers (URLs, or composed images of URLs) into SWT images,
 * owned by a resource manager that is disposed with a control. A composed image is shown as its
 * base image: Kiln's item providers draw no overlays.
 */
public final class ItemImages {

	private final ResourceManager resources;

	public ItemImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	/** @return the SWT image of an item provider's image, or {@code null} */
	public Image get(Object image) {
		ImageDescriptor descriptor = descriptorOf(image);
		return descriptor == null ? null : resources.create(descriptor);
	}

	/** @return a descriptor for an item provider's image, or {@code null} */
	public static ImageDescriptor descriptorOf(Object image) {
		if (image instanceof ImageDescriptor descriptor) {
			return descriptor;
		}
		if (image instanceof URL url) {
			return ImageDescriptor.createFromURL(url);
		}
		if (image instanceof ComposedImage composed && !composed.getImages().isEmpty()) {
			return descriptorOf(composed.getImages().get(0));
		}
		return null;
	}
}
