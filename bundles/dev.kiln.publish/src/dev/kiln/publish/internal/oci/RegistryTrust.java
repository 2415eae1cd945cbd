package dev.kiln.publish.internal.oci;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import dev.kiln.publish.internal.PublishText;

/**
 * The certificates a registry's TLS may chain to: the JVM's default trust anchors, plus the CA
 * certificates of a PEM file when the marketplace names one (a registry with a private CA).
 */
final class RegistryTrust {

	private RegistryTrust() {
	}

	/** The TLS context for a registry; the JVM's default when {@code caCertificate} is {@code null}. */
	static SSLContext sslContext(Path caCertificate) throws GeneralSecurityException, IOException {
		if (caCertificate == null) {
			return SSLContext.getDefault();
		}
		KeyStore anchors = KeyStore.getInstance(KeyStore.getDefaultType());
		anchors.load(null, null);
		int n = 0;
		for (X509Certificate jvm : defaultTrustManager().getAcceptedIssuers()) {
			anchors.setCertificateEntry("jvm-" + n++, jvm); //$NON-NLS-1$
		}
		Collection<? extends Certificate> given;
		try (InputStream in = Files.newInputStream(caCertificate)) {
			given = CertificateFactory.getInstance("X.509").generateCertificates(in); //$NON-NLS-1$
		}
		if (given.isEmpty()) {
			throw new CertificateException(PublishText.Oci_noPemCertificate);
		}
		for (Certificate ca : given) {
			anchors.setCertificateEntry("ca-" + n++, ca); //$NON-NLS-1$
		}
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init(anchors);
		SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
		context.init(null, factory.getTrustManagers(), null);
		return context;
	}

	private static X509TrustManager defaultTrustManager() throws GeneralSecurityException {
		TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
		factory.init((KeyStore) null);
		for (TrustManager manager : factory.getTrustManagers()) {
			if (manager instanceof X509TrustManager x509) {
				return x509;
			}
		}
		throw new GeneralSecurityException(PublishText.Oci_noTrustManager);
	}
}
