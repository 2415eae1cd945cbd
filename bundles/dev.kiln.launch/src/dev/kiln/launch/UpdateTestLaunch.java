package dev.kiln.launch;

/**
 * The "Appliance Update Test" launch configuration type (docs/updates.md): the attributes of its configurations, and how
 * its launches end. The test boots the release published before the project's version and updates it to the build.
 */
public final class UpdateTestLaunch {

	/** The launch configuration type. */
	public static final String TYPE_ID = "dev.kiln.launch.applianceUpdateTest"; //$NON-NLS-1$

	/** Configuration: the appliance project's name (the same attribute as {@link ApplianceLaunch#ATTR_PROJECT}). */
	public static final String ATTR_PROJECT = ApplianceLaunch.ATTR_PROJECT;
	/** Configuration: the name of a marketplace saved in the workspace; empty: the first one saved. */
	public static final String ATTR_MARKETPLACE = "dev.kiln.launch.marketplace"; //$NON-NLS-1$
	/** Configuration: the published version to update from; empty: the newest one older than the project's. */
	public static final String ATTR_FROM_VERSION = "dev.kiln.launch.fromVersion"; //$NON-NLS-1$

	/** The process type of the test's process ({@code IProcess.ATTR_PROCESS_TYPE}). */
	public static final String PROCESS_TYPE = "dev.kiln.launch.updateTest"; //$NON-NLS-1$

	/** Exit value of the test's process: the new version became ready with the kept data intact. */
	public static final int EXIT_PASSED = 0;
	/** Exit value of the test's process: the test ran and the update failed. */
	public static final int EXIT_FAILED = 1;
	/** Exit value of the test's process: the test could not run to its end (cancelled, nothing to update from). */
	public static final int EXIT_NOT_RUN = 2;

	/**
	 * The code of the status that says a test passed (plug-in {@value QemuPreferences#QUALIFIER}, severity INFO): the UI
	 * shows it through a status handler for this code; the launch is its source.
	 */
	public static final int TEST_PASSED = 101;
	/** The code of the status that says a test failed (severity ERROR), with the guest's reason, shown like {@link #TEST_PASSED}. */
	public static final int TEST_FAILED = 102;

	private UpdateTestLaunch() {
	}
}
