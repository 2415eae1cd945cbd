package dev.kiln.testsupport.debian;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * A signed Debian archive in a folder, laid out as Debian's: {@code dists/<suite>/InRelease} clear-signed by
 * a {@link TestArchiveKey}, {@code main/binary-amd64/Packages} and {@code Packages.xz}, the package files
 * under {@code pool/main/}. The same suite, packages and key give the same bytes in every run. Serve it on
 * 127.0.0.1 with {@link #serve()}; apt and Kiln's DebianArchive trust it through {@link #writeKeyring(Path)}.
 */
public final class TestDebianArchive {

	/** The one component and architecture of the archive's suites. */
	public static final String PACKAGES_INDEX = "main/binary-amd64/Packages";

	/** "Sat, 15 Nov 2025 09:50:47 UTC", as Debian's Release files write dates. */
	private static final DateTimeFormatter RELEASE_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'UTC'",
			Locale.ROOT);

	private final Path root;
	private final TestArchiveKey key;

	private TestDebianArchive(Path root, TestArchiveKey key) {
		this.root = root.toAbsolutePath().normalize();
		this.key = key;
	}

	/** An archive in {@code root} signed by {@link TestArchiveKey#standard()}. */
	public static TestDebianArchive in(Path root) {
		return in(root, TestArchiveKey.standard());
	}

	/** An archive in {@code root} signed by {@code key}. */
	public static TestDebianArchive in(Path root, TestArchiveKey key) {
		return new TestDebianArchive(root, key);
	}

	/** The folder. */
	public Path root() {
		return root;
	}

	/** The key that signs its InRelease files. */
	public TestArchiveKey key() {
		return key;
	}

	/** Writes the keyring that apt ({@code signed-by=}) and DebianArchive ({@code withKeyring}) need to trust the archive. */
	public Path writeKeyring(Path file) throws IOException {
		return key.writeKeyring(file);
	}

	/**
	 * Writes the suite's indexes, its InRelease and its packages' files (replacing what the suite had).
	 *
	 * @return the Release text that InRelease signs
	 */
	public String publish(ArchiveSuite suite) throws IOException {
		Path dists = root.resolve("dists").resolve(suite.suite());
		List<String> stanzas = new ArrayList<>();
		for (DebPackage deb : suite.packages()) {
			Path pooled = root.resolve(deb.poolPath());
			Files.createDirectories(pooled.getParent());
			Files.copy(deb.file(), pooled, StandardCopyOption.REPLACE_EXISTING);
			stanzas.add(deb.stanza(deb.poolPath()));
		}
		if (!suite.stanzas().isEmpty()) {
			stanzas.add(suite.stanzas().endsWith("\n") ? suite.stanzas() : suite.stanzas() + "\n");
		}
		byte[] packages = String.join("\n", stanzas).getBytes(StandardCharsets.UTF_8);
		byte[] packagesXz = xz(packages);
		Path binary = Files.createDirectories(dists.resolve(PACKAGES_INDEX).getParent());
		Files.write(binary.resolve("Packages"), packages);
		Files.write(binary.resolve("Packages.xz"), packagesXz);
		String release = "Origin: " + suite.origin() + "\n"
				+ "Label: " + suite.label() + "\n"
				+ "Suite: " + suite.suite() + "\n"
				+ "Codename: " + suite.codename() + "\n"
				+ "Date: " + releaseDate(suite.date()) + "\n"
				+ (suite.validUntil() == null ? "" : "Valid-Until: " + releaseDate(suite.validUntil()) + "\n")
				+ "Architectures: amd64\n"
				+ "Components: main\n"
				+ "Description: Kiln test archive\n"
				+ "SHA256:\n"
				+ " " + sha256(packages) + " " + packages.length + " " + PACKAGES_INDEX + "\n"
				+ " " + sha256(packagesXz) + " " + packagesXz.length + " " + PACKAGES_INDEX + ".xz\n";
		Files.write(dists.resolve("InRelease"), key.clearSign(release));
		return release;
	}

	/** The suite's InRelease file. */
	public Path inRelease(String suite) {
		return root.resolve("dists").resolve(suite).resolve("InRelease");
	}

	/**
	 * Changes one byte of the suite's signed Release text and keeps the signature, as an attacker who swaps
	 * the Packages index would: the first hex digit of the first SHA256 line. Verifiers must call it a bad signature.
	 */
	public void tamper(String suite) throws IOException {
		Path inRelease = inRelease(suite);
		byte[] content = Files.readAllBytes(inRelease);
		int digit = new String(content, StandardCharsets.ISO_8859_1).indexOf("\nSHA256:\n ") + "\nSHA256:\n ".length();
		if (digit < "\nSHA256:\n ".length()) {
			throw new AssertionError(inRelease + " has no SHA256 field to tamper with");
		}
		content[digit] = (byte) (content[digit] == '0' ? '1' : '0');
		Files.write(inRelease, content);
	}

	/** Serves the archive's folder on 127.0.0.1 until the server is closed. */
	public ArchiveServer serve() throws IOException {
		return ArchiveServer.serving(root);
	}

	private static String releaseDate(Instant instant) {
		return RELEASE_DATE.format(instant.atOffset(ZoneOffset.UTC));
	}

	private static byte[] xz(byte[] content) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (XZOutputStream xz = new XZOutputStream(compressed, new LZMA2Options())) {
			xz.write(content);
		}
		return compressed.toByteArray();
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
