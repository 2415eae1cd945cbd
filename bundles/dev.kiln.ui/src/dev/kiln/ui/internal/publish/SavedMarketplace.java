package dev.kiln.ui.internal.publish;

import java.net.URI;

import dev.kiln.publish.MarketplaceTarget;

/**
 * A marketplace the user saved in this workspace: where it is and who logs in. The password or
 * token is kept apart, in Eclipse secure storage (see {@link MarketplaceStore}).
 */
public record SavedMarketplace(String name, URI url, String repository, String user) {

	public MarketplaceTarget target() {
		return new MarketplaceTarget(name, MarketplaceTarget.OCI, url, repository);
	}
}
