package dev.kiln.ui.internal.editor.form;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.ui.forms.IMessageManager;

import dev.kiln.model.Appliance;
import dev.kiln.ui.internal.editor.ManifestModel;

/** What fields and tables of a form page need from it. */
public interface FormContext {

	ManifestModel model();

	/** @return the current root, or {@code null} while the manifest has never been readable */
	default Appliance root() {
		return model().root();
	}

	/** Shows the object in the Properties view (the editor's selection). */
	void selected(EObject object);

	IMessageManager messages();
}
