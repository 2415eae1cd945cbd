package dev.kiln.image.debian;

import java.util.List;

import dev.kiln.image.internal.ImageText;

/**
 * What {@link PackageIndex#resolve} found for a list of package names.
 *
 * @param packages    the packages to install, sorted by name
 * @param unknown     requested names that are neither a package nor provided by one
 * @param unsatisfied dependencies no alternative of which the index satisfies
 */
public record Resolution(List<BinaryPackage> packages, List<String> unknown, List<Unsatisfied> unsatisfied) {

	/**
	 * A dependency of a chosen package that nothing in the index satisfies.
	 *
	 * @param dependent  the package that has the dependency
	 * @param dependency the dependency, e.g. {@code libfoo (>= 2)}
	 */
	public record Unsatisfied(BinaryPackage dependent, Dependency dependency) {
		/** @return e.g. {@code nginx-light depends on libfoo (>= 2), which nothing satisfies} */
		@Override
		public String toString() {
			return ImageText.bind(ImageText.Resolution_unsatisfied, dependent.name(), dependency);
		}
	}

	/** Copies the lists. */
	public Resolution {
		packages = List.copyOf(packages);
		unknown = List.copyOf(unknown);
		unsatisfied = List.copyOf(unsatisfied);
	}

	/** @return whether every name was known and every dependency satisfied */
	public boolean complete() {
		return unknown.isEmpty() && unsatisfied.isEmpty();
	}

	/** @return the sum of the chosen packages' Installed-Size, in KiB */
	public long installedSizeKiB() {
		return packages.stream().mapToLong(BinaryPackage::installedSizeKiB).sum();
	}
}
