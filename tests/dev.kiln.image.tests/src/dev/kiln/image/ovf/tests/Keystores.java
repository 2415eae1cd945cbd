package dev.kiln.image.ovf.tests;

import java.nio.file.Path;

import dev.kiln.testsupport.ExternalTool;

/** Signing keys for the OVA tests, made by the JDK's keytool (beside the running Java), not by Kiln. */
final class Keystores {

	private Keystores() {
	}

	/** A PKCS #12 keystore with one self-signed key: {@code RSA} (2048 bits) or {@code EC} (P-256). */
	static Path selfSigned(Path directory, String algorithm, String password) {
		String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
		Path keystore = directory.resolve("signing-" + algorithm.toLowerCase() + ".p12");
		if (algorithm.equals("RSA")) {
			ExternalTool.command(keytool, "-genkeypair", "-alias", "vendor", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
					"-dname", "CN=Kiln Test Vendor RSA", "-validity", "30", "-storetype", "PKCS12", "-keystore", keystore.toString(),
					"-storepass", password, "-keypass", password).in(directory).output();
		} else {
			ExternalTool.command(keytool, "-genkeypair", "-alias", "vendor", "-keyalg", "EC", "-groupname", "secp256r1", "-sigalg",
					"SHA256withECDSA", "-dname", "CN=Kiln Test Vendor EC", "-validity", "30", "-storetype", "PKCS12", "-keystore",
					keystore.toString(), "-storepass", password, "-keypass", password).in(directory).output();
		}
		return keystore;
	}
}
