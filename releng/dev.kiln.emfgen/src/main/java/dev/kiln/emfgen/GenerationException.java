package dev.kiln.emfgen;

/** The genmodel is invalid or EMF reported an error while generating. */
final class GenerationException extends Exception {

	private static final long serialVersionUID = 1L;

	GenerationException(String message) {
		super(message);
	}
}
