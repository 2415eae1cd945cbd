package dev.kiln.image.debian;

import java.net.URI;
import java.util.Objects;

/**
 * One pocket of the Debian archive a build takes packages from, as a Debian installation's apt sources
 * list them: the release suite itself ({@code trixie}), its stable updates ({@code trixie-updates}) and
 * its security updates ({@code trixie-security}, on the security archive).
 *
 * @param kind    which of the three
 * @param suite   the suite's name on the mirror, e.g. {@code trixie-security}
 * @param mirror  the archive's base URI, ending in '/'
 */
public record Pocket(Kind kind, String suite, URI mirror) {

	/** The three pockets of a Debian release. */
	public enum Kind {
		/** The release suite, e.g. trixie. */
		RELEASE(""), //$NON-NLS-1$
		/** Stable updates: fixes published before the next point release, e.g. trixie-updates. */
		UPDATES("-updates"), //$NON-NLS-1$
		/** Security updates, on the security archive, e.g. trixie-security. */
		SECURITY("-security"); //$NON-NLS-1$

		private final String suffix;

		Kind(String suffix) {
			this.suffix = suffix;
		}

		/** @return the pocket's suite for a release codename, e.g. trixie-security for trixie */
		public String suite(String codename) {
			return codename + suffix;
		}
	}

	/** Checks that nothing is missing and makes the mirror end in '/'. */
	public Pocket {
		Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
		Objects.requireNonNull(suite, "suite"); //$NON-NLS-1$
		Objects.requireNonNull(mirror, "mirror"); //$NON-NLS-1$
		String text = mirror.toString();
		mirror = text.endsWith("/") ? mirror : URI.create(text + "/"); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
