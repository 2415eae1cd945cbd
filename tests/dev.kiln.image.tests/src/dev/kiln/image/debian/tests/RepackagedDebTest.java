package dev.kiln.image.debian.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.debian.BusyboxSecurityUpdate;
import dev.kiln.testsupport.debian.ChangelogEntry;
import dev.kiln.testsupport.debian.DebPackage;

/**
 * The security update the tests publish: trixie's busybox from this machine's mirror, repackaged with a
 * new version and changelog entry; dpkg-deb and md5sum judge the result.
 */
class RepackagedDebTest {

	private static final String CHANGELOG = "usr/share/doc/busybox/changelog.Debian.gz";

	@TempDir
	static Path folder;
	private static DebPackage original;
	private static DebPackage update;

	@BeforeAll
	static void repackageTrixiesBusybox() throws IOException {
		original = BusyboxSecurityUpdate.original();
		update = BusyboxSecurityUpdate.repackage(original, folder.resolve("first"));
	}

	@Test
	void dpkgDebReadsTheNewVersionAndTheOriginalsOtherFields() {
		String info = dpkgDeb("--info", update.file().toString());

		assertTrue(info.contains("\n Version: " + BusyboxSecurityUpdate.entry(original).version() + "\n"), info);
		assertTrue(info.contains("\n Depends: " + original.field("Depends") + "\n"), info);
		assertTrue(info.contains("\n Maintainer: " + original.field("Maintainer") + "\n"), info);
		assertEquals(original.sourceVersion() + "+deb13u1", update.version());
	}

	@Test
	void theChangelogStartsWithTheNewEntryFollowedByTheOriginalOnes() throws IOException {
		Path root = extract(update, "update");
		ChangelogEntry entry = BusyboxSecurityUpdate.entry(original);

		String changelog = gunzip(root.resolve(CHANGELOG));

		assertTrue(changelog.startsWith(entry.text()), changelog);
		assertTrue(changelog.startsWith("busybox (" + original.sourceVersion() + "+deb13u1) trixie-security; urgency=high\n\n"
				+ "  * CVE-2023-42364: "), changelog);
		assertTrue(changelog.substring(entry.text().length()).startsWith("busybox (" + original.sourceVersion() + ") "), changelog);
		assertEquals(gunzip(extract(original, "original").resolve(CHANGELOG)), changelog.substring(entry.text().length()));
	}

	@Test
	void theFilesAreTheOriginalsWithoutTheBinNmuChangelog() {
		List<String> originalFiles = files(original).stream().filter(file -> !file.endsWith("/changelog.Debian.amd64.gz")).toList();

		assertEquals(originalFiles, files(update));
	}

	@Test
	void md5sumChecksEveryFileAgainstTheControlArchivesMd5sums() throws IOException {
		Path root = extract(update, "checked");
		dpkgDeb("--control", update.file().toString(), root.resolve("DEBIAN").toString());

		String checked = ExternalTool.command("md5sum", "--check", "--strict", "DEBIAN/md5sums").in(root).output();

		assertTrue(checked.contains(CHANGELOG + ": OK"), checked);
	}

	@Test
	void repackagingAgainGivesTheSameBytes() throws IOException {
		DebPackage again = BusyboxSecurityUpdate.repackage(BusyboxSecurityUpdate.original(), folder.resolve("again"));

		assertEquals(update.sha256(), again.sha256());
		assertEquals(update.file().getFileName(), again.file().getFileName());
	}

	@Test
	void theOriginalIsTheFileTrixiesSignedIndexLists() throws Exception {
		BinaryPackage listed = RealMirror.archive().packages("trixie").find("busybox").orElseThrow();

		assertEquals(listed.sha256(), original.sha256());
		assertEquals(listed.size(), original.size());
		assertEquals(listed.version().toString(), original.version());
	}

	@Test
	void aSecondDownloadReusesTheFile() throws IOException {
		FileTime downloaded = Files.getLastModifiedTime(original.file());

		DebPackage again = BusyboxSecurityUpdate.original();

		assertEquals(original.file(), again.file());
		assertEquals(downloaded, Files.getLastModifiedTime(again.file()));
	}

	private static List<String> files(DebPackage deb) {
		// "-rw-r--r-- root/root 1110 2025-12-01 12:00 ./usr/share/doc/busybox/copyright": the last column
		return dpkgDeb("--contents", deb.file().toString()).lines().map(line -> line.substring(line.lastIndexOf(' ') + 1)).toList();
	}

	private static Path extract(DebPackage deb, String name) throws IOException {
		Path root = Files.createDirectories(folder.resolve("extracted-" + name));
		dpkgDeb("--extract", deb.file().toString(), root.toString());
		return root;
	}

	private static String dpkgDeb(String... arguments) {
		List<String> command = new ArrayList<>(List.of("dpkg-deb"));
		command.addAll(List.of(arguments));
		return ExternalTool.command(command).output();
	}

	private static String gunzip(Path file) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
