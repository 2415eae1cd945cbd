package dev.kiln.launch.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.osgi.util.NLS;

import dev.kiln.build.BootTestRecord;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.ProjectOutputs;
import dev.kiln.image.qemu.Accelerator;
import dev.kiln.image.qemu.PortForward;
import dev.kiln.image.qemu.QemuMachine;
import dev.kiln.launch.ApplianceLaunch;
import dev.kiln.model.Appliance;
import dev.kiln.model.io.ManifestProblem;

/**
 * Runs an appliance project in QEMU: checks the settings, finds QEMU, builds the image when it is stale
 * ({@link ImageBuild}), then boots it with its serial console as the process's input and output.
 * Nothing is started when any step fails; the error says what to do.
 */
public final class ApplianceLaunchDelegate extends LaunchConfigurationDelegate {

	/** No workspace build: the manifest is checked and the image built here, when needed. */
	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return false;
	}

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
		LaunchSettings settings = settings(configuration);
		IProject project = settings.project();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(LaunchText.Delegate_task, project.getName()), 100);
		Path qemu = QemuLocator.qemu();
		Path root = root(project);
		progress.subTask(LaunchText.Delegate_checking);
		Appliance appliance = checkedManifest(project, root);
		String format = imageFormat(settings, appliance);
		Path image = ProjectOutputs.image(root, appliance, format);
		if (MachineMapper.firmware(appliance) == QemuMachine.Firmware.UEFI) {
			QemuLocator.requireOvmf();
		}
		progress.worked(5);
		if (!new ImageBuild(project, root, image).runIfStale(progress.split(85))) {
			return; // cancelled: the framework removes the launch
		}
		progress.subTask(LaunchText.Delegate_starting);
		start(launch, settings, appliance, qemu, image, format);
		progress.done();
	}

	private static LaunchSettings settings(ILaunchConfiguration configuration) throws CoreException {
		try {
			return LaunchSettings.read(configuration);
		} catch (InvalidLaunchSettingsException e) {
			throw LaunchFailure.of(e.getMessage());
		}
	}

	/** Where {@code project} is on the local file system. */
	static Path root(IProject project) throws CoreException {
		IPath location = project.getLocation();
		if (location == null) {
			throw LaunchFailure.of(NLS.bind(LaunchText.Delegate_noLocation, project.getName()));
		}
		return location.toPath();
	}

	/** The manifest of {@code project}, or a failure that lists its errors. */
	static Appliance checkedManifest(IProject project, Path root) throws CoreException {
		String name = project.getFile(ManifestCheck.MANIFEST_FILE).getFullPath().toString();
		ManifestCheck.Result result = new ManifestCheck().check(root.resolve(ManifestCheck.MANIFEST_FILE), root, name);
		if (result.hasErrors() || result.appliance() == null) {
			String problems = result.problems().stream().filter(ManifestProblem::isError).map(ManifestProblem::toString)
					.collect(Collectors.joining("\n")); //$NON-NLS-1$
			throw LaunchFailure.of(NLS.bind(LaunchText.Delegate_invalidManifest, project.getName(), problems));
		}
		return result.appliance();
	}

	private static String imageFormat(LaunchSettings settings, Appliance appliance) throws CoreException {
		try {
			return settings.imageFormat(ProjectOutputs.wanted(appliance));
		} catch (InvalidLaunchSettingsException e) {
			throw LaunchFailure.of(e.getMessage());
		}
	}

	private static void start(ILaunch launch, LaunchSettings settings, Appliance appliance, Path qemu, Path image, String format)
			throws CoreException {
		Path folder;
		Path vars = null;
		try {
			folder = Files.createTempDirectory("kiln-qemu-"); //$NON-NLS-1$
			if (MachineMapper.firmware(appliance) == QemuMachine.Firmware.UEFI) {
				vars = Files.copy(QemuMachine.OVMF_VARS, folder.resolve(QemuMachine.OVMF_VARS.getFileName()));
			}
		} catch (IOException e) {
			throw LaunchFailure.of(NLS.bind(LaunchText.Delegate_cannotPrepare, appliance.getId(), e.getMessage()));
		}
		List<PortForward> forwards = settings.forwards() != null ? settings.forwards() : ManifestForwards.of(appliance, HostPorts.LOOPBACK);
		Accelerator accelerator = Accelerator.detect();
		QemuMachine machine = MachineMapper.map(settings, appliance, qemu, image, format, accelerator, forwards, vars);
		List<String> command = machine.commandLine();
		Process process;
		try {
			process = DebugPlugin.exec(command.toArray(String[]::new), image.getParent().toFile(), null);
		} catch (CoreException e) {
			MachineCleanup.delete(folder);
			throw LaunchFailure.of(e.getStatus().getMessage());
		}
		String name = image.getFileName().toString();
		Map<String, String> attributes = new HashMap<>();
		attributes.put(IProcess.ATTR_PROCESS_TYPE, ApplianceLaunch.PROCESS_TYPE);
		attributes.put(IProcess.ATTR_CMDLINE, DebugPlugin.renderArguments(command.toArray(String[]::new), null));
		attributes.put(IProcess.ATTR_PROCESS_LABEL, NLS.bind(LaunchText.Process_booting, name, accelerator));
		launch.setAttribute(ApplianceLaunch.COMMAND_LINE, String.join("\n", command)); //$NON-NLS-1$
		String processName = NLS.bind(LaunchText.Delegate_processName, qemu.getFileName(), name);
		// the console shows the serial console's colours and leaves out the terminal controls it cannot show
		IProcess debugProcess = new QemuProcess(launch, new ConsoleProcess(process), processName, attributes);
		ReadyWatcher watcher = new ReadyWatcher(launch, debugProcess, name, accelerator.toString(), new ReadySigns(appliance.getId()),
				took -> recordBootTest(image, format, took));
		MachineCleanup.register(debugProcess, watcher, folder);
		watcher.attach();
	}

	/** The image booted and reported ready: the Publish wizard's review counts it as the boot test of this build. */
	private static void recordBootTest(Path image, String format, java.time.Duration took) {
		try {
			BootTestRecord.write(image.getParent(), format, took);
		} catch (IOException e) {
			ILog.of(ApplianceLaunchDelegate.class).warn(NLS.bind(LaunchText.Delegate_cannotRecordBootTest, image, e.getMessage()));
		}
	}
}
