package dev.kiln.ui.internal.editor;

import org.eclipse.jface.action.Action;
import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.editors.text.TextEditorActionContributor;
import org.eclipse.ui.part.MultiPageEditorActionBarContributor;
import org.eclipse.ui.texteditor.ITextEditor;

import dev.kiln.ui.internal.UIText;

/**
 * The manifest editor's actions: on the Source page those of a text editor (its own undo, find,
 * content assist…); on the form pages Undo and Redo of the editor's command stack and Revert.
 */
public final class ManifestEditorContributor extends MultiPageEditorActionBarContributor {

	private final TextEditorActionContributor textContributor = new TextEditorActionContributor();
	private final CommandStackAction undo = CommandStackAction.undo();
	private final CommandStackAction redo = CommandStackAction.redo();
	private final Action revert = new Action(UIText.ManifestEditor_revert) {
		@Override
		public void run() {
			if (editor != null) {
				editor.revert();
			}
		}
	};
	private ManifestEditor editor;

	@Override
	public void init(IActionBars bars, IWorkbenchPage page) {
		super.init(bars, page);
		textContributor.init(bars, page);
	}

	@Override
	public void setActiveEditor(IEditorPart part) {
		editor = part instanceof ManifestEditor manifestEditor ? manifestEditor : null;
		undo.setEditor(editor);
		redo.setEditor(editor);
		super.setActiveEditor(part);
	}

	@Override
	public void setActivePage(IEditorPart page) {
		IActionBars bars = getActionBars();
		if (page instanceof ITextEditor) {
			textContributor.setActiveEditor(page);
		} else {
			textContributor.setActiveEditor(null);
			bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), undo);
			bars.setGlobalActionHandler(ActionFactory.REDO.getId(), redo);
			bars.setGlobalActionHandler(ActionFactory.REVERT.getId(), revert);
		}
		bars.updateActionBars();
	}

	@Override
	public void dispose() {
		undo.setEditor(null);
		redo.setEditor(null);
		textContributor.dispose();
		super.dispose();
	}
}
