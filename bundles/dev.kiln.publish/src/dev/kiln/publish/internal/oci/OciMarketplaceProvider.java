package dev.kiln.publish.internal.oci;

import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceProvider;
import dev.kiln.publish.MarketplaceTarget;

/** The OCI registry marketplace as a service (OSGI-INF/dev.kiln.publish.oci.xml). */
public final class OciMarketplaceProvider implements MarketplaceProvider {

	@Override
	public String type() {
		return MarketplaceTarget.OCI;
	}

	@Override
	public Marketplace connect(MarketplaceTarget target, Credentials credentials) {
		return new OciMarketplace(target, credentials);
	}
}
