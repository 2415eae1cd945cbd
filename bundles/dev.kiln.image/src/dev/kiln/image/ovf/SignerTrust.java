package dev.kiln.image.ovf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import dev.kiln.image.internal.ImageText;

/**
 * Whether the certificate chain of a signed OVF package leads to a certificate the user trusts: PKIX
 * path validation (RFC 5280) against trust anchors, by default the Java runtime's CA certificates,
 * plus any the user names (a vendor's own CA). Revocation is not checked: verification works offline.
 * A chain that ends in a self-signed certificate that is no anchor is reported as such, since that is
 * what most appliance vendors ship and what a customer pins by fingerprint.
 */
public final class SignerTrust {

	/** The verdict on a chain. */
	public enum Status {
		/** The chain validates up to a trust anchor. */
		TRUSTED,
		/** The signer's certificate, or the chain's root, is self-signed and not a trust anchor. */
		SELF_SIGNED,
		/** The chain does not lead to a trust anchor, or a certificate of it is expired or not yet valid. */
		UNTRUSTED
	}

	/** A verdict with the validator's reason when the chain is not trusted ({@code null} when it is). */
	public record Verdict(Status status, String reason) {
	}

	private final Set<TrustAnchor> anchors;

	private SignerTrust(Set<TrustAnchor> anchors) {
		this.anchors = Set.copyOf(anchors);
	}

	/** Trusts the Java runtime's CA certificates and the certificates of {@code extraCertificates} (PEM or DER files). */
	public static SignerTrust withDefaultAnchors(List<Path> extraCertificates) throws IOException {
		Set<TrustAnchor> anchors = new HashSet<>();
		try {
			TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			factory.init((KeyStore) null);
			for (var manager : factory.getTrustManagers()) {
				if (manager instanceof X509TrustManager x509) {
					for (X509Certificate certificate : x509.getAcceptedIssuers()) {
						anchors.add(new TrustAnchor(certificate, null));
					}
				}
			}
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("the Java runtime has no default trust store", e); //$NON-NLS-1$
		}
		for (X509Certificate certificate : read(extraCertificates)) {
			anchors.add(new TrustAnchor(certificate, null));
		}
		return new SignerTrust(anchors);
	}

	/** Trusts exactly these certificates. */
	public static SignerTrust of(List<X509Certificate> anchors) {
		Set<TrustAnchor> set = new HashSet<>();
		anchors.forEach(a -> set.add(new TrustAnchor(a, null)));
		return new SignerTrust(set);
	}

	/** The certificates of PEM or DER files. */
	static List<X509Certificate> read(List<Path> files) throws IOException {
		List<X509Certificate> certificates = new ArrayList<>();
		for (Path file : files) {
			int before = certificates.size();
			try (InputStream in = Files.newInputStream(file)) {
				for (var certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) { //$NON-NLS-1$
					certificates.add((X509Certificate) certificate);
				}
			} catch (CertificateException e) {
				throw new IOException(ImageText.bind(ImageText.SignerTrust_unreadable, file, e.getMessage()), e);
			}
			if (certificates.size() == before) {
				throw new IOException(ImageText.bind(ImageText.SignerTrust_noCertificate, file));
			}
		}
		return certificates;
	}

	/** The verdict on {@code chain} (signer first) at the time {@code at}. */
	public Verdict evaluate(List<X509Certificate> chain, Instant at) {
		if (chain.isEmpty()) {
			throw new IllegalArgumentException("no certificate to judge"); //$NON-NLS-1$
		}
		try {
			List<X509Certificate> path = new ArrayList<>(chain);
			// the anchor itself is not part of a PKIX path; a pinned self-signed signer is its own anchor
			path.removeIf(c -> anchors.stream().anyMatch(a -> a.getTrustedCert().equals(c)) && c != chain.get(0));
			if (anchors.stream().anyMatch(a -> a.getTrustedCert().equals(chain.get(0)))) {
				chain.get(0).checkValidity(Date.from(at));
				return new Verdict(Status.TRUSTED, null);
			}
			if (anchors.isEmpty()) {
				return notTrusted(chain, ImageText.SignerTrust_noAnchors);
			}
			PKIXParameters parameters = new PKIXParameters(anchors);
			parameters.setRevocationEnabled(false);
			parameters.setDate(Date.from(at));
			CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters); //$NON-NLS-1$ //$NON-NLS-2$
			return new Verdict(Status.TRUSTED, null);
		} catch (CertPathValidatorException | CertificateException e) {
			return notTrusted(chain, e.getMessage());
		} catch (GeneralSecurityException e) {
			throw new IllegalStateException("PKIX validation is part of every Java runtime", e); //$NON-NLS-1$
		}
	}

	private static Verdict notTrusted(List<X509Certificate> chain, String reason) {
		X509Certificate root = chain.get(chain.size() - 1);
		return new Verdict(isSelfSigned(root) ? Status.SELF_SIGNED : Status.UNTRUSTED, reason);
	}

	/** Whether the certificate names itself as its issuer and its signature verifies with its own key. */
	static boolean isSelfSigned(X509Certificate certificate) {
		if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
			return false;
		}
		try {
			certificate.verify(certificate.getPublicKey());
			return true;
		} catch (GeneralSecurityException e) {
			return false;
		}
	}
}
