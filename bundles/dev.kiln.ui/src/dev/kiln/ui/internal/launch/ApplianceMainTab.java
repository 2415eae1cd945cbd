package dev.kiln.ui.internal.launch;

import java.util.Arrays;
import java.util.Optional;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PreferencesUtil;

import dev.kiln.launch.ApplianceLaunch;
import dev.kiln.launch.internal.InvalidLaunchSettingsException;
import dev.kiln.launch.internal.LaunchSettings;
import dev.kiln.launch.internal.PortForwards;
import dev.kiln.ui.internal.UIText;

/**
 * The "Appliance" tab: which project, which image, and what to change of the manifest's machine (memory,
 * CPUs, port forwards, more QEMU options). Empty fields keep the manifest's values, which the tab shows
 * once it has read the manifest in the background.
 */
final class ApplianceMainTab extends ApplianceProjectTab {

	private static final String[] FORMAT_VALUES = { "", "qcow2", "raw" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private Combo format;
	private Text memory;
	private Text cpus;
	private Button manifestPorts;
	private Text forwards;
	private Text extraArguments;
	private String typedForwards = ""; //$NON-NLS-1$
	private Job defaultsJob;

	@Override
	public String getName() {
		return UIText.ApplianceTab_name;
	}

	@Override
	public String getId() {
		return "dev.kiln.ui.applianceTab"; //$NON-NLS-1$
	}

	@Override
	public Image getImage() {
		return LaunchImages.launch();
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = createPage(parent);

		label(composite, UIText.ApplianceTab_format);
		format = new Combo(composite, SWT.READ_ONLY);
		format.setItems(UIText.ApplianceTab_formatFromManifest, "qcow2", "raw"); //$NON-NLS-1$ //$NON-NLS-2$
		GridDataFactory.swtDefaults().span(2, 1).applyTo(format);
		format.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());

		memory = text(composite, UIText.ApplianceTab_memory, 2);
		cpus = text(composite, UIText.ApplianceTab_cpus, 2);

		manifestPorts = new Button(composite, SWT.CHECK);
		manifestPorts.setText(UIText.ApplianceTab_manifestPorts);
		GridDataFactory.swtDefaults().span(3, 1).applyTo(manifestPorts);
		manifestPorts.addListener(SWT.Selection, e -> portsModeChanged());
		forwards = text(composite, UIText.ApplianceTab_forwards, 2);
		Label hint = new Label(composite, SWT.WRAP);
		hint.setText(UIText.ApplianceTab_forwardsHint);
		GridDataFactory.fillDefaults().span(3, 1).hint(400, SWT.DEFAULT).grab(true, false).applyTo(hint);

		extraArguments = text(composite, UIText.ApplianceTab_extraArguments, 2);

		Link preferences = new Link(composite, SWT.NONE);
		preferences.setText(UIText.ApplianceTab_qemuLink);
		GridDataFactory.swtDefaults().span(3, 1).indent(0, 10).applyTo(preferences);
		preferences.addListener(SWT.Selection, e -> PreferencesUtil.createPreferenceDialogOn(getShell(), QemuPreferencePage.ID,
				new String[] { QemuPreferencePage.ID }, null).open());

		project.addListener(SWT.Modify, e -> {
			readManifestDefaults();
			updateLaunchConfigurationDialog();
		});
		for (Text field : new Text[] { memory, cpus, extraArguments }) {
			field.addListener(SWT.Modify, e -> updateLaunchConfigurationDialog());
		}
		forwards.addListener(SWT.Modify, e -> {
			if (!manifestPorts.getSelection()) {
				typedForwards = forwards.getText();
				updateLaunchConfigurationDialog();
			}
		});
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static Text text(Composite parent, String labelText, int span) {
		label(parent, labelText);
		Text text = new Text(parent, SWT.SINGLE | SWT.BORDER);
		GridDataFactory.fillDefaults().span(span, 1).grab(true, false).applyTo(text);
		return text;
	}

	private void portsModeChanged() {
		boolean fromManifest = manifestPorts.getSelection();
		forwards.setEditable(!fromManifest);
		if (fromManifest) {
			readManifestDefaults();
		} else {
			forwards.setText(typedForwards);
		}
		updateLaunchConfigurationDialog();
	}

	/** Shows the manifest's machine as hints (and its ports when they are used), read in the background. */
	private void readManifestDefaults() {
		if (defaultsJob != null) {
			defaultsJob.cancel();
		}
		String name = project.getText().trim();
		if (name.isEmpty() || !ResourcesPlugin.getWorkspace().validateName(name, IResource.PROJECT).isOK()) {
			return;
		}
		IProject chosen = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		Display display = project.getDisplay();
		defaultsJob = Job.create(UIText.ApplianceTab_readingManifest, (IProgressMonitor monitor) -> {
			Optional<ManifestDefaults> defaults = chosen.isAccessible() ? ManifestDefaults.read(chosen) : Optional.empty();
			if (!monitor.isCanceled()) {
				defaults.ifPresent(d -> display.asyncExec(() -> showDefaults(name, d)));
			}
			return Status.OK_STATUS;
		});
		defaultsJob.setSystem(true);
		defaultsJob.schedule();
	}

	private void showDefaults(String projectName, ManifestDefaults defaults) {
		if (getControl() == null || getControl().isDisposed() || !project.getText().trim().equals(projectName)) {
			return;
		}
		memory.setMessage(NLS.bind(UIText.ApplianceTab_fromManifest, defaults.memoryMb()));
		cpus.setMessage(NLS.bind(UIText.ApplianceTab_fromManifest, defaults.cpus()));
		if (manifestPorts.getSelection()) {
			forwards.setText(PortForwards.format(defaults.forwards()));
		}
	}

	@Override
	String chooseProjectMessage() {
		return UIText.ApplianceTab_chooseProjectMessage;
	}

	@Override
	String configurationName(IProject selected) {
		return selected.getName();
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			project.setText(configuration.getAttribute(ApplianceLaunch.ATTR_PROJECT, "")); //$NON-NLS-1$
			int index = Arrays.asList(FORMAT_VALUES).indexOf(configuration.getAttribute(ApplianceLaunch.ATTR_FORMAT, "")); //$NON-NLS-1$
			format.select(Math.max(index, 0));
			memory.setText(configuration.getAttribute(ApplianceLaunch.ATTR_MEMORY_MB, "")); //$NON-NLS-1$
			cpus.setText(configuration.getAttribute(ApplianceLaunch.ATTR_CPUS, "")); //$NON-NLS-1$
			boolean fromManifest = !configuration.hasAttribute(ApplianceLaunch.ATTR_FORWARDS);
			typedForwards = configuration.getAttribute(ApplianceLaunch.ATTR_FORWARDS, ""); //$NON-NLS-1$
			manifestPorts.setSelection(fromManifest);
			forwards.setEditable(!fromManifest);
			forwards.setText(fromManifest ? "" : typedForwards); //$NON-NLS-1$
			extraArguments.setText(configuration.getAttribute(ApplianceLaunch.ATTR_EXTRA_ARGUMENTS, "")); //$NON-NLS-1$
			readManifestDefaults();
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		applyProject(configuration);
		configuration.setAttribute(ApplianceLaunch.ATTR_FORMAT, FORMAT_VALUES[Math.max(format.getSelectionIndex(), 0)]);
		configuration.setAttribute(ApplianceLaunch.ATTR_MEMORY_MB, memory.getText().trim());
		configuration.setAttribute(ApplianceLaunch.ATTR_CPUS, cpus.getText().trim());
		configuration.setAttribute(ApplianceLaunch.ATTR_FORWARDS, manifestPorts.getSelection() ? null : typedForwards.trim());
		configuration.setAttribute(ApplianceLaunch.ATTR_EXTRA_ARGUMENTS, extraArguments.getText().trim());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		try {
			LaunchSettings.parse(project.getText(), FORMAT_VALUES[Math.max(format.getSelectionIndex(), 0)], memory.getText(), cpus.getText(),
					manifestPorts.getSelection() ? null : forwards.getText(), extraArguments.getText());
			return true;
		} catch (InvalidLaunchSettingsException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}

	@Override
	public void dispose() {
		if (defaultsJob != null) {
			defaultsJob.cancel();
		}
		super.dispose();
	}
}
