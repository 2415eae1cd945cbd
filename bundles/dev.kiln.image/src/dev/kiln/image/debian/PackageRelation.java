package dev.kiln.image.debian;

import java.util.Optional;

import dev.kiln.image.internal.ImageText;

/**
 * One package named in a relationship field (Depends, Pre-Depends, Provides...), e.g.
 * {@code libc6 (>= 2.34)} or {@code python3:any}: a name, an optional architecture qualifier and
 * an optional version constraint (Debian Policy 7.1).
 *
 * @param name         the package name
 * @param architecture the qualifier after ':', e.g. "any"; empty when none
 * @param operator     the version operator; null when the relation names no version
 * @param version      the version the operator compares with; null when the relation names no version
 */
public record PackageRelation(String name, String architecture, Operator operator, DebianVersion version) {

	/** The version operators of Debian Policy 7.1. */
	public enum Operator {
		/** {@code <<}: strictly earlier */
		EARLIER("<<"), //$NON-NLS-1$
		/** {@code <=}: earlier or equal */
		EARLIER_OR_EQUAL("<="), //$NON-NLS-1$
		/** {@code =}: exactly equal */
		EQUAL("="), //$NON-NLS-1$
		/** {@code >=}: later or equal */
		LATER_OR_EQUAL(">="), //$NON-NLS-1$
		/** {@code >>}: strictly later */
		LATER(">>"); //$NON-NLS-1$

		private final String symbol;

		Operator(String symbol) {
			this.symbol = symbol;
		}

		/** @return the operator as Debian writes it */
		public String symbol() {
			return symbol;
		}

		boolean accepts(int comparison) {
			return switch (this) {
				case EARLIER -> comparison < 0;
				case EARLIER_OR_EQUAL -> comparison <= 0;
				case EQUAL -> comparison == 0;
				case LATER_OR_EQUAL -> comparison >= 0;
				case LATER -> comparison > 0;
			};
		}

		static Operator of(String symbol) {
			return switch (symbol) {
				case "<<" -> EARLIER; //$NON-NLS-1$
				case "<=", "<" -> EARLIER_OR_EQUAL; // '<' and '>' are the obsolete forms of <= and >= //$NON-NLS-1$ //$NON-NLS-2$
				case "=" -> EQUAL; //$NON-NLS-1$
				case ">=", ">" -> LATER_OR_EQUAL; //$NON-NLS-1$ //$NON-NLS-2$
				case ">>" -> LATER; //$NON-NLS-1$
				default -> throw new IllegalArgumentException(ImageText.bind(ImageText.PackageRelation_unknownOperator, symbol));
			};
		}
	}

	/**
	 * @param text one relation, e.g. {@code libssl3t64 (>= 3.0.0)}; architecture restrictions
	 *             ({@code [amd64]}) and build profiles ({@code <!nocheck>}) after it are ignored
	 * @return the relation
	 * @throws IllegalArgumentException when the text is not a relation
	 */
	public static PackageRelation parse(String text) {
		String relation = text.strip();
		int headEnd = 0;
		while (headEnd < relation.length() && " \t\n([<".indexOf(relation.charAt(headEnd)) < 0) { //$NON-NLS-1$
			headEnd++;
		}
		String head = relation.substring(0, headEnd);
		if (head.isEmpty()) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.PackageRelation_invalid, text));
		}
		int colon = head.indexOf(':');
		String name = colon < 0 ? head : head.substring(0, colon);
		String architecture = colon < 0 ? "" : head.substring(colon + 1); //$NON-NLS-1$
		String rest = relation.substring(headEnd).strip();
		if (!rest.startsWith("(")) { //$NON-NLS-1$
			return new PackageRelation(name, architecture, null, null);
		}
		int close = rest.indexOf(')');
		if (close < 0) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.PackageRelation_unclosed, text));
		}
		String constraint = rest.substring(1, close).strip();
		int versionStart = 0;
		while (versionStart < constraint.length() && "<=>".indexOf(constraint.charAt(versionStart)) >= 0) { //$NON-NLS-1$
			versionStart++;
		}
		Operator operator = Operator.of(constraint.substring(0, versionStart));
		return new PackageRelation(name, architecture, operator,
				DebianVersion.parse(constraint.substring(versionStart)));
	}

	/** @return the version constraint, when the relation has one */
	public Optional<DebianVersion> constrainedVersion() {
		return Optional.ofNullable(version);
	}

	/** @return whether a package of this version satisfies the relation's version constraint, if any */
	public boolean acceptsVersion(DebianVersion candidate) {
		return operator == null || operator.accepts(candidate.compareTo(version));
	}

	/** @return the relation as Debian writes it */
	@Override
	public String toString() {
		String head = architecture.isEmpty() ? name : name + ":" + architecture; //$NON-NLS-1$
		return operator == null ? head : head + " (" + operator.symbol() + " " + version + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
