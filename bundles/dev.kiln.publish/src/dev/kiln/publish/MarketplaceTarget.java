package dev.kiln.publish;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A saved marketplace: its kind, the server's URL and the repository (namespace) that releases go to.
 *
 * @param name           what the user calls it
 * @param type           the kind of marketplace ({@code oci})
 * @param url            the server, e.g. {@code http://127.0.0.1:5000} or {@code https://<registry host>}
 * @param repository     the repository prefix, e.g. {@code acme}; an appliance's releases go to {@code repository/id}
 * @param caCertificate  a PEM file with the certificate(s) of a private CA to trust for the server's TLS,
 *                       besides the JVM's trust store; {@code null} trusts the JVM's trust store only
 */
public record MarketplaceTarget(String name, String type, URI url, String repository, Path caCertificate) {

	/** The OCI registry marketplace kind. */
	public static final String OCI = "oci"; //$NON-NLS-1$

	public MarketplaceTarget {
		Objects.requireNonNull(name);
		Objects.requireNonNull(type);
		Objects.requireNonNull(url);
		repository = repository == null ? "" : repository.replaceAll("^/+|/+$", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A target whose TLS certificate (if any) the JVM's trust store vouches for. */
	public MarketplaceTarget(String name, String type, URI url, String repository) {
		this(name, type, url, repository, null);
	}

	/** The same target, trusting also the CA certificate(s) in the PEM file {@code file} ({@code null}: none). */
	public MarketplaceTarget withCaCertificate(Path file) {
		return new MarketplaceTarget(name, type, url, repository, file);
	}

	/** The repository of an appliance's releases on this target. */
	public String repositoryOf(String applianceId) {
		return repository.isEmpty() ? applianceId : repository + "/" + applianceId; //$NON-NLS-1$
	}
}
