package dev.kiln.publish.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A private CA and a server certificate for 127.0.0.1 (IP subject alternative name) signed by it,
 * made with {@code openssl} (P-256 keys, valid two days), for a registry served over HTTPS in tests.
 *
 * @param ca           the CA's certificate (PEM): what a client must trust
 * @param certificate  the server's certificate (PEM)
 * @param key          the server's private key (PEM, PKCS#8)
 */
public record TestCertificates(Path ca, Path certificate, Path key) {

	/** Creates the CA and the server certificate in {@code folder}. */
	public static TestCertificates create(Path folder) throws IOException {
		Files.createDirectories(folder);
		ReleaseFiles.run(folder, "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
				"-keyout", "ca.key", "-out", "ca.crt", "-days", "2", "-subj", "/CN=Kiln Test CA",
				"-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign");
		ReleaseFiles.run(folder, "openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
				"-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1");
		Files.writeString(folder.resolve("server.ext"), """
				subjectAltName=IP:127.0.0.1
				basicConstraints=critical,CA:FALSE
				keyUsage=critical,digitalSignature
				extendedKeyUsage=serverAuth
				""");
		ReleaseFiles.run(folder, "openssl", "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-set_serial", "2",
				"-days", "2", "-extfile", "server.ext", "-out", "server.crt");
		return new TestCertificates(folder.resolve("ca.crt"), folder.resolve("server.crt"), folder.resolve("server.key"));
	}

	/** A TLS context that trusts this CA only (for the test's own checks). */
	public SSLContext trustingCa() throws IOException {
		try (InputStream in = Files.newInputStream(ca)) {
			KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
			store.load(null, null);
			store.setCertificateEntry("ca", CertificateFactory.getInstance("X.509").generateCertificate(in));
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init(store);
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(null, factory.getTrustManagers(), null);
			return context;
		} catch (GeneralSecurityException e) {
			throw new IOException(e);
		}
	}
}
