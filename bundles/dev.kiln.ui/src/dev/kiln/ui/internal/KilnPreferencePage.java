package dev.kiln.ui.internal;

import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;



/** Window → Preferences → Kiln: the root of Kiln's pages; it only says what is below. */
public final class KilnPreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	public KilnPreferencePage() {
		noDefaultAndApplyButton();
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to read
	}

	@Override
	protected Control createContents(Composite parent) {
		Label label = new Label(parent, SWT.WRAP);
		label.setText(UIText.KilnPreferencePage_description);
		return label;
	}
}
