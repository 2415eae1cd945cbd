package dev.kiln.image;

import java.util.List;

import dev.kiln.image.internal.ImageText;

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
		super(ImageText.bind(packages.size() == 1 ? ImageText.UnknownPackagesException_one : ImageText.UnknownPackagesException_many,
				String.join(", ", packages), archive)); //$NON-NLS-1$
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
