package dev.kiln.launch.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.IStatusHandler;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.LaunchConfigurationDelegate;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ProjectOutputs;
import dev.kiln.build.ProjectRelease;
import dev.kiln.build.UpdateTest;
import dev.kiln.core.ApplianceBuildJob;
import dev.kiln.core.internal.MonitorProgress;
import dev.kiln.core.internal.publish.MarketplaceStore;
import dev.kiln.core.internal.publish.SavedMarketplace;
import dev.kiln.core.internal.publish.VendorIdentityStore;
import dev.kiln.image.Progress;
import dev.kiln.image.identity.IdentityException;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.image.qemu.Accelerator;
import dev.kiln.image.qemu.QemuMachine;
import dev.kiln.launch.QemuPreferences;
import dev.kiln.launch.UpdateTestLaunch;
import dev.kiln.model.Appliance;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;

/**
 * Runs the vendor's update test ({@link UpdateTest}) of an appliance project: checks the manifest, builds the project
 * when its images are stale ({@link ImageBuild}), connects to the saved marketplace with the vendor identity, and runs
 * the test in the launch's job, its console in an {@link UpdateTestProcess}. How it ended is the process's exit value
 * and a status the UI shows ({@link UpdateTestLaunch#TEST_PASSED}, {@link UpdateTestLaunch#TEST_FAILED}); a test
 * that cannot run fails the launch with a message that says what to do.
 */
public final class UpdateTestLaunchDelegate extends LaunchConfigurationDelegate {

	/** No workspace build: the manifest is checked and the images built here, when needed. */
	@Override
	public boolean buildForLaunch(ILaunchConfiguration configuration, String mode, IProgressMonitor monitor) {
		return false;
	}

	@Override
	public void launch(ILaunchConfiguration configuration, String mode, ILaunch launch, IProgressMonitor monitor) throws CoreException {
		MarketplaceStore store = new MarketplaceStore();
		List<SavedMarketplace> saved = store.marketplaces();
		UpdateTestSettings settings = settings(configuration, saved);
		IProject project = settings.project();
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(LaunchText.UpdateTest_task, project.getName()), 100);
		Path qemu = QemuLocator.qemu();
		Path root = ApplianceLaunchDelegate.root(project);
		progress.subTask(LaunchText.Delegate_checking);
		Appliance appliance = ApplianceLaunchDelegate.checkedManifest(project, root);
		if (appliance.getUpdates() == null) {
			throw LaunchFailure.of(NLS.bind(LaunchText.UpdateTest_noUpdates, project.getName()));
		}
		if (MachineMapper.firmware(appliance) == QemuMachine.Firmware.UEFI) {
			QemuLocator.requireOvmf();
		}
		SavedMarketplace chosen = saved.stream().filter(m -> m.name().equals(settings.marketplace())).findFirst().orElseThrow();
		Marketplace marketplace = connect(store, chosen);
		VendorIdentity identity = identity();
		progress.worked(5);
		Path outputs = ProjectOutputs.folder(root);
		Path bundle = outputs.resolve(ProjectRelease.updateBundleName(appliance));
		if (!new ImageBuild(project, root, bundle).runIfStale(progress.split(45))) {
			return; // cancelled: the framework removes the launch
		}

		String name = NLS.bind(LaunchText.UpdateTest_processName, appliance.getId(), appliance.getVersion());
		Map<String, String> attributes = new HashMap<>();
		attributes.put(IProcess.ATTR_PROCESS_TYPE, UpdateTestLaunch.PROCESS_TYPE);
		attributes.put(IProcess.ATTR_PROCESS_LABEL, NLS.bind(LaunchText.UpdateTest_running, name, chosen.name()));
		launch.setAttribute(DebugPlugin.ATTR_CONSOLE_ENCODING, "UTF-8"); //$NON-NLS-1$
		UpdateTestProcess test = new UpdateTestProcess();
		IProcess process = new UpdateTestRuntimeProcess(launch, test, name, attributes);
		UpdateTest.Result result;
		try {
			result = new UpdateTest(marketplace, chosen.target().repositoryOf(appliance.getId()), test::write).run(
					new UpdateTest.Request(root, outputs, appliance, settings.fromVersion(), identity, qemu, Accelerator.detect(),
							UpdateTest.DEFAULT_LIMIT, ApplianceBuildJob.defaultCacheDirectory().resolve(UpdateTest.DOWNLOADS_FOLDER)),
					new TestProgress(new MonitorProgress(progress.newChild(50), monitor), monitor, test));
		} catch (UpdateTest.Failure e) {
			test.write(NLS.bind(LaunchText.UpdateTest_notRun, e.getMessage()));
			process.setAttribute(IProcess.ATTR_PROCESS_LABEL, NLS.bind(LaunchText.UpdateTest_notRunLabel, name));
			test.end(UpdateTestLaunch.EXIT_NOT_RUN);
			throw LaunchFailure.of(e.getMessage());
		} finally {
			refresh(project);
		}
		if (result == null) {
			test.write(LaunchText.UpdateTest_cancelled);
			process.setAttribute(IProcess.ATTR_PROCESS_LABEL, NLS.bind(LaunchText.UpdateTest_cancelledLabel, name));
			test.end(UpdateTestLaunch.EXIT_NOT_RUN);
			return;
		}
		process.setAttribute(IProcess.ATTR_PROCESS_LABEL, result.passed()
				? NLS.bind(LaunchText.UpdateTest_passedLabel, new Object[] { name, result.from(), result.took().toSeconds() })
				: NLS.bind(LaunchText.UpdateTest_failedLabel, name, result.from()));
		test.end(result.passed() ? UpdateTestLaunch.EXIT_PASSED : UpdateTestLaunch.EXIT_FAILED);
		progress.done();
		tell(launch, result, appliance.getId());
	}

	private static UpdateTestSettings settings(ILaunchConfiguration configuration, List<SavedMarketplace> saved) throws CoreException {
		try {
			return UpdateTestSettings.read(configuration, saved.stream().map(SavedMarketplace::name).toList());
		} catch (InvalidLaunchSettingsException e) {
			throw LaunchFailure.of(e.getMessage());
		}
	}

	/** The marketplace, with the password secure storage keeps for it. */
	private static Marketplace connect(MarketplaceStore store, SavedMarketplace saved) throws CoreException {
		try {
			return Marketplaces.connect(saved.target(), store.credentials(saved));
		} catch (StorageException e) {
			throw LaunchFailure.of(NLS.bind(LaunchText.UpdateTest_noPassword, saved.name(), e.getMessage()));
		} catch (PublishException e) {
			throw LaunchFailure.of(e.getMessage());
		}
	}

	/** The vendor identity that signed the build's update bundle and signs the test's update index. */
	private static VendorIdentity identity() throws CoreException {
		try {
			return new VendorIdentityStore().identity().orElseThrow(() -> LaunchFailure.of(LaunchText.UpdateTest_noIdentity));
		} catch (IdentityException e) {
			throw LaunchFailure.of(e.getMessage());
		}
	}

	/** The test wrote its record into the derived output folder: the workspace learns of it. */
	private static void refresh(IProject project) {
		try {
			project.getFolder(ProjectOutputs.FOLDER).refreshLocal(IResource.DEPTH_ONE, null);
		} catch (CoreException e) {
			// the next refresh finds it; the review reads the file, not the resource
		}
	}

	/** Tells the user how the test ended, through the status handler the UI registers for the code. */
	private static void tell(ILaunch launch, UpdateTest.Result result, String id) {
		IStatus status = result.passed()
				? new Status(IStatus.INFO, QemuPreferences.QUALIFIER, UpdateTestLaunch.TEST_PASSED,
						NLS.bind(LaunchText.UpdateTest_passed, new Object[] { id, result.from(), result.to(), result.message(), result.took().toSeconds() }),
						null)
				: new Status(IStatus.ERROR, QemuPreferences.QUALIFIER, UpdateTestLaunch.TEST_FAILED,
						NLS.bind(LaunchText.UpdateTest_failed, new Object[] { id, result.from(), result.to(), result.message() }), null);
		IStatusHandler handler = DebugPlugin.getDefault().getStatusHandler(status);
		if (handler == null) {
			ILog.of(UpdateTestLaunchDelegate.class).log(status);
			return;
		}
		try {
			handler.handleStatus(status, launch);
		} catch (CoreException e) {
			ILog.of(UpdateTestLaunchDelegate.class).log(status);
		}
	}

	/** The engine's progress on the launch's monitor; cancelled from the progress view or by terminating the process. */
	private record TestProgress(Progress shown, IProgressMonitor monitor, UpdateTestProcess process) implements Progress {

		@Override
		public void phase(String name, long totalUnits) {
			shown.phase(name, totalUnits);
		}

		@Override
		public void worked(long units) {
			shown.worked(units);
		}

		@Override
		public void log(String line) {
			shown.log(line);
		}

		@Override
		public boolean isCancelled() {
			return monitor.isCanceled() || process.isCancelled();
		}
	}
}
