package dev.kiln.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.model.Appliance;
import dev.kiln.model.Port;
import dev.kiln.model.io.LoadFailure;
import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.io.SourcePosition;

class ManifestLoaderTest {

	private static final String HEADER = """
			<?xml version="1.0" encoding="UTF-8"?>
			<appliance xmlns="urn:dev.kiln:appliance:1.0" id="a" name="A" version="1.0.0">
			""";

	@Test
	void everyLoadedObjectKnowsItsLine() {
		LoadResult result = Manifests.load(HEADER + """
				  <os suite="trixie"/>
				  <network>
				    <port number="80" name="http"/>
				    <port number="443" name="https"/>
				  </network>
				</appliance>
				""");
		Appliance appliance = result.appliance().orElseThrow();
		List<Port> ports = appliance.getNetwork().getPorts();

		assertEquals(2, result.lineOf(appliance));
		assertEquals(3, result.lineOf(appliance.getOs()));
		assertEquals(5, result.lineOf(ports.get(0)));
		assertEquals(6, SourcePosition.lineOf(ports.get(1)));
	}

	@Test
	void aValueOfTheWrongTypeIsALocatedProblemNamingTheAttribute() {
		LoadResult result = Manifests.load(HEADER + """
				  <os suite="trixie"/>
				  <hardware memoryMb="lots"/>
				</appliance>
				""");

		ManifestProblem problem = single(result);
		assertEquals(LoadFailure.INVALID_VALUE.code(), problem.code());
		assertEquals(4, problem.line());
		assertTrue(problem.column() > 0);
		assertEquals("'memoryMb' of <hardware> has the invalid value 'lots': expected a whole number from -2147483648 to 2147483647",
				problem.message());
		assertTrue(result.appliance().isPresent(), "the rest of the manifest is still usable");
	}

	@Test
	void anUnknownEnumerationValueListsTheAllowedOnes() {
		ManifestProblem problem = single(Manifests.load(HEADER + """
				  <hardware firmware="efi"/>
				</appliance>
				"""));

		assertEquals("'firmware' of <hardware> has the invalid value 'efi': expected one of bios, uefi, hybrid",
				problem.message());
	}

	@Test
	void anUnknownElementIsALocatedProblem() {
		ManifestProblem problem = single(Manifests.load(HEADER + """
				  <os suite="trixie">
				    <pakage name="curl"/>
				  </os>
				</appliance>
				"""));

		assertEquals(LoadFailure.UNKNOWN_CONTENT.code(), problem.code());
		assertEquals(4, problem.line());
		assertEquals("Unknown element or attribute 'pakage' in <os>", problem.message());
	}

	@Test
	void aTruncatedFileIsNotWellFormedAtItsEnd() {
		ManifestProblem problem = single(Manifests.load(HEADER + "  <os suite=\"tri"));

		assertEquals(LoadFailure.NOT_WELL_FORMED.code(), problem.code());
		assertEquals(3, problem.line());
	}

	@Test
	void anotherNamespaceIsRefusedWithTheExpectedOne() {
		LoadResult result = Manifests.load("""
				<?xml version="1.0" encoding="UTF-8"?>
				<appliance xmlns="urn:example:other" id="a"/>
				""");

		ManifestProblem problem = single(result);
		assertEquals(LoadFailure.UNKNOWN_NAMESPACE.code(), problem.code());
		assertEquals(2, problem.line());
		assertTrue(problem.message().contains("urn:dev.kiln:appliance:1.0"), problem.message());
		assertFalse(result.appliance().isPresent());
	}

	@Test
	void anotherRootElementIsNotAManifest() {
		ManifestProblem problem = single(Manifests.load("""
				<?xml version="1.0" encoding="UTF-8"?>
				<project xmlns="urn:dev.kiln:appliance:1.0"/>
				"""));

		assertEquals(LoadFailure.NOT_A_MANIFEST.code(), problem.code());
	}

	@Test
	void aDoctypeIsRefused() {
		ManifestProblem problem = single(Manifests.load("""
				<?xml version="1.0" encoding="UTF-8"?>
				<!DOCTYPE appliance [<!ENTITY name "Hello">]>
				<appliance xmlns="urn:dev.kiln:appliance:1.0" id="a" name="&name;"/>
				"""));

		assertEquals(LoadFailure.DOCTYPE_FORBIDDEN.code(), problem.code());
		assertEquals(2, problem.line());
	}

	@Test
	void aMissingFileIsAProblemNotAnException(@TempDir Path folder) {
		LoadResult result = new ManifestLoader().load(folder.resolve("appliance.xml"));

		assertEquals(LoadFailure.UNREADABLE.code(), single(result).code());
	}

	@Test
	void aManifestThatIsNotUtf8SaysSoInWordsAtTheLineOfTheFirstBadByte() {
		String xml = HEADER + "  <summary>Caf\u00e9 au lait</summary>\n</appliance>\n";

		ManifestProblem problem = single(new ManifestLoader().load(xml.getBytes(StandardCharsets.ISO_8859_1), "appliance.xml"));

		assertEquals(LoadFailure.NOT_WELL_FORMED.code(), problem.code());
		assertEquals(3, problem.line());
		assertEquals(15, problem.column());
		assertEquals("The manifest is not UTF-8 text: byte 0xE9 at line 3, column 15 is not valid UTF-8 (was the file saved as"
				+ " ISO-8859-1 or Windows-1252?); save it as UTF-8", problem.message());
	}

	@Test
	void aBadByteBeforeTheRootElementIsAlsoSaidInWords() {
		byte[] latin1 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- \u00a9 Acme -->\n<appliance/>\n"
				.getBytes(StandardCharsets.ISO_8859_1);

		ManifestProblem problem = single(new ManifestLoader().load(latin1, "appliance.xml"));

		assertEquals(2, problem.line());
		assertTrue(problem.message().startsWith("The manifest is not UTF-8 text: byte 0xA9 at line 2, column 6 "),
				problem.message());
	}

	@Test
	void noLoadProblemNamesAJavaClass(@TempDir Path folder) {
		List<LoadResult> results = List.of(
				new ManifestLoader().load(folder.resolve("missing/appliance.xml")),
				new ManifestLoader().load((HEADER + "<summary>\u00fcber</summary></appliance>").getBytes(StandardCharsets.ISO_8859_1), "a.xml"),
				new ManifestLoader().load(new byte[] { (byte) 0xfe, (byte) 0xff, 0, '<' }, "b.xml"),
				new ManifestLoader().load(folder));

		for (LoadResult result : results) {
			for (ManifestProblem problem : result.problems()) {
				assertFalse(problem.message().matches("(?s).*(com\\.sun|java\\.|javax\\.|org\\.xml|org\\.eclipse|Exception).*"),
						problem::toString);
			}
		}
	}

	private static ManifestProblem single(LoadResult result) {
		assertEquals(1, result.problems().size(), () -> result.problems().toString());
		return result.problems().get(0);
	}
}
