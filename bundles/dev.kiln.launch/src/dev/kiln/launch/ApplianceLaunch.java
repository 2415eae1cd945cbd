package dev.kiln.launch;

/**
 * The "Appliance in QEMU" launch configuration type: the attributes of its configurations and those
 * its launches carry. Empty or absent settings mean "as the manifest says".
 */
public final class ApplianceLaunch {

	/** The launch configuration type. */
	public static final String TYPE_ID = "dev.kiln.launch.applianceInQemu"; //$NON-NLS-1$

	/** Configuration: the appliance project's name. */
	public static final String ATTR_PROJECT = "dev.kiln.launch.project"; //$NON-NLS-1$
	/** Configuration: {@code raw} or {@code qcow2}; empty: qcow2 if the manifest's outputs have it, else raw. */
	public static final String ATTR_FORMAT = "dev.kiln.launch.format"; //$NON-NLS-1$
	/** Configuration: memory in MiB as text; empty: the manifest's. */
	public static final String ATTR_MEMORY_MB = "dev.kiln.launch.memoryMb"; //$NON-NLS-1$
	/** Configuration: number of CPUs as text; empty: the manifest's. */
	public static final String ATTR_CPUS = "dev.kiln.launch.cpus"; //$NON-NLS-1$
	/**
	 * Configuration: port forwards as {@code host:guest[/udp]}, separated by commas; absent: the manifest's
	 * ports (see {@code ManifestForwards}).
	 */
	public static final String ATTR_FORWARDS = "dev.kiln.launch.forwards"; //$NON-NLS-1$
	/** Configuration: more QEMU options, as typed on a shell command line; they come last. */
	public static final String ATTR_EXTRA_ARGUMENTS = "dev.kiln.launch.extraArguments"; //$NON-NLS-1$

	/** Launch: {@code "true"} once the appliance is ready (see {@code ReadyWatcher}). */
	public static final String READY = "dev.kiln.launch.ready"; //$NON-NLS-1$
	/** Launch: the console text that showed readiness, e.g. {@code KILN-READY hello-appliance}. */
	public static final String READY_SIGN = "dev.kiln.launch.readySign"; //$NON-NLS-1$
	/** Launch: QEMU's command line, one argument per line. */
	public static final String COMMAND_LINE = "dev.kiln.launch.commandLine"; //$NON-NLS-1$

	/**
	 * The code of the errors a launch reports (plug-in {@value QemuPreferences#QUALIFIER}): their message says
	 * what is wrong and what to do; the UI shows it in a dialog through a status handler for this code.
	 */
	public static final int LAUNCH_FAILED = 100;

	/** The process type of QEMU's process ({@code IProcess.ATTR_PROCESS_TYPE}). */
	public static final String PROCESS_TYPE = "dev.kiln.launch.qemu"; //$NON-NLS-1$

	private ApplianceLaunch() {
	}
}
