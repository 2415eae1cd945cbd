package dev.kiln.image.ovf.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the independent tools the OVA tests are judged by: tar, openssl, keytool, sha256sum. */
final class Commands {

	private Commands() {
	}

	/** Runs {@code command} in {@code directory}; fails the test unless it exits 0; returns its output. */
	static String run(Path directory, String... command) {
		try {
			Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
			process.getOutputStream().close();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(120, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return fail(String.join(" ", command) + " did not finish in 120 s");
			}
			String text = new String(output, StandardCharsets.UTF_8);
			assertEquals(0, process.exitValue(), () -> String.join(" ", command) + " failed:\n" + text);
			return text;
		} catch (IOException e) {
			return fail("cannot run " + List.of(command) + " (is it installed?)", e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return fail("interrupted running " + List.of(command), e);
		}
	}

	/** The JDK's keytool, beside the running Java. */
	static String keytool() {
		return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
	}

	/** A PKCS #12 keystore with one self-signed key: {@code RSA} (2048 bits) or {@code EC} (P-256). */
	static Path keystore(Path directory, String algorithm, String password) {
		Path keystore = directory.resolve("signing-" + algorithm.toLowerCase() + ".p12");
		if (algorithm.equals("RSA")) {
			run(directory, keytool(), "-genkeypair", "-alias", "vendor", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
					"-dname", "CN=Kiln Test Vendor RSA", "-validity", "30", "-storetype", "PKCS12", "-keystore", keystore.toString(),
					"-storepass", password, "-keypass", password);
		} else {
			run(directory, keytool(), "-genkeypair", "-alias", "vendor", "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg",
					"SHA256withECDSA", "-dname", "CN=Kiln Test Vendor EC", "-validity", "30", "-storetype", "PKCS12", "-keystore",
					keystore.toString(), "-storepass", password, "-keypass", password);
		}
		return keystore;
	}
}
