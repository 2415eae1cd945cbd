package dev.kiln.publish;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a marketplace accepts in a listing: the one place that says so. The publisher checks releases
 * against it ({@link ListingRules}); the manifest's rules KILN-M037…M039 are given its numbers and
 * categories by whoever validates a manifest (dev.kiln.build, the editor), so the editor warns about
 * exactly what publishing would refuse.
 *
 * @param titleMaxLength
 *            most characters (code points) of a title: one line of a catalog tile
 * @param summaryMinLength
 *            fewest characters of a summary: it says something
 * @param summaryMaxLength
 *            most characters of a summary: two lines of a tile
 * @param imageMaxBytes
 *            largest logo or screenshot
 * @param categories
 *            the categories listings are browsed by; iterated in alphabetical order
 */
public record ListingPolicy(int titleMaxLength, int summaryMinLength, int summaryMaxLength, long imageMaxBytes,
		Set<String> categories) {

	private static final ListingPolicy CATALOG = new ListingPolicy(72, 10, 160, 5L * 1000 * 1000,
			Set.of("analytics", "business", "collaboration", "databases", "developer-tools", "devops", "education", "iot", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
					"machine-learning", "media", "monitoring", "networking", "operating-systems", "security", "storage", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
					"web")); //$NON-NLS-1$

	public ListingPolicy {
		categories = Collections.unmodifiableSortedSet(new TreeSet<>(categories));
	}

	/** The policy of Kiln's catalog (the OCI registry publisher and the catalog view). */
	public static ListingPolicy catalog() {
		return CATALOG;
	}
}
