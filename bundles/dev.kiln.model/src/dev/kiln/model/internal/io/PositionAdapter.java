package dev.kiln.model.internal.io;

import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;

import dev.kiln.model.io.SourcePosition;

/** Remembers where in the file an object's element was read. */
public final class PositionAdapter extends AdapterImpl {

	private final SourcePosition position;

	private PositionAdapter(SourcePosition position) {
		this.position = position;
	}

	public static void attach(EObject object, SourcePosition position) {
		object.eAdapters().removeIf(PositionAdapter.class::isInstance);
		object.eAdapters().add(new PositionAdapter(position));
	}

	/** @return the recorded position, or {@code null} */
	public static SourcePosition find(Notifier object) {
		for (Object adapter : object.eAdapters()) {
			if (adapter instanceof PositionAdapter positionAdapter) {
				return positionAdapter.position;
			}
		}
		return null;
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == PositionAdapter.class;
	}
}
