package dev.kiln.core.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of dev.kiln.core; see coretext.properties. */
public final class CoreText extends NLS {

	public static String ExistingProjectImporter_noProjects;
	public static String ExistingProjectImporter_cannotList;
	public static String ExistingProjectImporter_nameTaken;

	static {
		NLS.initializeMessages(CoreText.class.getPackageName() + ".coretext", CoreText.class);
	}

	private CoreText() {
	}
}
