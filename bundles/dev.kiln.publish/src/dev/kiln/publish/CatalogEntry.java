package dev.kiln.publish;

import java.util.List;

/**
 * An appliance in a marketplace's catalog.
 *
 * @param appliance  the appliance's name in the marketplace (its repository, e.g. {@code acme/hello})
 * @param versions   its published versions, oldest first
 */
public record CatalogEntry(String appliance, List<String> versions) {

	public CatalogEntry {
		versions = List.copyOf(versions);
	}
}
