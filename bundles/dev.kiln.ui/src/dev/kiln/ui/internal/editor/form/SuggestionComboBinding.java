package dev.kiln.ui.internal.editor.form;

import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;

/**
 * An editable combo for a string attribute with well-known values (the Debian suite): any text
 * may be typed, written like a text field's, and the known values are offered in its list.
 */
public final class SuggestionComboBinding extends FieldBinding {

	private final Combo combo;
	private final Runnable commitLater = this::commit;
	private boolean pending;

	public SuggestionComboBinding(FormContext context, Combo combo, OwnerPath owner, EAttribute attribute,
			List<String> suggestions) {
		super(context, owner, attribute);
		this.combo = combo;
		combo.setItems(suggestions.toArray(String[]::new));
		combo.addListener(SWT.Modify, event -> {
			if (!isRefreshing()) {
				pending = true;
				combo.getDisplay().timerExec(TextBinding.TYPING_PAUSE_MILLIS, commitLater);
			}
		});
		combo.addListener(SWT.Selection, event -> {
			pending = true;
			commit();
		});
		combo.addListener(SWT.FocusOut, event -> commit());
		combo.addListener(SWT.DefaultSelection, event -> commit());
		combo.addListener(SWT.Dispose, event -> combo.getDisplay().timerExec(-1, commitLater));
		selectOwnerOnFocus();
	}

	@Override
	public Control control() {
		return combo;
	}

	@Override
	protected void show(EObject object, Object value, boolean isSet) {
		pending = false;
		String shown = value == null ? "" : value.toString(); //$NON-NLS-1$
		if (!shown.equals(combo.getText())) {
			combo.setText(shown);
		}
	}

	@Override
	public void commit() {
		if (!pending || combo.isDisposed()) {
			return;
		}
		pending = false;
		combo.getDisplay().timerExec(-1, commitLater);
		String text = combo.getText().strip();
		write(text.isEmpty() ? SetCommand.UNSET_VALUE : text);
	}

	@Override
	public void setEditable(boolean editable) {
		combo.setEnabled(editable);
	}
}
