package dev.kiln.ui.internal.wizards;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

import dev.kiln.core.ApplianceTemplate;
import dev.kiln.ui.internal.UIText;

/** Project name and location (from the platform's page) plus the template to start from. */
class ApplianceProjectPage extends WizardNewProjectCreationPage {

	private ApplianceTemplate template = ApplianceTemplate.MINIMAL_SERVICE;

	ApplianceProjectPage() {
		super("applianceProject"); //$NON-NLS-1$
		setTitle(UIText.ApplianceProjectPage_title);
		setDescription(UIText.ApplianceProjectPage_description);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		Composite control = (Composite) getControl();
		Group group = new Group(control, SWT.NONE);
		group.setText(UIText.ApplianceProjectPage_template);
		GridLayoutFactory.swtDefaults().numColumns(1).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
		Label description = new Label(group, SWT.WRAP);
		for (ApplianceTemplate t : ApplianceTemplate.values()) {
			Button radio = new Button(group, SWT.RADIO);
			radio.setText(t.label());
			radio.setSelection(t == template);
			radio.addListener(SWT.Selection, e -> {
				if (radio.getSelection()) {
					template = t;
					description.setText(t.description());
					group.layout(true);
				}
			});
		}
		description.moveBelow(null);
		description.setText(template.description());
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).indent(0, 6).applyTo(description);
	}

	ApplianceTemplate template() {
		return template;
	}
}
