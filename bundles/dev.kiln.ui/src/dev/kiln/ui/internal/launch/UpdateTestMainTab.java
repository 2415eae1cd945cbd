package dev.kiln.ui.internal.launch;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import dev.kiln.core.internal.publish.MarketplaceStore;
import dev.kiln.core.internal.publish.SavedMarketplace;
import dev.kiln.launch.UpdateTestLaunch;
import dev.kiln.launch.internal.InvalidLaunchSettingsException;
import dev.kiln.launch.internal.UpdateTestSettings;
import dev.kiln.ui.internal.UIText;

/**
 * The "Update Test" tab: which project, the saved marketplace its releases are published on, and the published
 * version to update from (empty: the newest one older than the project's).
 */
final class UpdateTestMainTab extends ApplianceProjectTab {

	private Combo marketplace;
	private Text fromVersion;
	/** The names of the workspace's marketplaces, as the combo lists them first. */
	private List<String> saved = List.of();

	@Override
	public String getName() {
		return UIText.UpdateTestTab_name;
	}

	@Override
	public String getId() {
		return "dev.kiln.ui.updateTestTab"; //$NON-NLS-1$
	}

	@Override
	public Image getImage() {
		return LaunchImages.updateTest();
	}

	@Override
	public void createControl(Composite parent) {
		Composite composite = createPage(parent);

		new Label(composite, SWT.NONE).setText(UIText.UpdateTestTab_marketplace);
		marketplace = new Combo(composite, SWT.READ_ONLY);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(marketplace);

		new Label(composite, SWT.NONE).setText(UIText.UpdateTestTab_fromVersion);
		fromVersion = new Text(composite, SWT.SINGLE | SWT.BORDER);
		fromVersion.setMessage(UIText.UpdateTestTab_fromNewest);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(fromVersion);

		Label about = new Label(composite, SWT.WRAP);
		about.setText(UIText.UpdateTestTab_about);
		GridDataFactory.fillDefaults().span(3, 1).hint(400, SWT.DEFAULT).grab(true, false).indent(0, 10).applyTo(about);

		project.addListener(SWT.Modify, e -> updateLaunchConfigurationDialog());
		marketplace.addListener(SWT.Selection, e -> updateLaunchConfigurationDialog());
		fromVersion.addListener(SWT.Modify, e -> updateLaunchConfigurationDialog());
	}

	/** The saved marketplaces' names (preferences: quick to read). */
	private static List<String> savedMarketplaces() {
		return new MarketplaceStore().marketplaces().stream().map(SavedMarketplace::name).toList();
	}

	@Override
	String chooseProjectMessage() {
		return UIText.UpdateTestTab_chooseProjectMessage;
	}

	@Override
	String configurationName(IProject selected) {
		return UIText.bind(UIText.UpdateTestShortcut_configurationName, selected.getName());
	}

	@Override
	public void initializeFrom(ILaunchConfiguration configuration) {
		try {
			project.setText(configuration.getAttribute(UpdateTestLaunch.ATTR_PROJECT, "")); //$NON-NLS-1$
			saved = savedMarketplaces();
			List<String> items = new ArrayList<>(saved);
			String chosen = configuration.getAttribute(UpdateTestLaunch.ATTR_MARKETPLACE, ""); //$NON-NLS-1$
			if (!chosen.isEmpty() && !items.contains(chosen)) {
				items.add(chosen); // no longer saved: shown, and the tab says so
			}
			marketplace.setItems(items.toArray(String[]::new));
			marketplace.select(chosen.isEmpty() ? 0 : items.indexOf(chosen));
			fromVersion.setText(configuration.getAttribute(UpdateTestLaunch.ATTR_FROM_VERSION, "")); //$NON-NLS-1$
		} catch (CoreException e) {
			setErrorMessage(e.getMessage());
		}
	}

	@Override
	public void performApply(ILaunchConfigurationWorkingCopy configuration) {
		applyProject(configuration);
		configuration.setAttribute(UpdateTestLaunch.ATTR_MARKETPLACE, marketplace.getText());
		configuration.setAttribute(UpdateTestLaunch.ATTR_FROM_VERSION, fromVersion.getText().trim());
	}

	@Override
	public boolean isValid(ILaunchConfiguration configuration) {
		setErrorMessage(null);
		try {
			UpdateTestSettings.parse(project.getText(), marketplace.getText(), fromVersion.getText(), saved);
			return true;
		} catch (InvalidLaunchSettingsException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
	}
}
