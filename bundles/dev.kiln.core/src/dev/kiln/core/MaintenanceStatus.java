package dev.kiln.core;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import dev.kiln.build.MaintenanceReport;

/**
 * What the last maintenance check found for one appliance: a project's last build, or a published release.
 *
 * @param appliance  the appliance's id, or the project's name until its manifest was read
 * @param version    the version checked; empty when not known
 * @param where      where the checked packages are listed: the build's package list (a workspace path) or the release's
 *                   reference
 * @param state      whether a report came out of it
 * @param report     what the audit found; {@code null} unless {@link State#CHECKED}
 * @param note       why there is no report, in words; {@code null} with a report
 * @param checked    when the check ended
 */
public record MaintenanceStatus(String appliance, String version, String where, State state, MaintenanceReport report, String note,
		Instant checked) {

	/** How a check ended. */
	public enum State {
		/** The audit ran: see the report. */
		CHECKED,
		/** Nothing to audit: the manifest's version was not built, or the release has no SBOM listing packages. */
		NOT_BUILT,
		/** The audit could not run: a pocket could not be read, the manifest has errors, the registry did not answer. */
		FAILED
	}

	/** Checks the fields that go together. */
	public MaintenanceStatus {
		Objects.requireNonNull(appliance);
		Objects.requireNonNull(state);
		version = version == null ? "" : version; //$NON-NLS-1$
		where = where == null ? "" : where; //$NON-NLS-1$
		if ((state == State.CHECKED) != (report != null)) {
			throw new IllegalArgumentException(state.toString());
		}
	}

	/** @return the status of an audit that ran */
	public static MaintenanceStatus checked(String appliance, String version, String where, MaintenanceReport report) {
		return new MaintenanceStatus(appliance, version, where, State.CHECKED, report, null, report.checked());
	}

	/** @return the status of a check that found nothing to audit, saying why */
	public static MaintenanceStatus notBuilt(String appliance, String version, String where, String note) {
		return new MaintenanceStatus(appliance, version, where, State.NOT_BUILT, null, note, Instant.now());
	}

	/** @return the status of a check that failed, saying why */
	public static MaintenanceStatus failed(String appliance, String version, String where, String note) {
		return new MaintenanceStatus(appliance, version, where, State.FAILED, null, note, Instant.now());
	}

	/** @return the pending security fixes; none unless checked */
	public List<MaintenanceReport.PendingUpdate> securityFixes() {
		return report == null ? List.of() : report.securityUpdates();
	}

	/** @return how many other updates are pending; none unless checked */
	public int otherUpdates() {
		return report == null ? 0 : report.updates().size() - report.securityUpdates().size();
	}

	/** @return the CVE ids the pending security fixes name, sorted, each once */
	public List<String> cves() {
		return securityFixes().stream().flatMap(update -> update.cves().stream()).distinct().sorted().toList();
	}
}
