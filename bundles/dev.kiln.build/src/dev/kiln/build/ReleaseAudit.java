package dev.kiln.build;

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

	/** @return the pockets the release's SBOM records, in its order; empty for a release published before Kiln recorded them */
	public static List<Pocket> recordedPockets(ReleaseSbom sbom) {
		return sbom.archiveState().stream().map(state -> new Pocket(kind(state.suite()), state.suite(), state.mirror())).toList();
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
