package dev.kiln.ui.internal.editor.form;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;

/** A read-only combo for an enumeration attribute, written on selection. */
public final class ComboBinding extends FieldBinding {

	private final Combo combo;
	private final List<EEnumLiteral> literals;

	public ComboBinding(FormContext context, Combo combo, OwnerPath owner, EAttribute attribute) {
		super(context, owner, attribute);
		this.combo = combo;
		this.literals = ((EEnum) attribute.getEAttributeType()).getELiterals();
		combo.setItems(literals.stream().map(EEnumLiteral::getLiteral).toArray(String[]::new));
		combo.addListener(SWT.Selection, event -> {
			int index = combo.getSelectionIndex();
			if (index >= 0) {
				write(literals.get(index).getInstance());
			}
		});
		selectOwnerOnFocus();
	}

	@Override
	public Control control() {
		return combo;
	}

	@Override
	protected void show(EObject object, Object value, boolean isSet) {
		Object shown = object == null ? feature.getDefaultValue() : value;
		for (int i = 0; i < literals.size(); i++) {
			if (literals.get(i).getInstance() == shown) {
				if (combo.getSelectionIndex() != i) {
					combo.select(i);
				}
				return;
			}
		}
		if (combo.getSelectionIndex() >= 0) {
			combo.deselectAll();
		}
	}

	@Override
	public void setEditable(boolean editable) {
		combo.setEnabled(editable);
	}
}
