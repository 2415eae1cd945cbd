package dev.kiln.ui.testsupport;

import java.util.MissingResourceException;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;

/**
 * A label that a bundle's plugin.xml takes from its plugin.properties (a menu, command, wizard, view or
 * preference page), read as the workbench reads it, so that tests find such widgets by key, as they find
 * the others by the bundle's NLS constants.
 */
public final class PluginText {

	private PluginText() {
	}

	/** The value of {@code key} in the plugin.properties of the bundle {@code symbolicName}; fails when either is missing. */
	public static String of(String symbolicName, String key) {
		Bundle bundle = Platform.getBundle(symbolicName);
		if (bundle == null) {
			throw new IllegalArgumentException("no bundle " + symbolicName + " in this test run");
		}
		try {
			return Platform.getResourceBundle(bundle).getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalArgumentException("no key " + key + " in the plugin.properties of " + symbolicName, e);
		}
	}
}
