package dev.kiln.ui.internal.editor.form;

import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;

import dev.kiln.ui.internal.UIText;

/** An Add button's new element, made from a name the user types (refused at once if malformed). */
final class NamedElement implements ObjectTable.NewElement {

	private final String title;
	private final String message;
	private final Pattern valid;
	private final Function<String, EObject> create;

	NamedElement(String title, String message, Pattern valid, Function<String, EObject> create) {
		this.title = title;
		this.message = message;
		this.valid = valid;
		this.create = create;
	}

	@Override
	public EObject create(org.eclipse.swt.widgets.Shell shell, java.util.List<?> existing) {
		InputDialog dialog = new InputDialog(shell, title, message, "", //$NON-NLS-1$
				name -> valid.matcher(name.strip()).matches() ? null : NLS.bind(UIText.NamedElement_invalid, name));
		return dialog.open() == Window.OK ? create.apply(dialog.getValue().strip()) : null;
	}
}
