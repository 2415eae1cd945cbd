package dev.kiln.model.internal.validation;

import java.util.Set;
import java.util.TreeSet;

/** The marketplace categories Kiln's catalog knows; listings outside them are not browsable. */
public final class ListingCategories {

	/** The known categories, in no particular order. */
	public static final Set<String> KNOWN = Set.copyOf(new TreeSet<>(Set.of("analytics", "business", "collaboration", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"databases", "developer-tools", "devops", "education", "iot", "machine-learning", "media", "monitoring", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"networking", "operating-systems", "security", "storage", "web"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private ListingCategories() {
	}

	/** The known category names (the publisher checks listings against them, too). */
	public static Set<String> known() {
		return KNOWN;
	}

	static String names() {
		return String.join(", ", new TreeSet<>(KNOWN)); //$NON-NLS-1$
	}
}
