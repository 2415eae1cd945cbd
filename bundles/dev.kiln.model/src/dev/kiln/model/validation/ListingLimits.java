package dev.kiln.model.validation;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The marketplace's limits that the listing rules KILN-M037…M039 check. The model does not own
 * them: the catalog does (dev.kiln.publish's ListingPolicy), and whoever validates a manifest passes
 * them to {@link ManifestValidator}, so the manifest and the publisher never disagree.
 *
 * @param titleMaxLength
 *            most characters (code points) of a listing title
 * @param summaryMaxLength
 *            most characters of a listing summary
 * @param categories
 *            the known categories; iterated in alphabetical order
 */
public record ListingLimits(int titleMaxLength, int summaryMaxLength, Set<String> categories) {

	public ListingLimits {
		categories = Collections.unmodifiableSortedSet(new TreeSet<>(categories));
	}
}
