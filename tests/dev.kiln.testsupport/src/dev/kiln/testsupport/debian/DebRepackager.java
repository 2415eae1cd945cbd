package dev.kiln.testsupport.debian;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

import dev.kiln.testsupport.ExternalTool;

/**
 * Makes a newer version of a real package, the way a (sourceful) security upload looks to apt and to an
 * audit: the same files under a new Version, with a new top entry in
 * {@code /usr/share/doc/<package>/changelog.Debian.gz} and its line of {@code DEBIAN/md5sums}. A binNMU's
 * traces go: the version in the Source field and the changelog.Debian.<arch>.gz of the rebuild. dpkg-deb
 * unpacks and builds it, with SOURCE_DATE_EPOCH, every file time and owner fixed, so the same package and
 * entry give the same bytes in every run. Installed-Size is kept: the entry adds less than a KiB.
 */
public final class DebRepackager {

	private DebRepackager() {
	}

	/**
	 * @param original the package to start from
	 * @param entry    the new top changelog entry; its version becomes the package's, its date the file times
	 * @param folder   where to write the new .deb (named as Debian names it)
	 * @return the new package
	 */
	public static DebPackage withNewVersion(DebPackage original, ChangelogEntry entry, Path folder) throws IOException {
		Files.createDirectories(folder);
		Path tree = Files.createTempDirectory(folder, original.name() + "-tree");
		Files.setPosixFilePermissions(tree, PosixFilePermissions.fromString("rwxr-xr-x")); // it becomes the package's "./"
		try {
			ExternalTool.command("dpkg-deb", "--raw-extract", original.file().toString(), tree.toString()).output();
			setVersion(tree.resolve("DEBIAN/control"), original, entry.version());
			String doc = "usr/share/doc/" + original.name() + "/";
			String changelog = doc + "changelog.Debian.gz";
			prependToChangelog(tree.resolve(changelog), entry, original);
			String binNmuChangelog = doc + "changelog.Debian." + original.architecture() + ".gz";
			Files.deleteIfExists(tree.resolve(binNmuChangelog));
			updateMd5sums(tree, changelog, binNmuChangelog);
			fixTimes(tree, FileTime.from(entry.date()));
			String version = entry.version().substring(entry.version().indexOf(':') + 1);
			Path deb = folder.resolve(original.name() + "_" + version + "_" + original.architecture() + ".deb");
			ExternalTool.command("dpkg-deb", "--root-owner-group", "-Zxz", "--build", tree.toString(), deb.toString())
					.environment(Map.of("SOURCE_DATE_EPOCH", Long.toString(entry.date().getEpochSecond()))).output();
			return DebPackage.read(deb);
		} finally {
			delete(tree);
		}
	}

	/** Sets Version; Source loses its version (a binNMU's), or goes when it is the package's name. */
	private static void setVersion(Path control, DebPackage original, String version) throws IOException {
		String text = Files.readString(control, StandardCharsets.UTF_8);
		String line = "\nVersion: " + original.version() + "\n";
		if (!text.contains(line)) {
			throw new AssertionError(control + " has no line 'Version: " + original.version() + "'");
		}
		text = text.replace(line, "\nVersion: " + version + "\n");
		String source = original.source().equals(original.name()) ? "" : "Source: " + original.source() + "\n";
		text = text.replaceFirst("(?m)^Source: .*\n", source);
		Files.writeString(control, text, StandardCharsets.UTF_8);
	}

	private static void prependToChangelog(Path changelog, ChangelogEntry entry, DebPackage original) throws IOException {
		if (!Files.isRegularFile(changelog, LinkOption.NOFOLLOW_LINKS)) {
			throw new AssertionError(original + " has no changelog of its own at " + changelog);
		}
		ByteArrayOutputStream text = new ByteArrayOutputStream();
		text.writeBytes(entry.text().getBytes(StandardCharsets.UTF_8));
		try (InputStream in = new GzipCompressorInputStream(Files.newInputStream(changelog))) {
			in.transferTo(text);
		}
		// as gzip -9n: no name, no time, so the bytes depend on the text only
		GzipParameters parameters = new GzipParameters();
		parameters.setCompressionLevel(9);
		parameters.setModificationTime(0);
		try (OutputStream out = new GzipCompressorOutputStream(Files.newOutputStream(changelog), parameters)) {
			text.writeTo(out);
		}
	}

	/** DEBIAN/md5sums: the changed file's sum, no line for the removed one. */
	private static void updateMd5sums(Path tree, String changed, String removed) throws IOException {
		Path md5sums = tree.resolve("DEBIAN/md5sums");
		if (!Files.exists(md5sums)) {
			return;
		}
		String md5 = md5(tree.resolve(changed));
		List<String> lines = Files.readAllLines(md5sums, StandardCharsets.UTF_8).stream().filter(line -> !line.endsWith("  " + removed))
				.map(line -> line.endsWith("  " + changed) ? md5 + "  " + changed : line).toList();
		Files.writeString(md5sums, lines.stream().collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
	}

	private static String md5(Path file) throws IOException {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(Files.readAllBytes(file)));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void fixTimes(Path tree, FileTime time) throws IOException {
		try (Stream<Path> files = Files.walk(tree)) {
			for (Path file : files.toList()) {
				Files.getFileAttributeView(file, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS).setTimes(time, time, null);
			}
		}
	}

	private static void delete(Path tree) throws IOException {
		try (Stream<Path> files = Files.walk(tree)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}
}
