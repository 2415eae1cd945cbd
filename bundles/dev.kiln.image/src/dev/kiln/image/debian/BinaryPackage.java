package dev.kiln.image.debian;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.kiln.image.internal.ImageText;

/**
 * One binary package as a Packages index describes it. Relationship fields are kept as written and
 * parsed when asked for, so that an index of 65,000 packages loads fast.
 */
public final class BinaryPackage {

	/** The fields of a Packages stanza that Kiln reads; all others (descriptions...) are skipped. */
	static final Set<String> FIELDS = Set.of("Package", "Version", "Architecture", "Source", "Section", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"Priority", "Essential", "Installed-Size", "Depends", "Pre-Depends", "Recommends", "Provides", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"Filename", "Size", "SHA256"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	private final String name;
	private final DebianVersion version;
	private final String architecture;
	private final String source;
	private final String section;
	private final String priority;
	private final boolean essential;
	private final long installedSizeKiB;
	private final String depends;
	private final String preDepends;
	private final String recommends;
	private final List<PackageRelation> provides;
	private final String filename;
	private final long size;
	private final String sha256;

	private BinaryPackage(Map<String, String> fields) {
		name = required(fields, "Package", ImageText.BinaryPackage_aStanza); //$NON-NLS-1$
		version = DebianVersion.parse(required(fields, "Version", name)); //$NON-NLS-1$
		architecture = fields.getOrDefault("Architecture", ""); //$NON-NLS-1$ //$NON-NLS-2$
		String sourceField = fields.get("Source"); //$NON-NLS-1$
		// "Source: glibc (2.36-9)" names the source's version when it differs from the binary's
		source = sourceField == null ? name : sourceField.split(" ", 2)[0]; //$NON-NLS-1$
		section = fields.getOrDefault("Section", ""); //$NON-NLS-1$ //$NON-NLS-2$
		priority = fields.getOrDefault("Priority", ""); //$NON-NLS-1$ //$NON-NLS-2$
		essential = "yes".equals(fields.get("Essential")); //$NON-NLS-1$ //$NON-NLS-2$
		installedSizeKiB = number(fields.get("Installed-Size")); //$NON-NLS-1$
		depends = fields.get("Depends"); //$NON-NLS-1$
		preDepends = fields.get("Pre-Depends"); //$NON-NLS-1$
		recommends = fields.get("Recommends"); //$NON-NLS-1$
		provides = Dependency.parseField(fields.get("Provides")).stream() //$NON-NLS-1$
				.map(provided -> provided.alternatives().get(0)).toList();
		filename = fields.getOrDefault("Filename", ""); //$NON-NLS-1$ //$NON-NLS-2$
		size = number(fields.get("Size")); //$NON-NLS-1$
		sha256 = fields.getOrDefault("SHA256", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @param fields a Packages stanza's fields, keyed as in {@link #FIELDS}
	 * @throws IllegalArgumentException when the stanza lacks Package or Version or has a malformed field
	 */
	static BinaryPackage of(Map<String, String> fields) {
		return new BinaryPackage(fields);
	}

	private static String required(Map<String, String> fields, String field, String where) {
		String value = fields.get(field);
		if (value == null || value.isEmpty()) {
			throw new IllegalArgumentException(ImageText.bind(ImageText.BinaryPackage_noField, where, field));
		}
		return value;
	}

	private static long number(String text) {
		return text == null || text.isEmpty() ? 0 : Long.parseLong(text.strip());
	}

	/** @return the package name */
	public String name() {
		return name;
	}

	/** @return the version */
	public DebianVersion version() {
		return version;
	}

	/** @return the architecture, e.g. "amd64" or "all" */
	public String architecture() {
		return architecture;
	}

	/** @return the name of the source package it was built from */
	public String source() {
		return source;
	}

	/** @return the archive section, e.g. "web"; empty when absent */
	public String section() {
		return section;
	}

	/** @return the priority, e.g. "required" or "optional"; empty when absent */
	public String priority() {
		return priority;
	}

	/** @return whether the package is Essential (always installed, never a dependency) */
	public boolean essential() {
		return essential;
	}

	/** @return the Installed-Size in KiB, 0 when absent */
	public long installedSizeKiB() {
		return installedSizeKiB;
	}

	/** @return the Pre-Depends, parsed into alternatives */
	public List<Dependency> preDepends() {
		return Dependency.parseField(preDepends);
	}

	/** @return the Depends, parsed into alternatives */
	public List<Dependency> depends() {
		return Dependency.parseField(depends);
	}

	/** @return the Recommends, parsed into alternatives */
	public List<Dependency> recommends() {
		return Dependency.parseField(recommends);
	}

	/** @return the virtual packages (and versioned provides) it provides */
	public List<PackageRelation> provides() {
		return provides;
	}

	/** @return the path of the .deb below the mirror, e.g. {@code pool/main/b/busybox/busybox_...deb} */
	public String filename() {
		return filename;
	}

	/** @return the size of the .deb in bytes */
	public long size() {
		return size;
	}

	/** @return the SHA256 of the .deb, hexadecimal */
	public String sha256() {
		return sha256;
	}

	/** @return whether the package is the named one or provides it, in a version the relation accepts */
	boolean satisfies(PackageRelation relation) {
		if (name.equals(relation.name())) {
			return relation.acceptsVersion(version);
		}
		for (PackageRelation provided : provides) {
			if (provided.name().equals(relation.name())) {
				// an unversioned Provides never satisfies a versioned relation (Policy 7.5)
				if (relation.operator() == null) {
					return true;
				}
				if (provided.operator() == PackageRelation.Operator.EQUAL && relation.acceptsVersion(provided.version())) {
					return true;
				}
			}
		}
		return false;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof BinaryPackage that && name.equals(that.name) && version.equals(that.version)
				&& architecture.equals(that.architecture);
	}

	@Override
	public int hashCode() {
		return Objects.hash(name, version, architecture);
	}

	/** @return {@code name version architecture} */
	@Override
	public String toString() {
		return name + " " + version + " " + architecture; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
