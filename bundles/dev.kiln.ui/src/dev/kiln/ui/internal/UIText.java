package dev.kiln.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of dev.kiln.ui; see uitext.properties. */
public final class UIText extends NLS {

	public static String ImportProjectsOnStartup_jobName;
	public static String ImportProjectsOnStartup_failed;
	public static String NewApplianceProjectWizard_title;
	public static String ApplianceProjectPage_title;
	public static String ApplianceProjectPage_description;
	public static String ApplianceProjectPage_template;
	public static String ConvertToApplianceProject_jobName;
	public static String ConvertToApplianceProject_failed;

	static {
		NLS.initializeMessages(UIText.class.getPackageName() + ".uitext", UIText.class); //$NON-NLS-1$
	}

	private UIText() {
	}
}
