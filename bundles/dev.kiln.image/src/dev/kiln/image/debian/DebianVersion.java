package dev.kiln.image.debian;

import dev.kiln.image.internal.ImageText;

/**
 * A Debian package version, {@code [epoch:]upstream[-revision]}, ordered as dpkg orders them
 * (Debian Policy 5.6.12: '~' sorts before everything, even the end of the string; letters sort
 * before other characters; digit runs compare as numbers).
 *
 * @param epoch    the epoch, 0 when absent
 * @param upstream the upstream version
 * @param revision the Debian revision, empty when absent
 */
public record DebianVersion(int epoch, String upstream, String revision) implements Comparable<DebianVersion> {

	/** @throws IllegalArgumentException when the upstream part is empty or the epoch is not a number */
	public DebianVersion {
		if (epoch < 0 || upstream == null || upstream.isEmpty() || revision == null) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.DebianVersion_invalid, epoch + ":" + upstream + "-" + revision)); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/**
	 * @param text a version as written in a Packages file, e.g. {@code 1:2.38.1-5+deb12u1}
	 * @return the parsed version
	 * @throws IllegalArgumentException when the text is not a Debian version
	 */
	public static DebianVersion parse(String text) {
		String rest = text.strip();
		int epoch = 0;
		int colon = rest.indexOf(':');
		if (colon >= 0) {
			try {
				epoch = Integer.parseInt(rest.substring(0, colon));
			} catch (NumberFormatException e) {
				throw new IllegalArgumentException(ImageText.bind(ImageText.DebianVersion_badEpoch, text), e);
			}
			rest = rest.substring(colon + 1);
		}
		int dash = rest.lastIndexOf('-');
		if (dash >= 0) {
			return new DebianVersion(epoch, rest.substring(0, dash), rest.substring(dash + 1));
		}
		return new DebianVersion(epoch, rest, ""); //$NON-NLS-1$
	}

	@Override
	public int compareTo(DebianVersion other) {
		if (epoch != other.epoch) {
			return Integer.compare(epoch, other.epoch);
		}
		int upstreamOrder = compareParts(upstream, other.upstream);
		return upstreamOrder != 0 ? upstreamOrder : compareParts(revision, other.revision);
	}

	/** dpkg's verrevcmp: alternating non-digit runs (by {@link #order}) and digit runs (numerically). */
	private static int compareParts(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() || j < b.length()) {
			while ((i < a.length() && !isDigit(a.charAt(i))) || (j < b.length() && !isDigit(b.charAt(j)))) {
				int ac = order(charAt(a, i));
				int bc = order(charAt(b, j));
				if (ac != bc) {
					return Integer.compare(ac, bc);
				}
				i++;
				j++;
			}
			while (i < a.length() && a.charAt(i) == '0') {
				i++;
			}
			while (j < b.length() && b.charAt(j) == '0') {
				j++;
			}
			int firstDifference = 0;
			while (i < a.length() && isDigit(a.charAt(i)) && j < b.length() && isDigit(b.charAt(j))) {
				if (firstDifference == 0) {
					firstDifference = Integer.compare(a.charAt(i), b.charAt(j));
				}
				i++;
				j++;
			}
			if (i < a.length() && isDigit(a.charAt(i))) {
				return 1;
			}
			if (j < b.length() && isDigit(b.charAt(j))) {
				return -1;
			}
			if (firstDifference != 0) {
				return firstDifference;
			}
		}
		return 0;
	}

	private static char charAt(String s, int index) {
		return index < s.length() ? s.charAt(index) : 0;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static int order(char c) {
		if (isDigit(c) || c == 0) {
			return 0;
		}
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
			return c;
		}
		return c == '~' ? -1 : c + 256;
	}

	/** @return the version as Debian writes it */
	@Override
	public String toString() {
		String text = epoch > 0 ? epoch + ":" + upstream : upstream; //$NON-NLS-1$
		return revision.isEmpty() ? text : text + "-" + revision; //$NON-NLS-1$
	}
}
