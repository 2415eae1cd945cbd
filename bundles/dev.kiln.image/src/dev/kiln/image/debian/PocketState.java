package dev.kiln.image.debian;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * The state of one pocket when a build read it: what a build records next to its images and in its
 * release, so that the same archive state gives the same bytes and an audit knows what the images were
 * built from.
 *
 * @param suite            e.g. trixie-security
 * @param mirror           the archive it was read from
 * @param date             the signed Release's Date
 * @param inReleaseSha256  SHA-256 of the InRelease file as signed by the archive
 */
public record PocketState(String suite, URI mirror, Instant date, String inReleaseSha256) {

	/** Checks that nothing is missing. */
	public PocketState {
		Objects.requireNonNull(suite, "suite"); //$NON-NLS-1$
		Objects.requireNonNull(mirror, "mirror"); //$NON-NLS-1$
		Objects.requireNonNull(date, "date"); //$NON-NLS-1$
		Objects.requireNonNull(inReleaseSha256, "inReleaseSha256"); //$NON-NLS-1$
	}
}
