package dev.kiln.publish;

/**
 * Connects to marketplaces of one kind; registered as an OSGi service, looked up with
 * {@link Marketplaces#provider(String)}.
 */
public interface MarketplaceProvider {

	/** The kind of marketplace, as in {@link MarketplaceTarget#type()} (e.g. {@code oci}). */
	String type();

	/** A marketplace for the target; no network access happens before its first call. */
	Marketplace connect(MarketplaceTarget target, Credentials credentials);
}
