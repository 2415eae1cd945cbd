package dev.kiln.publish;

import java.net.URI;
import java.util.Objects;

/**
 * A saved marketplace: its kind, the server's URL and the repository (namespace) that releases go to.
 *
 * @param name        what the user calls it
 * @param type        the kind of marketplace ({@code oci})
 * @param url         the server, e.g. {@code http://127.0.0.1:5000}
 * @param repository  the repository prefix, e.g. {@code acme}; an appliance's releases go to {@code repository/id}
 */
public record MarketplaceTarget(String name, String type, URI url, String repository) {

	/** The OCI registry marketplace kind. */
	public static final String OCI = "oci";

	public MarketplaceTarget {
		Objects.requireNonNull(name);
		Objects.requireNonNull(type);
		Objects.requireNonNull(url);
		repository = repository == null ? "" : repository.replaceAll("^/+|/+$", "");
	}

	/** The repository of an appliance's releases on this target. */
	public String repositoryOf(String applianceId) {
		return repository.isEmpty() ? applianceId : repository + "/" + applianceId;
	}
}
