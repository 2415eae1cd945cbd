package dev.kiln.publish;

import java.util.Optional;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

import dev.kiln.publish.internal.PublishText;
import dev.kiln.publish.internal.oci.OciMarketplaceProvider;

/** Finds the {@link MarketplaceProvider} service of a marketplace kind. */
public final class Marketplaces {

	private Marketplaces() {
	}

	/**
	 * The registered provider of {@code type}; outside OSGi (plain Java, the command line), the
	 * built-in OCI provider for {@link MarketplaceTarget#OCI}.
	 */
	public static Optional<MarketplaceProvider> provider(String type) {
		Bundle bundle = FrameworkUtil.getBundle(Marketplaces.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context != null) {
			try {
				for (ServiceReference<MarketplaceProvider> reference : context.getServiceReferences(MarketplaceProvider.class, null)) {
					MarketplaceProvider provider = context.getService(reference);
					if (provider != null && provider.type().equals(type)) {
						return Optional.of(provider);
					}
				}
			} catch (InvalidSyntaxException e) {
				throw new IllegalStateException(e);
			}
		}
		return MarketplaceTarget.OCI.equals(type) ? Optional.of(new OciMarketplaceProvider()) : Optional.empty();
	}

	/** Connects to the target with the provider of its kind. */
	public static Marketplace connect(MarketplaceTarget target, Credentials credentials) throws PublishException {
		MarketplaceProvider provider = provider(target.type()).orElseThrow(() -> new PublishException(PublishException.Kind.PROTOCOL,
				PublishText.bind(PublishText.Marketplaces_noProvider, target.type())));
		return provider.connect(target, credentials);
	}
}
