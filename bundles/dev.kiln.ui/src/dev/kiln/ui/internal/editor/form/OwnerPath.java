package dev.kiln.ui.internal.editor.form;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import dev.kiln.model.Appliance;

/**
 * Where the object a form field or table edits lives: found again from the current root after
 * every change (the root itself is replaced when the source is read again), and created together
 * with its missing containers when a value is entered, so typing a CPU count into a manifest
 * without {@code <hardware>} adds the element in the same undoable step.
 */
public abstract class OwnerPath {

	/** @return the owner in this model, or {@code null} when it does not exist (yet) */
	public abstract EObject find(Appliance root);

	/**
	 * @return a command that sets {@code feature} of the owner to {@code value}
	 *         ({@link SetCommand#UNSET_VALUE} to unset), creating the owner if needed; {@code null}
	 *         when there is nothing to do
	 */
	public Command set(EditingDomain domain, Appliance root, EStructuralFeature feature, Object value) {
		EObject owner = find(root);
		if (owner != null) {
			return SetCommand.create(domain, owner, feature, value);
		}
		if (value == SetCommand.UNSET_VALUE || value == null) {
			return null;
		}
		return create(domain, root, created -> created.eSet(feature, value));
	}

	/** @return a command that adds objects to a list of the owner, creating the owner if needed */
	public Command add(EditingDomain domain, Appliance root, EStructuralFeature list, Collection<?> values) {
		EObject owner = find(root);
		if (owner != null) {
			return AddCommand.create(domain, owner, list, values);
		}
		return create(domain, root, created -> {
			@SuppressWarnings("unchecked")
			List<Object> items = (List<Object>) created.eGet(list);
			items.addAll(values);
		});
	}

	/**
	 * @param fill
	 *            gives the newly created owner its first value
	 * @return a command creating the owner, or {@code null} when it cannot be created
	 */
	protected abstract Command create(EditingDomain domain, Appliance root, java.util.function.Consumer<EObject> fill);

	/** The appliance itself. */
	public static OwnerPath root() {
		return new ContainmentPath(List.of());
	}

	/** The object reached from the appliance through single containment references. */
	public static OwnerPath of(EReference... chain) {
		return new ContainmentPath(List.of(chain));
	}

	/** The object chosen elsewhere, e.g. the selected row of a table; never created. */
	public static OwnerPath selected(Supplier<EObject> selection) {
		return new OwnerPath() {
			@Override
			public EObject find(Appliance root) {
				EObject selected = selection.get();
				return selected != null && root != null && EcoreUtil.getRootContainer(selected) == root ? selected : null;
			}

			@Override
			protected Command create(EditingDomain domain, Appliance root, java.util.function.Consumer<EObject> fill) {
				return null;
			}
		};
	}

	private static final class ContainmentPath extends OwnerPath {

		private final List<EReference> chain;

		ContainmentPath(List<EReference> chain) {
			this.chain = chain;
		}

		@Override
		public EObject find(Appliance root) {
			EObject current = root;
			for (EReference reference : chain) {
				if (current == null) {
					return null;
				}
				current = (EObject) current.eGet(reference);
			}
			return current;
		}

		@Override
		protected Command create(EditingDomain domain, Appliance root, java.util.function.Consumer<EObject> fill) {
			if (root == null) {
				return null;
			}
			EObject existing = root;
			int missing = 0;
			while (missing < chain.size() && existing.eGet(chain.get(missing)) instanceof EObject next) {
				existing = next;
				missing++;
			}
			EObject top = EcoreUtil.create(chain.get(missing).getEReferenceType());
			EObject deepest = top;
			for (int i = missing + 1; i < chain.size(); i++) {
				EObject child = EcoreUtil.create(chain.get(i).getEReferenceType());
				deepest.eSet(chain.get(i), child);
				deepest = child;
			}
			fill.accept(deepest);
			return SetCommand.create(domain, existing, chain.get(missing), top);
		}
	}
}
