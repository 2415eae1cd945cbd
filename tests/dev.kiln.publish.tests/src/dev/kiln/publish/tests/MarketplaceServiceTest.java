package dev.kiln.publish.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.kiln.publish.MarketplaceProvider;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.internal.oci.OciMarketplaceProvider;

/** The OCI marketplace is offered as an OSGi Declarative Services component. */
class MarketplaceServiceTest {

	@Test
	void theOciProviderIsARegisteredService() throws Exception {
		BundleContext context = FrameworkUtil.getBundle(Marketplaces.class).getBundleContext();
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		ServiceReference<MarketplaceProvider> reference = context.getServiceReference(MarketplaceProvider.class);
		while (reference == null && System.nanoTime() < deadline) {
			Thread.sleep(50);
			reference = context.getServiceReference(MarketplaceProvider.class);
		}
		assertTrue(reference != null, "a MarketplaceProvider service (DS component dev.kiln.publish.oci)");
		assertEquals("dev.kiln.publish.oci", reference.getProperty("component.name"));
		assertEquals(OciMarketplaceProvider.class, Marketplaces.provider(MarketplaceTarget.OCI).orElseThrow().getClass());
	}
}
