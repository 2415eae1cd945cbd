package dev.kiln.image.cache;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How big the cache may grow and how long a build waits for another one that holds an entry it needs.
 *
 * @param maxBytes  the size the cache is pruned to after each build (least recently used first; entries
 *                  in use are kept, so it can be exceeded while builds run)
 * @param lockWait  how long a build waits for another build making the same entry before it fails
 */
public record CachePolicy(long maxBytes, Duration lockWait) {

	/** 4 GiB: a dozen base systems, or a few with the grain caches of their appliances. */
	public static final long DEFAULT_MAX_BYTES = 4L << 30;
	/** A cold base system takes a minute or two; a slow mirror many more. */
	public static final Duration DEFAULT_LOCK_WAIT = Duration.ofMinutes(30);
	/** The defaults. */
	public static final CachePolicy DEFAULT = new CachePolicy(DEFAULT_MAX_BYTES, DEFAULT_LOCK_WAIT);

	private static final Pattern SIZE = Pattern.compile("(\\d+)(?:\\.(\\d+))?\\s*([kmgt]?)(?:i?b)?", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	public CachePolicy {
		if (maxBytes < 0 || lockWait.isNegative()) {
			throw new IllegalArgumentException();
		}
	}

	/** This policy with another size limit. */
	public CachePolicy withMaxBytes(long bytes) {
		return new CachePolicy(bytes, lockWait);
	}

	/** This policy with another wait. */
	public CachePolicy withLockWait(Duration wait) {
		return new CachePolicy(maxBytes, wait);
	}

	/**
	 * A size as people write it: {@code 4G}, {@code 4GiB}, {@code 500M}, {@code 1.5g}, {@code 1048576}
	 * (units are binary: K = 1024 bytes).
	 *
	 * @throws IllegalArgumentException when it is none
	 */
	public static long parseSize(String text) {
		Matcher m = SIZE.matcher(text.trim());
		if (!m.matches()) {
			throw new IllegalArgumentException(text);
		}
		int shift = switch (m.group(3).toLowerCase(Locale.ROOT)) {
			case "k" -> 10; //$NON-NLS-1$
			case "m" -> 20; //$NON-NLS-1$
			case "g" -> 30; //$NON-NLS-1$
			case "t" -> 40; //$NON-NLS-1$
			default -> 0;
		};
		double value = Double.parseDouble(m.group(1) + (m.group(2) != null ? "." + m.group(2) : "")); //$NON-NLS-1$ //$NON-NLS-2$
		if (value * (1L << shift) >= Long.MAX_VALUE) {
			throw new IllegalArgumentException(text);
		}
		return (long) (value * (1L << shift));
	}

	/** A size for people: {@code 245 MiB}, {@code 4.0 GiB}, {@code 512 B}. */
	public static String formatSize(long bytes) {
		if (bytes < 1024) {
			return bytes + " B"; //$NON-NLS-1$
		}
		String[] units = { "KiB", "MiB", "GiB", "TiB" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < units.length - 1) {
			value /= 1024;
			unit++;
		}
		return (value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value)) + " " + units[unit]; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
