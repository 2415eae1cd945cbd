package dev.kiln.publish;

/**
 * Why a release may not be published, for one field of the listing (e.g. {@code title},
 * {@code screenshots}, {@code version}); the message names the field in words.
 */
public record ListingProblem(String field, String message) {

	@Override
	public String toString() {
		return field + ": " + message; //$NON-NLS-1$
	}
}
