/**
 * Kiln's marketplace API: a {@link dev.kiln.publish.Marketplace} checks a {@link dev.kiln.publish.Release}
 * against its listing rules, publishes it, lists its catalog and fetches releases back.
 * Implementations are {@link dev.kiln.publish.MarketplaceProvider} OSGi services; the first one speaks
 * the OCI Distribution API. Headless: no EMF, no workspace, no UI.
 */
package dev.kiln.publish;
