package dev.kiln.ui.internal.editor;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.resource.Resource;

import dev.kiln.model.Appliance;
import dev.kiln.ui.internal.UIText;

/**
 * Puts an appliance read from the Source page in place of the edited one: how a source edit
 * becomes a step of the editor's undo history.
 */
final class ReplaceRootCommand extends AbstractCommand {

	private final Resource resource;
	private final Appliance replacement;
	private Appliance replaced;

	ReplaceRootCommand(Resource resource, Appliance replacement) {
		super(UIText.ManifestEditor_sourceEditLabel);
		this.resource = resource;
		this.replacement = replacement;
	}

	@Override
	protected boolean prepare() {
		return replacement != null;
	}

	@Override
	public void execute() {
		replaced = resource.getContents().isEmpty() ? null : (Appliance) resource.getContents().get(0);
		put(replacement);
	}

	@Override
	public void undo() {
		put(replaced);
	}

	@Override
	public void redo() {
		put(replacement);
	}

	private void put(Appliance root) {
		if (root == null) {
			resource.getContents().clear();
		} else if (resource.getContents().isEmpty()) {
			resource.getContents().add(root);
		} else {
			resource.getContents().set(0, root);
		}
	}

	@Override
	public Collection<?> getResult() {
		return List.of(replacement);
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return List.of(replacement);
	}
}
