package dev.kiln.model.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.model.io.ManifestProblem;
import dev.kiln.model.io.ManifestWriter;

/**
 * 100 broken manifests, generated from the sample: each gives at least one located error and
 * nothing escapes the loader; entities are never expanded or fetched.
 */
class MalformedManifestTest {

	/** A line of /etc/passwd that would show up if an external entity were read. */
	private static final String PASSWD_MARKER = "root:x:0:0";

	private static final String ROOT = "<appliance xmlns=\"urn:dev.kiln:appliance:1.0\"";

	static Stream<Arguments> malformedManifests() {
		List<Arguments> cases = new ArrayList<>();
		String sample = Manifests.sampleText();
		byte[] bytes = sample.getBytes(StandardCharsets.UTF_8);
		// 40 truncations, from the empty file to the middle of the closing tag
		int last = bytes.length - 3;
		for (int i = 0; i < 40; i++) {
			int offset = (int) ((long) last * i / 39);
			cases.add(Arguments.of("truncated at byte " + offset, java.util.Arrays.copyOf(bytes, offset)));
		}
		// 10 wrong namespaces
		for (String namespace : List.of("urn:dev.kiln:appliance:1.1", "urn:dev.kiln:appliance:2.0",
				"urn:dev.kiln:appliance", "http://kiln.dev/appliance/1.0", "urn:example:other", "", " ",
				"urn:dev.kiln:appliance:1.0 ", "URN:DEV.KILN:APPLIANCE:1.0", "urn:dev.kiln:Appliance:1.0")) {
			cases.add(text("namespace '" + namespace + "'",
					sample.replace(ROOT, "<appliance xmlns=\"" + namespace + "\"")));
		}
		// 20 values of the wrong type
		String[][] wrongTypes = { { "memoryMb=\"2048\"", "memoryMb=\"lots\"" }, { "cpus=\"2\"", "cpus=\"two\"" },
				{ "sizeMb=\"8192\"", "sizeMb=\"8 GiB\"" }, { "sizeMb=\"20480\"", "sizeMb=\"1.5\"" },
				{ "number=\"80\"", "number=\"http\"" }, { "number=\"443\"", "number=\"\"" },
				{ "firmware=\"hybrid\"", "firmware=\"efi\"" }, { "architecture=\"amd64\"", "architecture=\"x86_64\"" },
				{ "configuration=\"dhcp\"", "configuration=\"manual\"" }, { "compressed=\"true\"", "compressed=\"yes\"" },
				{ "enabled=\"false\"", "enabled=\"maybe\"" }, { "locales=\"false\"", "locales=\"off\"" },
				{ "type=\"int\"", "type=\"integer\"" }, { "pricing=\"byol\"", "pricing=\"cheap\"" },
				{ "diskController=\"scsi\"", "diskController=\"nvme\"" },
				{ "required=\"true\"", "required=\"Y\"" }, { "<group name=\"wiki\"/>", "<group name=\"wiki\" gid=\"root\"/>" },
				{ "home=\"/var/lib/wiki\"", "home=\"/var/lib/wiki\" uid=\"-x\"" },
				{ "<port number=\"22\"", "<port protocol=\"sctp\" number=\"22\"" },
				{ "userConfigurable=\"true\"", "userConfigurable=\"nope\"" } };
		for (String[] change : wrongTypes) {
			cases.add(text(change[1], replaceOnce(sample, change[0], change[1])));
		}
		// 10 numbers too big for their type
		String[][] hugeNumbers = { { "memoryMb=\"2048\"", "memoryMb=\"99999999999\"" },
				{ "cpus=\"2\"", "cpus=\"2147483648\"" }, { "sizeMb=\"8192\"", "sizeMb=\"1e10\"" },
				{ "number=\"80\"", "number=\"-99999999999\"" }, { "number=\"443\"", "number=\"" + "9".repeat(1000) + "\"" },
				{ "sizeMb=\"20480\"", "sizeMb=\"18446744073709551616\"" },
				{ "<group name=\"wiki\"/>", "<group name=\"wiki\" gid=\"4294967296\"/>" },
				{ "home=\"/var/lib/wiki\"", "home=\"/var/lib/wiki\" uid=\"99999999999999999999\"" },
				{ "memoryMb=\"2048\"", "memoryMb=\"0x800\"" }, { "cpus=\"2\"", "cpus=\"+-2\"" } };
		for (String[] change : hugeNumbers) {
			cases.add(text(abbreviate(change[1]), replaceOnce(sample, change[0], change[1])));
		}
		// 5 unknown elements and attributes
		cases.add(text("unknown element", sample.replace("<summary>", "<tagline>Hi</tagline>\n  <summary>")));
		cases.add(text("unknown attribute", sample.replace("<os ", "<os kernel=\"6.1\" ")));
		cases.add(text("misspelt element", sample.replace("<package name=\"nginx\"/>", "<pakage name=\"nginx\"/>")));
		cases.add(text("element in another namespace",
				sample.replace("<summary>", "<x:extra xmlns:x=\"urn:example:x\"/>\n  <summary>")));
		cases.add(text("XInclude is not processed",
				sample.replace("<summary>", "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"file:///etc/passwd\" parse=\"text\"/>\n  <summary>")));
		// 6 external entity (XXE) attempts
		String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
		cases.add(text("XXE in an attribute", prolog + "<!DOCTYPE appliance [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
				+ ROOT + " id=\"a\" name=\"&x;\" version=\"1.0.0\"/>\n"));
		cases.add(text("XXE in text", prolog + "<!DOCTYPE appliance [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
				+ ROOT + " id=\"a\">\n  <description>&x;</description>\n</appliance>\n"));
		cases.add(text("XXE parameter entity", prolog + "<!DOCTYPE appliance [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>\n"
				+ ROOT + " id=\"a\"/>\n"));
		cases.add(text("external DTD", prolog + "<!DOCTYPE appliance SYSTEM \"file:///etc/passwd\">\n" + ROOT + " id=\"a\"/>\n"));
		cases.add(text("XXE over http", prolog + "<!DOCTYPE appliance [<!ENTITY x SYSTEM \"http://127.0.0.1:9/x\">]>\n"
				+ ROOT + " id=\"&x;\"/>\n"));
		cases.add(text("XXE in the middle of the sample", sample.replace(prolog,
				prolog + "<!DOCTYPE appliance [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n").replace("Acme Wiki is", "&x; is")));
		// 3 entity expansion bombs
		cases.add(text("billion laughs", prolog + billionLaughs() + ROOT + " id=\"&lol9;\"/>\n"));
		cases.add(text("billion laughs in text", prolog + billionLaughs() + ROOT + " id=\"a\">\n  <summary>&lol9;</summary>\n</appliance>\n"));
		cases.add(text("quadratic blowup", prolog + "<!DOCTYPE appliance [<!ENTITY a \"" + "a".repeat(50_000) + "\">]>\n"
				+ ROOT + " id=\"" + "&a;".repeat(5_000) + "\"/>\n"));
		// 6 things that are not manifests at all
		cases.add(text("plain text", "hello, appliance\n"));
		cases.add(text("JSON", "{\"id\": \"hello-appliance\", \"version\": \"1.0.0\"}\n"));
		cases.add(Arguments.of("binary garbage", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, (byte) 0xff }));
		cases.add(text("another root element", sample.replace(ROOT, "<manifest xmlns=\"urn:dev.kiln:appliance:1.0\"")
				.replace("</appliance>", "</manifest>")));
		cases.add(text("mismatched tags", sample.replace("</listing>", "</listings>")));
		cases.add(text("duplicate attribute", sample.replace("<os ", "<os suite=\"trixie\" ")));
		return cases.stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("malformedManifests")
	void eachGivesALocatedErrorAndNoException(String name, byte[] content) {
		LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(10),
				() -> assertDoesNotThrow(() -> new ManifestLoader().load(content, name + ".xml")));

		List<ManifestProblem> errors = result.problems().stream().filter(ManifestProblem::isError).toList();
		assertFalse(errors.isEmpty(), "no error reported");
		for (ManifestProblem error : errors) {
			assertTrue(error.line() > 0, () -> "not located: " + error);
			assertTrue(error.column() > 0, () -> "no column: " + error);
			assertTrue(error.code().startsWith("KILN-L"), error::toString);
			assertFalse(error.message().contains(PASSWD_MARKER), "file content leaked into a message");
		}
		result.appliance().ifPresent(appliance -> {
			String saved = assertDoesNotThrow(
					() -> new String(new ManifestWriter().toBytes(appliance), StandardCharsets.UTF_8));
			assertFalse(saved.contains(PASSWD_MARKER), "file content leaked into the model");
			assertFalse(saved.contains("lollollol"), "an entity was expanded");
		});
	}

	@Test
	void thereAreAHundredMalformedManifests() {
		assertEquals(100, malformedManifests().count());
	}

	@Test
	void anEntityDeclarationIsRefusedBeforeAnythingIsExpanded() throws IOException {
		LoadResult result = new ManifestLoader()
				.load((billionLaughs() + ROOT + " id=\"&lol9;\"/>").getBytes(StandardCharsets.UTF_8), "bomb.xml");

		assertEquals("KILN-L002", result.problems().get(0).code());
		assertEquals(1, result.problems().get(0).line());
		assertFalse(result.appliance().isPresent());
	}

	private static Arguments text(String name, String xml) {
		return Arguments.of(name, xml.getBytes(StandardCharsets.UTF_8));
	}

	private static String replaceOnce(String text, String target, String replacement) {
		int at = text.indexOf(target);
		assertTrue(at >= 0, "the sample has no " + target);
		return text.substring(0, at) + replacement + text.substring(at + target.length());
	}

	private static String abbreviate(String text) {
		return text.length() > 40 ? text.substring(0, 37) + "..." : text;
	}

	private static String billionLaughs() {
		StringBuilder doctype = new StringBuilder("<!DOCTYPE appliance [\n  <!ENTITY lol0 \"lollollollollollollollollollol\">\n");
		for (int i = 1; i <= 9; i++) {
			doctype.append("  <!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
					.append("\">\n");
		}
		return doctype.append("]>\n").toString();
	}
}
