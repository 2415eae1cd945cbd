package dev.kiln.ui.internal.editor.form;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import dev.kiln.ui.internal.UIText;

/**
 * An Add button's new element: an object of the name attribute's class, made from a name the
 * user types (refused at once if malformed).
 */
final class NamedElement implements ObjectTable.NewElement {

	private final String title;
	private final String message;
	private final Pattern valid;
	private final EAttribute name;

	NamedElement(String title, String message, Pattern valid, EAttribute name) {
		this.title = title;
		this.message = message;
		this.valid = valid;
		this.name = name;
	}

	@Override
	public EObject create(Shell shell, List<?> existing) {
		InputDialog dialog = new InputDialog(shell, title, message, "", //$NON-NLS-1$
				typed -> valid.matcher(typed.strip()).matches() ? null : NLS.bind(UIText.NamedElement_invalid, typed));
		if (dialog.open() != Window.OK) {
			return null;
		}
		EObject created = EcoreUtil.create(name.getEContainingClass());
		created.eSet(name, dialog.getValue().strip());
		return created;
	}
}
