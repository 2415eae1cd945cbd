package dev.kiln.image;

import java.util.List;

/**
 * Packages of the recipe that the archive's signed package index does not have; found before anything
 * is built. Typed so that callers can point at the manifest entries that name them.
 */
public class UnknownPackagesException extends ImageBuildException {

	private static final long serialVersionUID = 1L;

	private final List<String> packages;
	private final String archive;

	/**
	 * @param packages  the unknown package names
	 * @param archive   where they were looked for, e.g. "Debian trixie (main, amd64) at http://deb.debian.org/debian"
	 */
	public UnknownPackagesException(List<String> packages, String archive) {
		super((packages.size() == 1 ? "Unknown package " : "Unknown packages ") + String.join(", ", packages) + ": not in "
				+ archive + ". Nothing was built.");
		this.packages = List.copyOf(packages);
		this.archive = archive;
	}

	public List<String> packages() {
		return packages;
	}

	/** Where the packages were looked for, e.g. "Debian trixie (main, amd64) at http://deb.debian.org/debian". */
	public String archive() {
		return archive;
	}
}
