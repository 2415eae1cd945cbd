package dev.kiln.ui.internal.launch;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.FileFieldEditor;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

import dev.kiln.launch.QemuPreferences;
import dev.kiln.ui.internal.UIText;

/** Window → Preferences → Kiln → QEMU: which qemu-system-x86_64 runs appliances. */
public final class QemuPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	/** The page's id in plugin.xml. */
	public static final String ID = "dev.kiln.ui.preferences.qemu"; //$NON-NLS-1$

	public QemuPreferencePage() {
		super(GRID);
		setDescription(UIText.QemuPreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(new ScopedPreferenceStore(InstanceScope.INSTANCE, QemuPreferences.QUALIFIER));
	}

	@Override
	protected void createFieldEditors() {
		// checked as the user types: FileFieldEditor's default, on focus lost, lets "Apply and Close" store a wrong path
		FileFieldEditor path = new FileFieldEditor(QemuPreferences.QEMU_PATH, UIText.QemuPreferencePage_path, true,
				StringFieldEditor.VALIDATE_ON_KEY_STROKE, getFieldEditorParent());
		path.setEmptyStringAllowed(true);
		path.setErrorMessage(UIText.QemuPreferencePage_pathInvalid);
		addField(path);
	}
}
