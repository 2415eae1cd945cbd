package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.ar.ArArchiveEntry;
import org.apache.commons.compress.archivers.ar.ArArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.debian.DebFile;
import dev.kiln.image.debian.DebianChangelog;

/**
 * Reading files out of .debs: real packages under {@code data/debs/} (nghttp2 from trixie-security, python3-all from
 * bookworm, whose documentation folder is a link), and packages Kiln cannot or must not read.
 */
class DebFileTest {

	@TempDir
	Path folder;

	@Test
	void theChangelogOfARealPackageIsReadFromItsXzData() throws IOException {
		Path deb = DebianChangelogTest.data("debs", "nghttp2_1.64.0-1.1+deb13u1_all.deb");

		List<DebFile.Member> members = DebFile.dataMembers(deb, path -> path.startsWith("usr/share/doc/nghttp2/changelog"), 1 << 20);

		assertEquals(1, members.size());
		assertEquals("usr/share/doc/nghttp2/changelog.Debian.gz", members.get(0).path());
		assertFalse(members.get(0).isLink());
		DebianChangelog changelog = DebianChangelog.parse(gunzip(members.get(0).content()));
		assertEquals("1.64.0-1.1+deb13u1", changelog.entries().get(0).version().toString());
		assertEquals(List.of("CVE-2026-27135"), List.copyOf(changelog.entries().get(0).cves()));
	}

	@Test
	void aDocumentationFolderThatIsALinkComesBackWithItsTarget() throws IOException {
		Path deb = DebianChangelogTest.data("debs", "python3-all_3.11.2-1+b1_amd64.deb");

		List<DebFile.Member> members = DebFile.dataMembers(deb, path -> path.startsWith("usr/share/doc/python3-all"), 1 << 20);

		assertEquals(1, members.size());
		assertEquals("usr/share/doc/python3-all", members.get(0).path());
		assertTrue(members.get(0).isLink());
		assertEquals("python3", members.get(0).linkTarget());
	}

	@Test
	void aFileLargerThanTheLimitIsLeftOut() throws IOException {
		Path deb = DebianChangelogTest.data("debs", "nghttp2_1.64.0-1.1+deb13u1_all.deb");

		assertEquals(List.of(), DebFile.dataMembers(deb, path -> path.startsWith("usr/share/doc/nghttp2/changelog"), 100));
	}

	@Test
	void zstdCompressedDataIsUnsupportedNotBroken() throws IOException {
		Path deb = ar(folder.resolve("hello_1.0_amd64.deb"), "debian-binary", "2.0\n", "control.tar.zst", "(zstd)", "data.tar.zst", "(zstd)");

		DebFile.UnsupportedCompressionException failure = assertThrows(DebFile.UnsupportedCompressionException.class,
				() -> DebFile.dataMembers(deb, path -> true, 1 << 20));

		assertEquals(deb + " has its files in data.tar.zst, a compression Kiln cannot read", failure.getMessage());
	}

	@Test
	void aFileThatIsNoPackageIsSaidSo() throws IOException {
		Path notDeb = ar(folder.resolve("notes.deb"), "README", "hello\n");
		Path noData = ar(folder.resolve("empty.deb"), "debian-binary", "2.0\n", "control.tar.xz", "");

		IOException wrongFirst = assertThrows(IOException.class, () -> DebFile.dataMembers(notDeb, path -> true, 1 << 20));
		IOException missing = assertThrows(IOException.class, () -> DebFile.dataMembers(noData, path -> true, 1 << 20));
		IOException text = assertThrows(IOException.class,
				() -> DebFile.dataMembers(Files.writeString(folder.resolve("text.deb"), "not an ar archive"), path -> true, 1 << 20));

		assertEquals(notDeb + " is not a Debian package (its first member is README, not debian-binary)", wrongFirst.getMessage());
		assertEquals(noData + " is a Debian package without a data.tar member", missing.getMessage());
		assertEquals(folder.resolve("text.deb") + " is not a Debian package: it is no ar archive", text.getMessage());
	}

	/** An ar archive of the members, given as name, content, name, content... */
	private static Path ar(Path file, String... members) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ArArchiveOutputStream ar = new ArArchiveOutputStream(out)) {
			for (int i = 0; i < members.length; i += 2) {
				byte[] content = members[i + 1].getBytes(StandardCharsets.UTF_8);
				ar.putArchiveEntry(new ArArchiveEntry(members[i], content.length));
				ar.write(content);
				ar.closeArchiveEntry();
			}
		}
		return file;
	}

	private static String gunzip(byte[] content) throws IOException {
		try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
