package dev.kiln.ui.internal.editor;

import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;

/**
 * The editor's command stack. Before any command runs, is undone or redone, the editor brings the
 * model up to date with the Source page ({@code beforeChange}); when the source cannot be read,
 * the change is refused, so no edit is ever made on a model that the text no longer matches.
 */
final class ManifestCommandStack extends BasicCommandStack {

	private final BooleanSupplier beforeChange;

	ManifestCommandStack(BooleanSupplier beforeChange) {
		this.beforeChange = beforeChange;
	}

	@Override
	public void execute(Command command) {
		if (beforeChange.getAsBoolean()) {
			super.execute(command);
		} else if (command != null) {
			command.dispose();
		}
	}

	@Override
	public void undo() {
		if (beforeChange.getAsBoolean()) {
			super.undo();
		}
	}

	@Override
	public void redo() {
		if (beforeChange.getAsBoolean()) {
			super.redo();
		}
	}

	/** Runs a command without the check: for applying the source itself. */
	void executeUnchecked(Command command) {
		super.execute(command);
	}
}
