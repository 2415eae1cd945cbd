package dev.kiln.publish.storefront;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A release's security status as a {@link SecurityCheck} found it: when the archive was read, the security fixes
 * its packages lack and how many other updates are pending; or why it could not be checked. The storefront shows
 * it on the release and in {@code catalog.json}; the lists are kept in a fixed order, so the same status gives
 * the same page.
 *
 * @param checked       when the archive was read, or reading it failed; {@code null} when there was nothing to check
 * @param fixes         the pending security fixes, by package, architecture and shipped version
 * @param otherUpdates  how many other updates are pending (newer versions that fix no known vulnerability)
 * @param problem       why the release was not checked, or how its check failed, in words; {@code null} when it was
 */
public record SecurityStatus(Instant checked, List<Fix> fixes, int otherUpdates, String problem) {

	private static final Comparator<Fix> ORDER = Comparator.comparing(Fix::name).thenComparing(Fix::architecture)
			.thenComparing(Fix::shippedVersion);

	/**
	 * A security fix the release lacks.
	 *
	 * @param name            the installed package, e.g. busybox
	 * @param architecture    its architecture as installed; empty when not known
	 * @param shippedVersion  the version in the release
	 * @param fixedVersion    the version that fixes it
	 * @param pocket          the pocket that has the fixed version, e.g. trixie-security
	 * @param cves            the CVE ids the fix names, sorted; empty when its changelog names none
	 * @param summary         one line about the fix (from its changelog); empty when not known
	 */
	public record Fix(String name, String architecture, String shippedVersion, String fixedVersion, String pocket, List<String> cves,
			String summary) {

		/** Checks that nothing is missing; sorts the CVE ids, each once. */
		public Fix {
			Objects.requireNonNull(name, "name"); //$NON-NLS-1$
			architecture = architecture == null ? "" : architecture; //$NON-NLS-1$
			Objects.requireNonNull(shippedVersion, "shippedVersion"); //$NON-NLS-1$
			Objects.requireNonNull(fixedVersion, "fixedVersion"); //$NON-NLS-1$
			pocket = pocket == null ? "" : pocket; //$NON-NLS-1$
			cves = cves == null ? List.of() : List.copyOf(new TreeSet<>(cves));
			summary = summary == null ? "" : summary.strip(); //$NON-NLS-1$
		}
	}

	/** Sorts the fixes; a release that was not checked has none. */
	public SecurityStatus {
		fixes = fixes == null ? List.of() : fixes.stream().sorted(ORDER).toList();
		if (problem == null && checked == null) {
			throw new IllegalArgumentException("a checked release needs the time of its check"); //$NON-NLS-1$
		}
		if (problem != null && (!fixes.isEmpty() || otherUpdates != 0)) {
			throw new IllegalArgumentException("a release that was not checked has no pending updates"); //$NON-NLS-1$
		}
		if (otherUpdates < 0) {
			throw new IllegalArgumentException("otherUpdates < 0"); //$NON-NLS-1$
		}
	}

	/** A release checked at {@code checked}. */
	public static SecurityStatus checked(Instant checked, List<Fix> fixes, int otherUpdates) {
		return new SecurityStatus(Objects.requireNonNull(checked, "checked"), fixes, otherUpdates, null); //$NON-NLS-1$
	}

	/** A release with nothing to check (its SBOM lists no package, names no pocket): {@code reason} says which. */
	public static SecurityStatus notChecked(String reason) {
		return new SecurityStatus(null, List.of(), 0, Objects.requireNonNull(reason, "reason")); //$NON-NLS-1$
	}

	/** A release whose check failed at {@code attempted} (a pocket unreachable, a signature not trusted): {@code problem} says how. */
	public static SecurityStatus failed(Instant attempted, String problem) {
		return new SecurityStatus(Objects.requireNonNull(attempted, "attempted"), List.of(), 0, Objects.requireNonNull(problem, "problem")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return whether the archive was read for the release */
	public boolean isChecked() {
		return problem == null;
	}

	/** @return whether a check was tried and failed */
	public boolean failed() {
		return problem != null && checked != null;
	}

	/** @return whether it was checked and lacks security fixes */
	public boolean fixesPending() {
		return isChecked() && !fixes.isEmpty();
	}
}
