package dev.kiln.model.edit.provider;

import org.eclipse.emf.common.EMFPlugin;
import org.eclipse.emf.common.util.ResourceLocator;

/**
 * The resource locator of the generated item providers: their labels (plugin.properties) and
 * icons. Written by hand in place of the generated class of the same name, because EMF looks for
 * {@code icons/<key>.gif} and Kiln's icons are PNG: a key without an extension gets ".png".
 */
public final class ApplianceEditPlugin extends EMFPlugin {

	/** The singleton the item providers use. */
	public static final ApplianceEditPlugin INSTANCE = new ApplianceEditPlugin();

	private static Implementation plugin;

	private ApplianceEditPlugin() {
		super(new ResourceLocator[0]);
	}

	@Override
	public ResourceLocator getPluginResourceLocator() {
		return plugin;
	}

	@Override
	public Object getImage(String key) {
		return super.getImage(key.lastIndexOf('.') > key.lastIndexOf('/') ? key : key + ".png"); //$NON-NLS-1$
	}

	/** The bundle activator: with it, resources are looked up through the OSGi bundle. */
	public static class Implementation extends EclipsePlugin {

		/** Called by OSGi; remembers the running instance. */
		public Implementation() {
			setPlugin(this);
		}
	}

	private static void setPlugin(Implementation running) {
		plugin = running;
	}
}
