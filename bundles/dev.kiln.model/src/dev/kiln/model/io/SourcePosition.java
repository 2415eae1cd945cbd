package dev.kiln.model.io;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import dev.kiln.model.internal.io.PositionAdapter;

/**
 * Where an element was read from: line and column (1-based) of the end of its start tag, as SAX
 * reports it. Recorded for every object that {@link ManifestLoader} reads.
 */
public record SourcePosition(int line, int column) {

	/** @return the position of the object, or of its nearest container that has one */
	public static Optional<SourcePosition> of(EObject object) {
		for (EObject current = object; current != null; current = current.eContainer()) {
			SourcePosition position = PositionAdapter.find(current);
			if (position != null) {
				return Optional.of(position);
			}
		}
		return Optional.empty();
	}

	/** @return the line of {@link #of(EObject)}, or 0 when the object was not read from a file */
	public static int lineOf(EObject object) {
		return of(object).map(SourcePosition::line).orElse(0);
	}
}
