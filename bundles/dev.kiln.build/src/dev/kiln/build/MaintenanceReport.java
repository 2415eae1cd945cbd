package dev.kiln.build;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

import dev.kiln.build.internal.BuildText;
import dev.kiln.image.debian.DebianChangelog;
import dev.kiln.image.debian.PocketState;

/**
 * What a {@link MaintenanceAudit} found: the packages with newer versions in the archive's pockets, and the state of
 * the pockets it checked against. Rendered for people ({@link #text()}) and for programs ({@link #json()}, field names
 * stable, documented in docs/maintenance.md).
 *
 * @param subject      what was audited: {@code hello-appliance 1.0.0}, or a release reference
 * @param checked      when the pockets were read
 * @param pockets      the state of each pocket, in the order they were checked
 * @param packages     how many installed packages were checked
 * @param updates      the pending updates, by name
 * @param notInArchive the installed packages no pocket lists (local packages, or removed from the archive), by name
 * @param notes        what else the audit has to say (a version it could not read)
 */
public record MaintenanceReport(String subject, Instant checked, List<PocketState> pockets, int packages, List<PendingUpdate> updates,
		List<String> notInArchive, List<String> notes) {

	/** Copies the lists. */
	public MaintenanceReport {
		pockets = List.copyOf(pockets);
		updates = List.copyOf(updates);
		notInArchive = List.copyOf(notInArchive);
		notes = List.copyOf(notes);
	}

	/**
	 * An installed package with a newer version in a pocket.
	 *
	 * @param name             the package
	 * @param architecture     its architecture as installed
	 * @param shippedVersion   the version in the image
	 * @param candidateVersion the highest version the pockets have
	 * @param pocket           the suite of the pocket that has it, e.g. {@code trixie-security}
	 * @param source           its source package
	 * @param security         whether it is a security fix: from the security pocket, or its changelog entries name CVEs
	 * @param cves             the CVE ids its changelog entries above the shipped version name, by year and number
	 * @param urgency          the highest urgency of the new entries (low, medium, high, emergency, critical); empty when
	 *                         not known
	 * @param summary          one line: the first new entry's item naming a CVE, else the newest entry's summary; empty
	 *                         when the changelog is not available
	 * @param entries          the changelog entries above the shipped version, newest first
	 * @param changelogNote    why the changelog is not available; {@code null} when it is
	 */
	public record PendingUpdate(String name, String architecture, String shippedVersion, String candidateVersion, String pocket, String source,
			boolean security, List<String> cves, String urgency, String summary, List<DebianChangelog.Entry> entries, String changelogNote) {

		/** Copies the lists. */
		public PendingUpdate {
			cves = List.copyOf(cves);
			entries = List.copyOf(entries);
		}
	}

	/** @return the pending security fixes */
	public List<PendingUpdate> securityUpdates() {
		return updates.stream().filter(PendingUpdate::security).toList();
	}

	/** @return whether any security fix is pending: what {@code kiln audit} exits with 1 for */
	public boolean securityFixesPending() {
		return updates.stream().anyMatch(PendingUpdate::security);
	}

	/** One line: what is pending, and what it was checked against (the last line of {@code kiln audit}, the Maven goal's). */
	public String summary() {
		String checkedAgainst = pockets.stream().map(p -> p.suite() + " (" + p.date() + ")").collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		List<PendingUpdate> security = securityUpdates();
		if (updates.isEmpty()) {
			return BuildText.bind(BuildText.MaintenanceReport_upToDate, subject, Integer.valueOf(packages), checkedAgainst);
		}
		if (security.isEmpty()) {
			return BuildText.bind(BuildText.MaintenanceReport_onlyOther, subject, Integer.valueOf(updates.size()), Integer.valueOf(packages),
					checkedAgainst);
		}
		long cves = security.stream().flatMap(u -> u.cves().stream()).distinct().count();
		return BuildText.bind(BuildText.MaintenanceReport_pending, subject, Integer.valueOf(security.size()), Long.valueOf(cves),
				Integer.valueOf(updates.size() - security.size()), Integer.valueOf(packages), checkedAgainst);
	}

	/**
	 * The report for people, one record per line: the pockets, then the security fixes, then the other updates, each
	 * with its summary on the next line, indented:
	 *
	 * <pre>
	 * pocket &lt;suite&gt; &lt;Release date&gt; &lt;mirror&gt;
	 * security &lt;name&gt; &lt;architecture&gt; &lt;shipped&gt; &lt;candidate&gt; &lt;pocket&gt; &lt;urgency|-&gt; &lt;CVE ids, comma-separated|-&gt;
	 *   &lt;summary, or why the changelog is not available&gt;
	 * update &lt;name&gt; ... (as security)
	 * unknown &lt;name&gt;  (a package no pocket lists)
	 * </pre>
	 */
	public String text() {
		StringBuilder text = new StringBuilder();
		for (PocketState pocket : pockets) {
			text.append("pocket ").append(pocket.suite()).append(' ').append(pocket.date()).append(' ').append(pocket.mirror()).append('\n'); //$NON-NLS-1$
		}
		securityUpdates().forEach(update -> line(text, "security", update)); //$NON-NLS-1$
		updates.stream().filter(update -> !update.security()).forEach(update -> line(text, "update", update)); //$NON-NLS-1$
		notInArchive.forEach(name -> text.append("unknown ").append(name).append('\n')); //$NON-NLS-1$
		return text.toString();
	}

	private static void line(StringBuilder text, String kind, PendingUpdate update) {
		text.append(kind).append(' ').append(update.name()).append(' ').append(update.architecture()).append(' ').append(update.shippedVersion())
				.append(' ').append(update.candidateVersion()).append(' ').append(update.pocket()).append(' ')
				.append(update.urgency().isEmpty() ? "-" : update.urgency()).append(' ') //$NON-NLS-1$
				.append(update.cves().isEmpty() ? "-" : String.join(",", update.cves())).append('\n'); //$NON-NLS-1$ //$NON-NLS-2$
		String summary = update.changelogNote() != null ? update.changelogNote() : update.summary();
		if (!summary.isEmpty()) {
			text.append("  ").append(summary).append('\n'); //$NON-NLS-1$
		}
	}

	/** The report as a JSON object, pretty-printed; see docs/maintenance.md for its fields. */
	public String json() {
		JsonObject json = new JsonObject();
		json.addProperty("subject", subject); //$NON-NLS-1$
		json.addProperty("checked", checked.toString()); //$NON-NLS-1$
		json.addProperty("packages", packages); //$NON-NLS-1$
		json.addProperty("securityFixesPending", securityFixesPending()); //$NON-NLS-1$
		JsonArray pocketArray = new JsonArray();
		for (PocketState pocket : pockets) {
			JsonObject state = new JsonObject();
			state.addProperty("suite", pocket.suite()); //$NON-NLS-1$
			state.addProperty("mirror", pocket.mirror().toString()); //$NON-NLS-1$
			state.addProperty("date", pocket.date().toString()); //$NON-NLS-1$
			state.addProperty("inReleaseSha256", pocket.inReleaseSha256()); //$NON-NLS-1$
			pocketArray.add(state);
		}
		json.add("pockets", pocketArray); //$NON-NLS-1$
		JsonArray updateArray = new JsonArray();
		for (PendingUpdate update : updates) {
			JsonObject item = new JsonObject();
			item.addProperty("name", update.name()); //$NON-NLS-1$
			item.addProperty("architecture", update.architecture()); //$NON-NLS-1$
			item.addProperty("shippedVersion", update.shippedVersion()); //$NON-NLS-1$
			item.addProperty("candidateVersion", update.candidateVersion()); //$NON-NLS-1$
			item.addProperty("pocket", update.pocket()); //$NON-NLS-1$
			item.addProperty("source", update.source()); //$NON-NLS-1$
			item.addProperty("security", update.security()); //$NON-NLS-1$
			item.add("cves", strings(update.cves())); //$NON-NLS-1$
			item.addProperty("urgency", update.urgency()); //$NON-NLS-1$
			item.addProperty("summary", update.summary()); //$NON-NLS-1$
			if (update.changelogNote() == null) {
				item.add("changelogNote", JsonNull.INSTANCE); //$NON-NLS-1$
			} else {
				item.addProperty("changelogNote", update.changelogNote()); //$NON-NLS-1$
			}
			JsonArray entries = new JsonArray();
			for (DebianChangelog.Entry entry : update.entries()) {
				JsonObject e = new JsonObject();
				e.addProperty("version", entry.version().toString()); //$NON-NLS-1$
				e.add("distributions", strings(entry.distributions())); //$NON-NLS-1$
				e.addProperty("urgency", entry.urgency()); //$NON-NLS-1$
				e.addProperty("maintainer", entry.maintainer()); //$NON-NLS-1$
				e.addProperty("date", entry.date()); //$NON-NLS-1$
				e.add("cves", strings(List.copyOf(entry.cves()))); //$NON-NLS-1$
				e.addProperty("summary", entry.summary()); //$NON-NLS-1$
				e.add("changes", strings(entry.changes())); //$NON-NLS-1$
				entries.add(e);
			}
			item.add("entries", entries); //$NON-NLS-1$
			updateArray.add(item);
		}
		json.add("updates", updateArray); //$NON-NLS-1$
		json.add("notInArchive", strings(notInArchive)); //$NON-NLS-1$
		json.add("notes", strings(notes)); //$NON-NLS-1$
		return new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create().toJson(json) + "\n"; //$NON-NLS-1$
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
