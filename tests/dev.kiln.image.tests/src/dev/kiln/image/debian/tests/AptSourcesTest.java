package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.debian.AptSources;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.image.debian.DebianArchiveException.Reason;

/** Reading apt's sources in both formats from the trees under {@code data/apt/}. */
class AptSourcesTest {

	private static final URI MIRROR = URI.create("http://mirror.invalid/debian/");

	@Test
	void deb822ParagraphsAreReadWithCommentsContinuationLinesAndEnabledNo() throws Exception {
		AptSources sources = AptSources.read(tree("deb822"), "bookworm");

		List<AptSources.Entry> entries = sources.entries();
		assertEquals(3, entries.size(), "the vendor's, debian's and the security archive's; not the disabled one");
		AptSources.Entry debian = entries.get(1);
		assertEquals(List.of("deb"), debian.types());
		assertEquals(List.of(URI.create("http://mirror.invalid/debian")), debian.uris());
		assertEquals(List.of("bookworm", "bookworm-updates"), debian.suites());
		assertEquals(List.of("main"), debian.components());
		assertTrue(debian.location().endsWith("debian.sources:1"), debian.location());
	}

	@Test
	void theDebianArchiveOfDeb822SourcesIsTheMainNonSecurityEntry() throws Exception {
		assertEquals(MIRROR, AptSources.read(tree("deb822"), "bookworm").debianMirror());
	}

	@Test
	void oneLineEntriesAreReadWithOptionsAndComments() throws Exception {
		AptSources sources = AptSources.read(tree("one-line"), "bookworm");

		AptSources.Entry debian = sources.entries().get(2);
		assertEquals(List.of(URI.create("http://mirror.invalid/debian")), debian.uris());
		assertEquals(List.of("bookworm"), debian.suites());
		assertEquals(List.of("main", "contrib"), debian.components());
		assertTrue(debian.location().endsWith("sources.list:5"), debian.location());
		assertEquals(6, sources.entries().size(), "five in sources.list, one in sources.list.d/extra.list");
	}

	@Test
	void theDebianArchiveOfOneLineSourcesSkipsVendorSourceAndSecurityEntries() throws Exception {
		assertEquals(MIRROR, AptSources.read(tree("one-line"), "bookworm").debianMirror());
	}

	@Test
	void anArchiveOutsideADebianPathIsRecognisedByTheMachinesRelease() throws Exception {
		assertEquals(URI.create("http://mirror.invalid/pub/linux/debian-archive/"),
				AptSources.read(tree("custom-path"), "bookworm").debianMirror());
	}

	@Test
	void withoutADebianArchiveTheErrorNamesTheFilesRead() throws Exception {
		AptSources sources = AptSources.read(tree("none"), "bookworm");

		DebianArchiveException failure = assertThrows(DebianArchiveException.class, sources::debianMirror);

		assertEquals(Reason.NO_SOURCES, failure.reason());
		assertTrue(failure.getMessage().startsWith("no Debian archive in the apt sources (" + tree("none")
				.resolve("sources.list.d/vendor.list")), failure.getMessage());
		assertTrue(failure.getMessage().endsWith("give the mirror explicitly"), failure.getMessage());
	}

	@Test
	void theSecurityArchiveIsTheEntryOfTheReleasesSecuritySuite() throws Exception {
		URI security = URI.create("http://mirror.invalid/debian-security/");

		assertEquals(security, AptSources.read(tree("deb822"), "bookworm").securityMirror("bookworm"));
		assertEquals(security, AptSources.read(tree("one-line"), "bookworm").securityMirror("bookworm"));
	}

	@Test
	void anotherReleasesSecurityEntryNamesTheSecurityArchiveOfAnyRelease() throws Exception {
		// a bookworm machine building a trixie appliance: the security archive serves both
		assertEquals(URI.create("http://mirror.invalid/debian-security/"), AptSources.read(tree("deb822"), "bookworm").securityMirror("trixie"));
	}

	@Test
	void withoutASecurityArchiveTheErrorNamesTheFilesRead() throws Exception {
		DebianArchiveException failure = assertThrows(DebianArchiveException.class,
				() -> AptSources.read(tree("custom-path"), "bookworm").securityMirror("trixie"));

		assertEquals(Reason.NO_SOURCES, failure.reason());
		assertTrue(failure.getMessage().startsWith("no Debian security archive in the apt sources (" + tree("custom-path").resolve("sources.list")
				+ "): no 'deb' entry over http(s) with component main whose suites include trixie-security; "), failure.getMessage());
	}

	@Test
	void aMalformedLineIsReportedWithFileAndLine() {
		DebianArchiveException failure = assertThrows(DebianArchiveException.class,
				() -> AptSources.read(tree("malformed"), "bookworm"));

		assertEquals(tree("malformed").resolve("sources.list") + ":2: 'deb http://mirror.invalid/debian' is not "
				+ "'type uri suite [component...]'", failure.getMessage());
	}

	@Test
	void theReleaseCodenameComesFromOsRelease(@TempDir Path folder) throws Exception {
		Path osRelease = Files.writeString(folder.resolve("os-release"),
				"PRETTY_NAME=\"Debian GNU/Linux 13 (trixie)\"\nVERSION_ID=\"13\"\nVERSION_CODENAME=trixie\n");

		assertEquals("trixie", AptSources.releaseCodename(osRelease).orElseThrow());
	}

	@Test
	void thisMachinesSourcesNameAnHttpMirror() throws Exception {
		URI mirror = AptSources.systemMirror();

		assertTrue(mirror.getScheme().startsWith("http"), mirror.toString());
		assertTrue(mirror.getPath().endsWith("/"), mirror.toString());
	}

	private static Path tree(String name) {
		return Path.of(System.getProperty("kiln.repository"), "tests/dev.kiln.image.tests/data/apt", name).normalize();
	}
}
