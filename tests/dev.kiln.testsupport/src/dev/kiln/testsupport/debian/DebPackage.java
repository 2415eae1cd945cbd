package dev.kiln.testsupport.debian;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.kiln.testsupport.ExternalTool;

/**
 * A binary package file (.deb) with the fields of its control file, as {@code dpkg-deb --field} prints them.
 */
public final class DebPackage {

	private final Path file;
	private final String control;
	private final Map<String, String> fields;
	private final long size;
	private final String sha256;

	private DebPackage(Path file, String control, long size, String sha256) {
		this.file = file;
		this.control = control;
		this.fields = fields(control);
		this.size = size;
		this.sha256 = sha256;
	}

	/** Reads the control fields of {@code deb} with dpkg-deb; fails the test when it is no package. */
	public static DebPackage read(Path deb) throws IOException {
		String control = ExternalTool.command("dpkg-deb", "--field", deb.toString()).output();
		return new DebPackage(deb, control.stripTrailing() + "\n", Files.size(deb), sha256(deb));
	}

	/** The file. */
	public Path file() {
		return file;
	}

	/** The Package field. */
	public String name() {
		return field("Package");
	}

	/** The Version field, with its epoch if it has one. */
	public String version() {
		return field("Version");
	}

	/** The Architecture field. */
	public String architecture() {
		return field("Architecture");
	}

	/** The source package's name: the Source field without a version, or the package's name. */
	public String source() {
		String source = fields.get("Source");
		return source == null ? name() : source.split(" ")[0];
	}

	/** The source package's version: the one in the Source field (a binNMU's), or the package's. */
	public String sourceVersion() {
		String source = fields.get("Source");
		return source == null || !source.contains("(") ? version() : source.substring(source.indexOf('(') + 1, source.indexOf(')')).strip();
	}

	/** A control field's value (continuation lines included), or null. */
	public String field(String name) {
		return fields.get(name);
	}

	/** The control file as dpkg-deb prints it, ending with one line break. */
	public String control() {
		return control;
	}

	/** The file's size in bytes. */
	public long size() {
		return size;
	}

	/** The file's SHA-256, lower-case hex. */
	public String sha256() {
		return sha256;
	}

	/** Where Debian's archive keeps it: {@code pool/main/b/busybox/busybox_1.37.0-6_amd64.deb}. */
	public String poolPath() {
		String source = source();
		String prefix = source.startsWith("lib") && source.length() > 3 ? source.substring(0, 4) : source.substring(0, 1);
		String version = version().substring(version().indexOf(':') + 1); // file names have no epoch
		return "pool/main/" + prefix + "/" + source + "/" + name() + "_" + version + "_" + architecture() + ".deb";
	}

	/** Its stanza of a Packages index: the control fields and where the file is, with its size and SHA-256. */
	public String stanza(String filename) {
		return control + "Filename: " + filename + "\nSize: " + size + "\nSHA256: " + sha256 + "\n";
	}

	@Override
	public String toString() {
		return name() + " " + version() + " (" + file + ")";
	}

	/** The SHA-256 of a file, lower-case hex. */
	public static String sha256(Path file) throws IOException {
		MessageDigest sha256;
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(sha256.digest());
	}

	private static Map<String, String> fields(String control) {
		Map<String, String> fields = new LinkedHashMap<>();
		String current = null;
		for (String line : control.split("\n")) {
			if (line.startsWith(" ") || line.startsWith("\t")) {
				if (current != null) {
					fields.merge(current, "\n" + line, String::concat);
				}
			} else if (line.contains(":")) {
				current = line.substring(0, line.indexOf(':'));
				fields.put(current, line.substring(line.indexOf(':') + 1).strip());
			}
		}
		return fields;
	}
}
