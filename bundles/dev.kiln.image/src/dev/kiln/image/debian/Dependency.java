package dev.kiln.image.debian;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry of a Depends or Pre-Depends field: alternatives separated by '|', any one of which
 * satisfies it, e.g. {@code default-mta | mail-transport-agent}.
 *
 * @param alternatives the alternatives, in the order the package lists them (apt tries the first first)
 */
public record Dependency(List<PackageRelation> alternatives) {

	/** Copies the alternatives; there is at least one. */
	public Dependency {
		alternatives = List.copyOf(alternatives);
		if (alternatives.isEmpty()) {
			throw new IllegalArgumentException("a dependency needs at least one alternative"); //$NON-NLS-1$
		}
	}

	/**
	 * @param field the value of a relationship field, e.g. {@code libc6 (>= 2.36), debconf | debconf-2.0}
	 * @return its entries; empty for an empty or absent (null) field
	 * @throws IllegalArgumentException when an entry is not a relation
	 */
	public static List<Dependency> parseField(String field) {
		if (field == null || field.isBlank()) {
			return List.of();
		}
		List<Dependency> dependencies = new ArrayList<>();
		for (String entry : field.split(",")) { //$NON-NLS-1$
			if (entry.isBlank()) {
				continue;
			}
			List<PackageRelation> alternatives = new ArrayList<>(2);
			for (String alternative : entry.split("\\|")) { //$NON-NLS-1$
				alternatives.add(PackageRelation.parse(alternative));
			}
			dependencies.add(new Dependency(alternatives));
		}
		return List.copyOf(dependencies);
	}

	/** @return the dependency as Debian writes it */
	@Override
	public String toString() {
		return alternatives.stream().map(PackageRelation::toString).collect(Collectors.joining(" | ")); //$NON-NLS-1$
	}
}
