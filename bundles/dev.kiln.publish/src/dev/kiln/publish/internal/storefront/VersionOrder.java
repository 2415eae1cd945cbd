package dev.kiln.publish.internal.storefront;

import java.util.Comparator;

/**
 * Orders release versions as people read them (Semantic Versioning 2.0.0, section 11): numeric parts by
 * value, a pre-release before its release, build metadata ignored; text that is not a version falls back
 * to plain string order, so the order is total and the same on every run.
 */
public final class VersionOrder implements Comparator<String> {

	/** Oldest first. */
	public static final VersionOrder OLDEST_FIRST = new VersionOrder();

	private VersionOrder() {
	}

	@Override
	public int compare(String a, String b) {
		String[] left = split(a);
		String[] right = split(b);
		int order = compareDotted(left[0], right[0]);
		if (order == 0) {
			// 1.0.0-rc.1 < 1.0.0
			if (left[1] == null || right[1] == null) {
				order = left[1] == null ? (right[1] == null ? 0 : 1) : -1;
			} else {
				order = compareDotted(left[1], right[1]);
			}
		}
		return order != 0 ? order : a.compareTo(b);
	}

	/** The version without build metadata, split into release and pre-release (or null). */
	private static String[] split(String version) {
		String v = version.startsWith("v") ? version.substring(1) : version; //$NON-NLS-1$
		int plus = v.indexOf('+');
		if (plus >= 0) {
			v = v.substring(0, plus);
		}
		int dash = v.indexOf('-');
		return dash < 0 ? new String[] { v, null } : new String[] { v.substring(0, dash), v.substring(dash + 1) };
	}

	private static int compareDotted(String a, String b) {
		String[] left = a.split("\\."); //$NON-NLS-1$
		String[] right = b.split("\\."); //$NON-NLS-1$
		for (int i = 0; i < Math.max(left.length, right.length); i++) {
			String l = i < left.length ? left[i] : "0"; //$NON-NLS-1$
			String r = i < right.length ? right[i] : "0"; //$NON-NLS-1$
			int order = compareIdentifier(l, r);
			if (order != 0) {
				return order;
			}
		}
		return 0;
	}

	/** Numbers by value (any length), numbers before words, words in string order. */
	private static int compareIdentifier(String a, String b) {
		boolean leftNumber = isNumber(a);
		boolean rightNumber = isNumber(b);
		if (leftNumber && rightNumber) {
			String l = a.replaceFirst("^0+(?=.)", ""); //$NON-NLS-1$ //$NON-NLS-2$
			String r = b.replaceFirst("^0+(?=.)", ""); //$NON-NLS-1$ //$NON-NLS-2$
			return l.length() != r.length() ? Integer.compare(l.length(), r.length()) : l.compareTo(r);
		}
		if (leftNumber != rightNumber) {
			return leftNumber ? -1 : 1;
		}
		return a.compareTo(b);
	}

	private static boolean isNumber(String text) {
		return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
	}
}
