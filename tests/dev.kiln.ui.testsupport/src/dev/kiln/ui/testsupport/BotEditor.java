package dev.kiln.ui.testsupport;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.PlatformUI;

/** An editor of the active workbench page. */
public class BotEditor extends BotWorkbenchPart<IEditorReference> {

	public BotEditor(IEditorReference reference, Bot bot) {
		super(reference, bot);
	}

	public boolean isDirty() {
		return UIThreadRunnable.syncExec(reference::isDirty);
	}

	/** Saves the editor's content, as File → Save does. */
	public void save() {
		UIThreadRunnable.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().saveEditor(reference.getEditor(true), false));
	}

	/** Closes the editor, discarding unsaved changes. */
	public void close() {
		UIThreadRunnable.syncExec(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeEditors(new IEditorReference[] { reference }, false));
	}
}
