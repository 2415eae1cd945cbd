package dev.kiln.ui.internal.editor.form;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

import dev.kiln.model.Appliance;

/**
 * A widget showing one feature of one object. It reads the model after every change
 * ({@link #refresh()}) and writes through a command of the editor's command stack.
 */
public abstract class FieldBinding {

	protected final FormContext context;
	protected final OwnerPath owner;
	protected final EStructuralFeature feature;
	private boolean refreshing;

	protected FieldBinding(FormContext context, OwnerPath owner, EStructuralFeature feature) {
		this.context = context;
		this.owner = owner;
		this.feature = feature;
	}

	public abstract Control control();

	/** Shows the model's current value. */
	public final void refresh() {
		refreshing = true;
		try {
			EObject object = owner.find(context.root());
			show(object, object == null ? null : object.eGet(feature), object != null && object.eIsSet(feature));
		} finally {
			refreshing = false;
		}
	}

	/**
	 * @param object
	 *            the owner, or {@code null} when it does not exist
	 * @param isSet
	 *            whether the manifest gives the value (otherwise it is the default)
	 */
	protected abstract void show(EObject object, Object value, boolean isSet);

	/** Writes a value typed but not yet written (typing is written after a pause or on leaving the field). */
	public void commit() {
		// most widgets write at once
	}

	public abstract void setEditable(boolean editable);

	/** @return whether this field shows this feature of this object */
	public boolean shows(EObject object, EStructuralFeature shown) {
		return feature == shown && object != null && owner.find(context.root()) == object;
	}

	/** @return the owner as it is now, or {@code null} */
	public EObject ownerNow() {
		return owner.find(context.root());
	}

	/** Focuses the widget, for "go to field". */
	public void reveal() {
		control().setFocus();
	}

	/** @return whether the widget is being filled from the model (its events are not edits) */
	protected boolean isRefreshing() {
		return refreshing;
	}

	/** Writes a value unless the model has it already. */
	protected void write(Object value) {
		if (refreshing) {
			return;
		}
		Appliance root = context.root();
		EObject object = owner.find(root);
		if (object != null) {
			boolean same = value == SetCommand.UNSET_VALUE ? !object.eIsSet(feature)
					: Objects.equals(value, object.eGet(feature)) && (object.eIsSet(feature) || !feature.isUnsettable());
			if (same) {
				return;
			}
		}
		context.model().execute(owner.set(context.model().domain(), root, feature, value));
	}

	/** Shows the owner in the Properties view when the widget gets focus. */
	protected void selectOwnerOnFocus() {
		control().addListener(SWT.FocusIn, event -> {
			EObject object = owner.find(context.root());
			if (object != null) {
				context.selected(object);
			}
		});
	}
}
