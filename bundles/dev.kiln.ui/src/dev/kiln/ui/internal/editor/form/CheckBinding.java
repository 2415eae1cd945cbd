package dev.kiln.ui.internal.editor.form;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;

/** A check box for a boolean attribute, written on click. */
public final class CheckBinding extends FieldBinding {

	private final Button button;

	public CheckBinding(FormContext context, Button button, OwnerPath owner, EAttribute attribute) {
		super(context, owner, attribute);
		this.button = button;
		button.addListener(SWT.Selection, event -> write(Boolean.valueOf(button.getSelection())));
		selectOwnerOnFocus();
	}

	@Override
	public Control control() {
		return button;
	}

	@Override
	protected void show(EObject object, Object value, boolean isSet) {
		Object shown = object == null ? feature.getDefaultValue() : value;
		boolean checked = Boolean.TRUE.equals(shown);
		if (button.getSelection() != checked) {
			button.setSelection(checked);
		}
	}

	@Override
	public void setEditable(boolean editable) {
		button.setEnabled(editable);
	}
}
