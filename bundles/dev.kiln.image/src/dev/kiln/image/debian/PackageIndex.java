package dev.kiln.image.debian;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kiln.image.internal.ImageText;

/**
 * The binary packages of one suite, component and architecture, as the verified Packages index
 * lists them: which packages exist, in which version, what they depend on and what they provide.
 * Immutable; safe to share between threads.
 */
public final class PackageIndex {

	private final Release release;
	private final String suite;
	private final String component;
	private final String architecture;
	private final Map<String, BinaryPackage> packages;
	private final Map<String, List<BinaryPackage>> providers;
	private volatile String[] sortedNames;

	private PackageIndex(Release release, String suite, String component, String architecture,
			Map<String, BinaryPackage> packages, Map<String, List<BinaryPackage>> providers) {
		this.release = release;
		this.suite = suite;
		this.component = component;
		this.architecture = architecture;
		this.packages = packages;
		this.providers = providers;
	}

	/**
	 * Reads the stanzas of a Packages file. Where a name occurs twice, the higher version wins.
	 *
	 * @throws ControlParagraphReader.SyntaxException for a line that is no field
	 * @throws IllegalArgumentException for a stanza without name or with a malformed version or relation
	 */
	static PackageIndex read(BufferedReader reader, Release release, String suite, String component, String architecture)
			throws IOException {
		ControlParagraphReader paragraphs = new ControlParagraphReader(reader, BinaryPackage.FIELDS, false);
		Map<String, BinaryPackage> packages = new HashMap<>(1 << 17);
		Map<String, List<BinaryPackage>> providers = new HashMap<>(1 << 14);
		Map<String, String> stanza = new HashMap<>();
		while (paragraphs.next(stanza)) {
			BinaryPackage binary;
			try {
				binary = BinaryPackage.of(stanza);
			} catch (IllegalArgumentException e) {
				throw new IllegalArgumentException(
						ImageText.bind(ImageText.PackageIndex_badStanza, paragraphs.paragraphLine(), e.getMessage()), e);
			}
			BinaryPackage known = packages.putIfAbsent(binary.name(), binary);
			if (known != null && known.version().compareTo(binary.version()) < 0) {
				packages.put(binary.name(), binary);
			}
			stanza.clear();
		}
		for (BinaryPackage binary : packages.values()) {
			for (PackageRelation provided : binary.provides()) {
				providers.computeIfAbsent(provided.name(), name -> new ArrayList<>(2)).add(binary);
			}
		}
		providers.replaceAll((name, list) -> List.copyOf(list));
		return new PackageIndex(release, suite, component, architecture, Collections.unmodifiableMap(packages),
				Collections.unmodifiableMap(providers));
	}

	PackageIndex withRelease(Release newRelease) {
		PackageIndex copy = new PackageIndex(newRelease, suite, component, architecture, packages, providers);
		copy.sortedNames = sortedNames;
		return copy;
	}

	/** @return the signed Release the index was verified against (its date, origin and signers) */
	public Release release() {
		return release;
	}

	/** @return whether the index came from the disk cache rather than from the mirror just now */
	public boolean fromCache() {
		return release.fromCache();
	}

	/** @return the suite as asked for, e.g. "trixie" */
	public String suite() {
		return suite;
	}

	/** @return the component, e.g. "main" */
	public String component() {
		return component;
	}

	/** @return the architecture, e.g. "amd64" */
	public String architecture() {
		return architecture;
	}

	/** @return the number of (real) packages */
	public int size() {
		return packages.size();
	}

	/** @return all (real) packages, in no particular order */
	public Collection<BinaryPackage> packages() {
		return packages.values();
	}

	/** @return the package of this name, if the index has one (virtual packages are not packages) */
	public Optional<BinaryPackage> find(String name) {
		return Optional.ofNullable(packages.get(name));
	}

	/** @return whether a real package of this name exists */
	public boolean contains(String name) {
		return packages.containsKey(name);
	}

	/** @return the packages that Provide this name (a virtual package such as {@code mail-transport-agent}) */
	public List<BinaryPackage> providers(String name) {
		return providers.getOrDefault(name, List.of());
	}

	/** @return whether the name can be installed: a real package or one some package provides */
	public boolean isInstallable(String name) {
		return packages.containsKey(name) || providers.containsKey(name);
	}

	/** @return the real package names starting with the prefix, sorted (for content assist) */
	public List<String> namesStartingWith(String prefix) {
		String[] names = sortedNames;
		if (names == null) {
			names = packages.keySet().toArray(String[]::new);
			Arrays.sort(names);
			sortedNames = names;
		}
		int from = Arrays.binarySearch(names, prefix);
		from = from < 0 ? -from - 1 : from;
		int to = from;
		while (to < names.length && names[to].startsWith(prefix)) {
			to++;
		}
		return List.copyOf(Arrays.asList(names).subList(from, to));
	}

	/**
	 * The packages a simple resolver would install for these names: each name and, transitively, its
	 * Pre-Depends and Depends, taking for each dependency an alternative already chosen, else the first
	 * alternative the index satisfies (a real package, else a provider). Not apt's solver: Conflicts,
	 * Breaks and Recommends are ignored and Essential packages are not added; good for an SBOM and for
	 * validating a package list.
	 *
	 * @param names package names (real or virtual)
	 * @return the chosen packages sorted by name, the unknown names and the unsatisfiable dependencies
	 */
	public Resolution resolve(Collection<String> names) {
		return new DependencyClosure(this).resolve(names);
	}

	/** @return e.g. {@code trixie/main/amd64 (64,000 packages)} */
	@Override
	public String toString() {
		return suite + "/" + component + "/" + architecture + " (" + packages.size() + " packages)"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
