package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.internal.oci.SbomWriter;

/** The SBOM Kiln attaches to a release, written and read back: packages with their pockets, and the archive state. */
class ReleaseSbomTest {

	private static final List<InstalledPackage> PACKAGES = List.of(new InstalledPackage("busybox", "1:1.37.0-6+deb13u1", "amd64", "trixie-security"),
			new InstalledPackage("base-files", "13.8+deb13u2", "amd64", "trixie"), new InstalledPackage("tzdata", "2025b-4+deb13u1", "all", "trixie-updates"),
			new InstalledPackage("hello", "2.10-3", "amd64"));
	private static final List<PocketState> STATE = List.of(
			new PocketState("trixie", URI.create("http://mirror.invalid/debian/"), Instant.parse("2025-11-15T09:50:47Z"), "a".repeat(64)),
			new PocketState("trixie-security", URI.create("http://mirror.invalid/debian-security/"), Instant.parse("2025-12-01T18:00:00Z"),
					"b".repeat(64)));

	@Test
	void packagesPocketsAndArchiveStateReadBackAsWritten() {
		byte[] sbom = SbomWriter.write(TestReleases.listing("hello", "1.2.0"), PACKAGES, STATE, TestReleases.CREATED);

		ReleaseSbom read = ReleaseSbom.read(sbom);

		assertEquals("hello", read.appliance());
		assertEquals("1.2.0", read.version());
		assertEquals(PACKAGES, read.packages());
		assertEquals(STATE, read.archiveState());
		assertEquals(STATE.get(1), read.state("trixie-security").orElseThrow());
	}

	@Test
	void theWrittenPropertiesAreCycloneDxPropertiesOfKilnsNamespace() {
		String sbom = new String(SbomWriter.write(TestReleases.listing("hello", "1.2.0"), PACKAGES, STATE, TestReleases.CREATED),
				StandardCharsets.UTF_8);

		assertTrue(sbom.contains("\"properties\":[{\"name\":\"dev.kiln:pocket-state:trixie\",\"value\":\"mirror=http://mirror.invalid/debian/ "
				+ "date=2025-11-15T09:50:47Z inrelease-sha256=" + "a".repeat(64) + "\"},"), sbom);
		assertTrue(sbom.contains("\"purl\":\"pkg:deb/debian/busybox@1%3A1.37.0-6%2Bdeb13u1?arch=amd64\","
				+ "\"properties\":[{\"name\":\"dev.kiln:pocket\",\"value\":\"trixie-security\"}]"), sbom);
		assertTrue(sbom.contains("\"purl\":\"pkg:deb/debian/hello@2.10-3?arch=amd64\"}"), "no properties without a pocket: " + sbom);
	}

	@Test
	void anSbomWithoutKilnsPropertiesReadsWithoutPocketsAndState() {
		String older = """
				{"bomFormat":"CycloneDX","specVersion":"1.5","version":1,
				 "metadata":{"component":{"type":"operating-system","name":"hello","version":"1.0.0"}},
				 "components":[{"type":"library","name":"busybox","version":"1:1.37.0-6","purl":"pkg:deb/debian/busybox@1%3A1.37.0-6?arch=amd64"},
				               {"type":"library","name":"left-pad","version":"1.3.0","purl":"pkg:npm/left-pad@1.3.0"}]}""";

		ReleaseSbom read = ReleaseSbom.read(older.getBytes(StandardCharsets.UTF_8));

		assertEquals(List.of(new InstalledPackage("busybox", "1:1.37.0-6", "amd64")), read.packages());
		assertEquals(List.of(), read.archiveState());
	}

	@Test
	void aDocumentThatIsNoCycloneDxSbomIsSaidSo() {
		IllegalArgumentException spdx = assertThrows(IllegalArgumentException.class,
				() -> ReleaseSbom.read("{\"spdxVersion\":\"SPDX-2.3\"}".getBytes(StandardCharsets.UTF_8)));
		IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
				() -> ReleaseSbom.read("not json".getBytes(StandardCharsets.UTF_8)));

		assertEquals("the SBOM is not a CycloneDX document (its bomFormat is null)", spdx.getMessage());
		assertTrue(text.getMessage().startsWith("the SBOM is not"), text.getMessage());
	}

	@Test
	void aMalformedPocketStateIsNamed() {
		String sbom = """
				{"bomFormat":"CycloneDX","specVersion":"1.5","metadata":{"properties":[
				  {"name":"dev.kiln:pocket-state:trixie","value":"mirror=http://mirror.invalid/debian/ date=yesterday inrelease-sha256=aa"}]}}""";

		IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> ReleaseSbom.read(sbom.getBytes(StandardCharsets.UTF_8)));

		assertEquals("the SBOM's property dev.kiln:pocket-state:trixie is not \"mirror=<URI> date=<instant> inrelease-sha256=<hex>\": "
				+ "mirror=http://mirror.invalid/debian/ date=yesterday inrelease-sha256=aa", failure.getMessage());
	}
}
