package dev.kiln.ui.internal.editor;

import java.util.EventObject;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;

import dev.kiln.ui.internal.UIText;

/**
 * Undo or Redo of the manifest editor's command stack: the workbench's Undo and Redo (Ctrl+Z,
 * Ctrl+Y, the Edit menu) while a form page, the Outline or the Properties view is active. Typing
 * not yet written is written first, so it is what Undo takes back.
 */
final class CommandStackAction extends Action implements CommandStackListener {

	private final boolean undo;
	private ManifestEditor editor;

	private CommandStackAction(boolean undo) {
		this.undo = undo;
		setId(undo ? ActionFactory.UNDO.getId() : ActionFactory.REDO.getId());
		setActionDefinitionId(undo ? "org.eclipse.ui.edit.undo" : "org.eclipse.ui.edit.redo"); //$NON-NLS-1$ //$NON-NLS-2$
		setImageDescriptor(PlatformUI.getWorkbench().getSharedImages()
				.getImageDescriptor(undo ? ISharedImages.IMG_TOOL_UNDO : ISharedImages.IMG_TOOL_REDO));
		update();
	}

	static CommandStackAction undo() {
		return new CommandStackAction(true);
	}

	static CommandStackAction redo() {
		return new CommandStackAction(false);
	}

	/** Follows the command stack of this editor ({@code null}: none). */
	void setEditor(ManifestEditor newEditor) {
		if (editor == newEditor) {
			return;
		}
		if (editor != null && editor.model() != null) {
			editor.model().removeListener(this);
		}
		editor = newEditor;
		if (editor != null && editor.model() != null) {
			editor.model().addListener(this);
		}
		update();
	}

	@Override
	public void run() {
		if (editor == null) {
			return;
		}
		editor.commitFields();
		ManifestCommandStack stack = editor.model().commandStack();
		if (undo && stack.canUndo()) {
			stack.undo();
		} else if (!undo && stack.canRedo()) {
			stack.redo();
		}
	}

	@Override
	public void commandStackChanged(EventObject event) {
		update();
	}

	private void update() {
		ManifestCommandStack stack = editor == null || editor.model() == null ? null : editor.model().commandStack();
		Command next = stack == null ? null : undo ? stack.getUndoCommand() : stack.getRedoCommand();
		setEnabled(next != null);
		String label = next == null || next.getLabel() == null ? "" : next.getLabel(); //$NON-NLS-1$
		setText(NLS.bind(undo ? UIText.ManifestEditor_undo : UIText.ManifestEditor_redo, label).strip());
	}
}
