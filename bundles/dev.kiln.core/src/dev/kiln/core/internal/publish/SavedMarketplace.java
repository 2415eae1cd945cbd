package dev.kiln.core.internal.publish;

import java.net.URI;
import java.nio.file.Path;

import dev.kiln.publish.MarketplaceTarget;

/**
 * A marketplace the user saved in this workspace: where it is, who logs in, and the PEM file of a
 * private CA to trust for its TLS ({@code ""} for none). The password or token is kept apart, in
 * Eclipse secure storage (see {@link MarketplaceStore}).
 */
public record SavedMarketplace(String name, URI url, String repository, String user, String caCertificate) {

	public SavedMarketplace {
		caCertificate = caCertificate == null ? "" : caCertificate.strip(); //$NON-NLS-1$
	}

	/** A marketplace trusting the JVM's certificate authorities only. */
	public SavedMarketplace(String name, URI url, String repository, String user) {
		this(name, url, repository, user, ""); //$NON-NLS-1$
	}

	public MarketplaceTarget target() {
		return new MarketplaceTarget(name, MarketplaceTarget.OCI, url, repository)
				.withCaCertificate(caCertificate.isEmpty() ? null : Path.of(caCertificate));
	}
}
