package dev.kiln.build;

import java.net.URI;
import java.util.List;

import dev.kiln.image.debian.Pocket;
import dev.kiln.publish.ReleaseSbom;

/**
 * What the maintenance audit of a published release checks against: the pockets its SBOM records (ADR 020), on the
 * mirrors the build read them from.
 */
public final class ReleaseAudit {

	private ReleaseAudit() {
	}

	/**
	 * @param mirror          the archive of the release and its updates instead of the recorded one; {@code null}: the
	 *                        recorded one
	 * @param securityMirror  the security archive instead of the recorded one; {@code null}: the recorded one
	 * @return the pockets the release's SBOM records, in its order; empty for a release published before Kiln recorded
	 *         them
	 */
	public static List<Pocket> recordedPockets(ReleaseSbom sbom, URI mirror, URI securityMirror) {
		return sbom.archiveState().stream().map(state -> {
			Pocket.Kind kind = kind(state.suite());
			URI override = kind == Pocket.Kind.SECURITY ? securityMirror : mirror;
			return new Pocket(kind, state.suite(), override != null ? override : state.mirror());
		}).toList();
	}

	/** @return the kind of a pocket by its suite's name: {@code trixie-security} is the security pocket of trixie */
	public static Pocket.Kind kind(String suite) {
		for (Pocket.Kind kind : List.of(Pocket.Kind.SECURITY, Pocket.Kind.UPDATES)) {
			if (suite.endsWith(kind.suite(""))) { //$NON-NLS-1$
				return kind;
			}
		}
		return Pocket.Kind.RELEASE;
	}
}
