package dev.kiln.launch.internal;

import org.eclipse.osgi.util.NLS;

/** The user-visible texts of dev.kiln.launch; see launchtext.properties. */
public final class LaunchText extends NLS {

	public static String Settings_noProject;
	public static String Settings_noSuchProject;
	public static String Settings_notAnAppliance;
	public static String Settings_badFormat;
	public static String Settings_badMemory;
	public static String Settings_badCpus;
	public static String Settings_badForward;
	public static String Settings_duplicateHostPort;
	public static String Settings_formatNotBuilt;
	public static String Settings_noBootableOutput;
	public static String Qemu_notAtConfiguredPath;
	public static String Qemu_notOnPath;
	public static String Qemu_noOvmf;
	public static String Delegate_task;
	public static String Delegate_checking;
	public static String Delegate_building;
	public static String Delegate_starting;
	public static String Delegate_noLocation;
	public static String Delegate_invalidManifest;
	public static String Delegate_buildFailed;
	public static String Delegate_imageMissing;
	public static String Delegate_cannotPrepare;
	public static String Delegate_processName;
	public static String Delegate_cannotRecordBootTest;
	public static String Process_booting;
	public static String Process_ready;
	public static String HostPorts_noFreePort;
	public static String MachineCleanup_cannotDelete;
	public static String UpdateTestSettings_noMarketplace;
	public static String UpdateTestSettings_noSuchMarketplace;
	public static String UpdateTestSettings_badFromVersion;
	public static String UpdateTest_task;
	public static String UpdateTest_noUpdates;
	public static String UpdateTest_noPassword;
	public static String UpdateTest_noIdentity;
	public static String UpdateTest_processName;
	public static String UpdateTest_running;
	public static String UpdateTest_notRun;
	public static String UpdateTest_notRunLabel;
	public static String UpdateTest_cancelled;
	public static String UpdateTest_cancelledLabel;
	public static String UpdateTest_passedLabel;
	public static String UpdateTest_failedLabel;
	public static String UpdateTest_passed;
	public static String UpdateTest_failed;

	static {
		NLS.initializeMessages(LaunchText.class.getPackageName() + ".launchtext", LaunchText.class); //$NON-NLS-1$
	}

	private LaunchText() {
	}
}
