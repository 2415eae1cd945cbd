package dev.kiln.ui.internal.maintenance;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.kiln.core.MaintenanceWatch;
import dev.kiln.ui.internal.UIText;

/** Window → Preferences → Kiln → Maintenance: how often the appliances are checked for pending security fixes. */
public final class MaintenancePreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page's id in plugin.xml. */
	public static final String ID = "dev.kiln.ui.preferences.maintenance"; //$NON-NLS-1$

	/** A year: more is "never", which 0 says. */
	private static final int MAX_HOURS = 8760;

	public MaintenancePreferencePage() {
		super(GRID);
		setDescription(UIText.MaintenancePreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, MaintenanceWatch.QUALIFIER);
		store.setDefault(MaintenanceWatch.INTERVAL_HOURS, MaintenanceWatch.DEFAULT_INTERVAL_HOURS);
		setPreferenceStore(store);
	}

	@Override
	protected void createFieldEditors() {
		IntegerFieldEditor hours = new IntegerFieldEditor(MaintenanceWatch.INTERVAL_HOURS, UIText.MaintenancePreferencePage_interval,
				getFieldEditorParent());
		hours.setValidRange(0, MAX_HOURS);
		addField(hours);
	}
}
