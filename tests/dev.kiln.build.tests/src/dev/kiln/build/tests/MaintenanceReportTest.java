package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.kiln.build.MaintenanceReport;
import dev.kiln.build.MaintenanceReport.PendingUpdate;
import dev.kiln.image.debian.DebianChangelog;
import dev.kiln.image.debian.PocketState;

/** The audit's report as people and programs read it: the text lines and the JSON fields docs/maintenance.md documents. */
class MaintenanceReportTest {

	private static final DebianChangelog BUSYBOX = DebianChangelog.parse("""
			busybox (1:1.37.0-6+deb13u1) trixie-security; urgency=high

			  * CVE-2023-42363: use-after-free in awk (evaluate)
			  * CVE-2023-42364, CVE-2023-42365: use-after-free in awk (getvar_i, handle_special)

			 -- Kiln Tests <tests@kiln.invalid>  Mon, 01 Dec 2025 12:00:00 +0000
			""");
	private static final List<PocketState> POCKETS = List.of(
			new PocketState("trixie", URI.create("http://mirror.invalid/debian/"), Instant.parse("2025-11-15T09:50:47Z"), "a".repeat(64)),
			new PocketState("trixie-security", URI.create("http://mirror.invalid/debian-security/"), Instant.parse("2025-12-01T18:00:00Z"),
					"b".repeat(64)));
	private static final PendingUpdate SECURITY = new PendingUpdate("busybox", "amd64", "1:1.37.0-6", "1:1.37.0-6+deb13u1", "trixie-security",
			"busybox", true, List.of("CVE-2023-42363", "CVE-2023-42364", "CVE-2023-42365"), "high", "CVE-2023-42363: use-after-free in awk (evaluate)",
			BUSYBOX.entries(), null);
	private static final PendingUpdate OTHER = new PendingUpdate("tzdata", "all", "2025b-4", "2025c-0+deb13u1", "trixie-updates", "tzdata", false,
			List.of(), "", "", List.of(), "changelog not available: no changelog in tzdata");
	private static final MaintenanceReport REPORT = new MaintenanceReport("hello-appliance 1.0.0", Instant.parse("2025-12-02T08:00:00Z"), POCKETS, 188,
			List.of(SECURITY, OTHER), List.of("local-tool"), List.of());

	@Test
	void theTextListsThePocketsThenSecurityFixesThenOtherUpdatesEachWithItsSummary() {
		assertEquals("""
				pocket trixie 2025-11-15T09:50:47Z http://mirror.invalid/debian/
				pocket trixie-security 2025-12-01T18:00:00Z http://mirror.invalid/debian-security/
				security busybox amd64 1:1.37.0-6 1:1.37.0-6+deb13u1 trixie-security high CVE-2023-42363,CVE-2023-42364,CVE-2023-42365
				  CVE-2023-42363: use-after-free in awk (evaluate)
				update tzdata all 2025b-4 2025c-0+deb13u1 trixie-updates - -
				  changelog not available: no changelog in tzdata
				unknown local-tool
				""", REPORT.text());
	}

	@Test
	void theJsonHasTheDocumentedFields() {
		JsonObject json = JsonParser.parseString(REPORT.json()).getAsJsonObject();

		assertEquals("hello-appliance 1.0.0", json.get("subject").getAsString());
		assertEquals("2025-12-02T08:00:00Z", json.get("checked").getAsString());
		assertEquals(188, json.get("packages").getAsInt());
		assertTrue(json.get("securityFixesPending").getAsBoolean());
		JsonObject pocket = json.getAsJsonArray("pockets").get(1).getAsJsonObject();
		assertEquals("trixie-security", pocket.get("suite").getAsString());
		assertEquals("http://mirror.invalid/debian-security/", pocket.get("mirror").getAsString());
		assertEquals("2025-12-01T18:00:00Z", pocket.get("date").getAsString());
		assertEquals("b".repeat(64), pocket.get("inReleaseSha256").getAsString());
		JsonArray updates = json.getAsJsonArray("updates");
		JsonObject busybox = updates.get(0).getAsJsonObject();
		assertEquals(List.of("name", "architecture", "shippedVersion", "candidateVersion", "pocket", "source", "security", "cves", "urgency", "summary",
				"changelogNote", "entries"), List.copyOf(busybox.keySet()));
		assertEquals("1:1.37.0-6+deb13u1", busybox.get("candidateVersion").getAsString());
		assertTrue(busybox.get("security").getAsBoolean());
		assertEquals(3, busybox.getAsJsonArray("cves").size());
		assertTrue(busybox.get("changelogNote").isJsonNull());
		JsonObject entry = busybox.getAsJsonArray("entries").get(0).getAsJsonObject();
		assertEquals(List.of("version", "distributions", "urgency", "maintainer", "date", "cves", "summary", "changes"), List.copyOf(entry.keySet()));
		assertEquals("trixie-security", entry.getAsJsonArray("distributions").get(0).getAsString());
		assertEquals("  * CVE-2023-42363: use-after-free in awk (evaluate)", entry.getAsJsonArray("changes").get(0).getAsString());
		assertEquals("changelog not available: no changelog in tzdata", updates.get(1).getAsJsonObject().get("changelogNote").getAsString());
		assertEquals("local-tool", json.getAsJsonArray("notInArchive").get(0).getAsString());
		assertEquals(0, json.getAsJsonArray("notes").size());
	}

	@Test
	void aReportWithoutSecurityFixesDoesNotFailTheGate() {
		MaintenanceReport report = new MaintenanceReport("hello-appliance 1.0.0", Instant.EPOCH, POCKETS, 188, List.of(OTHER), List.of(), List.of());

		assertFalse(report.securityFixesPending());
		assertEquals(List.of(), report.securityUpdates());
		assertFalse(JsonParser.parseString(report.json()).getAsJsonObject().get("securityFixesPending").getAsBoolean());
	}
}
