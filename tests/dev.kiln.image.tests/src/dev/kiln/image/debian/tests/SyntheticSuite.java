package dev.kiln.image.debian.tests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import org.bouncycastle.openpgp.PGPException;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/** Publishes a small suite into a mirror folder: Packages, Packages.xz and an InRelease signed by a test key. */
final class SyntheticSuite {

	private SyntheticSuite() {
	}

	/**
	 * @param validUntil the Release's Valid-Until; null for none
	 * @return the Release text that was signed
	 */
	static String publish(Path mirror, String suite, String packages, Instant date, Instant validUntil,
			TestArchiveKey key) throws IOException, PGPException, NoSuchAlgorithmException {
		Path dists = mirror.resolve("dists").resolve(suite);
		Path binary = Files.createDirectories(dists.resolve("main/binary-amd64"));
		byte[] plain = packages.getBytes(StandardCharsets.UTF_8);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (XZOutputStream xz = new XZOutputStream(compressed, new LZMA2Options())) {
			xz.write(plain);
		}
		Files.write(binary.resolve("Packages"), plain);
		Files.write(binary.resolve("Packages.xz"), compressed.toByteArray());
		String release = "Origin: Kiln tests\n"
				+ "Suite: " + suite + "\n"
				+ "Codename: " + suite + "\n"
				+ "Date: " + rfc2822(date) + "\n"
				+ (validUntil == null ? "" : "Valid-Until: " + rfc2822(validUntil) + "\n")
				+ "Architectures: amd64\n"
				+ "Components: main\n"
				+ "SHA256:\n"
				+ " " + sha256(plain) + " " + plain.length + " main/binary-amd64/Packages\n"
				+ " " + sha256(compressed.toByteArray()) + " " + compressed.size() + " main/binary-amd64/Packages.xz\n";
		Files.write(dists.resolve("InRelease"), key.clearSign(release));
		return release;
	}

	static String rfc2822(Instant instant) {
		return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
	}

	static String sha256(byte[] content) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}
}
