package dev.kiln.image.format;

/** Rounding of sizes and offsets to sectors, clusters and grains. */
final class Alignment {

	private Alignment() {
	}

	/** {@code value} rounded up to a multiple of {@code multiple}. */
	static long roundUp(long value, long multiple) {
		return divideRoundingUp(value, multiple) * multiple;
	}

	/** How many {@code divisor}s it takes to cover {@code value}. */
	static long divideRoundingUp(long value, long divisor) {
		return (value + divisor - 1) / divisor;
	}
}
