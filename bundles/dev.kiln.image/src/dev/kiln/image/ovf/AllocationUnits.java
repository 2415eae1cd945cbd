package dev.kiln.image.ovf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Programmatic units of bytes as OVF uses them ({@code ovf:capacityAllocationUnits}, RASD
 * AllocationUnits): DMTF DSP0004 annex C, e.g. {@code byte}, {@code byte * 2^20}, {@code byte * 10^9},
 * and the older words {@code KiloBytes}, {@code MegaBytes}, {@code GigaBytes} some tools write.
 */
final class AllocationUnits {

	private static final Pattern POWER = Pattern.compile("byte\\s*\\*\\s*(2|10)\\s*\\^\\s*(\\d{1,2})"); //$NON-NLS-1$

	private AllocationUnits() {
	}

	/** The bytes one unit stands for; {@code fallback} for a missing unit, -1 for one that is not bytes. */
	static long bytes(String units, long fallback) {
		if (units == null || units.isBlank()) {
			return fallback;
		}
		String text = units.trim().toLowerCase(Locale.ROOT);
		Matcher power = POWER.matcher(text);
		if (power.matches()) {
			long base = Long.parseLong(power.group(1));
			int exponent = Integer.parseInt(power.group(2));
			long value = 1;
			for (int i = 0; i < exponent; i++) {
				value = Math.multiplyExact(value, base);
			}
			return value;
		}
		return switch (text) {
			case "byte", "bytes" -> 1; //$NON-NLS-1$ //$NON-NLS-2$
			case "kilobytes" -> 1L << 10; //$NON-NLS-1$
			case "megabytes" -> 1L << 20; //$NON-NLS-1$
			case "gigabytes" -> 1L << 30; //$NON-NLS-1$
			default -> -1;
		};
	}
}
