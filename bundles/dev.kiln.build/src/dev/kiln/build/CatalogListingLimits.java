package dev.kiln.build;

import dev.kiln.model.validation.ListingLimits;
import dev.kiln.publish.ListingPolicy;

/**
 * The manifest's listing limits (rules KILN-M037…M039) taken from the publisher's
 * {@link ListingPolicy}: the model owns the rules, the catalog the numbers and categories, and this
 * is where the two meet, so the builder, the command line and the editor check what publishing checks.
 */
public final class CatalogListingLimits {

	private CatalogListingLimits() {
	}

	/** The limits of Kiln's catalog ({@link ListingPolicy#catalog()}). */
	public static ListingLimits catalog() {
		return of(ListingPolicy.catalog());
	}

	public static ListingLimits of(ListingPolicy policy) {
		return new ListingLimits(policy.titleMaxLength(), policy.summaryMaxLength(), policy.categories());
	}
}
