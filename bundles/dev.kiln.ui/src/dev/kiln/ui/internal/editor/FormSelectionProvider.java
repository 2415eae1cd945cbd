package dev.kiln.ui.internal.editor;

import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.part.MultiPageSelectionProvider;

/**
 * The manifest editor's selection: the text selection while the Source page is active, otherwise
 * the model object last focused or selected on a form page, so the Properties view follows both.
 */
final class FormSelectionProvider extends MultiPageSelectionProvider {

	private final ManifestEditor editor;
	private ISelection formSelection = StructuredSelection.EMPTY;

	FormSelectionProvider(ManifestEditor editor) {
		super(editor);
		this.editor = editor;
	}

	@Override
	public ISelection getSelection() {
		return editor.getActiveEditor() != null ? super.getSelection() : formSelection;
	}

	@Override
	public void setSelection(ISelection selection) {
		if (editor.getActiveEditor() != null) {
			super.setSelection(selection);
		} else {
			setFormSelection(selection);
		}
	}

	/** The selection of the form pages; announced when a form page is active. */
	void setFormSelection(ISelection selection) {
		formSelection = selection;
		if (editor.getActiveEditor() == null) {
			SelectionChangedEvent event = new SelectionChangedEvent(this, selection);
			fireSelectionChanged(event);
			firePostSelectionChanged(event);
		}
	}

	/** Announces the selection of the page that became active. */
	void pageChanged() {
		SelectionChangedEvent event = new SelectionChangedEvent(this, getSelection());
		fireSelectionChanged(event);
		firePostSelectionChanged(event);
	}
}
