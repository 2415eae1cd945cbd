package dev.kiln.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of dev.kiln.ui; see uitext.properties. */
public final class UIText extends NLS {

	public static String ImportProjectsOnStartup_jobName;
	public static String ImportProjectsOnStartup_failed;

	static {
		NLS.initializeMessages(UIText.class.getPackageName() + ".uitext", UIText.class); //$NON-NLS-1$
	}

	private UIText() {
	}
}
