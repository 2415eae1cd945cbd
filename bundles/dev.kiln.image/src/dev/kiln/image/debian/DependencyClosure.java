package dev.kiln.image.debian;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes {@link PackageIndex#resolve}: the transitive closure of Pre-Depends and Depends,
 * deterministic for a given index and name set (the order of the names does not matter).
 */
final class DependencyClosure {

	private static final List<String> PRIORITIES = List.of("required", "important", "standard", "optional", "extra"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** Providers in the order a choice prefers them: higher priority first, then by name. */
	private static final Comparator<BinaryPackage> PREFERENCE = Comparator
			.comparingInt((BinaryPackage binary) -> priorityRank(binary.priority())).thenComparing(BinaryPackage::name);

	private final PackageIndex index;
	private final Map<String, BinaryPackage> chosen = new TreeMap<>();
	private final Deque<BinaryPackage> pending = new ArrayDeque<>();

	DependencyClosure(PackageIndex index) {
		this.index = index;
	}

	Resolution resolve(Collection<String> names) {
		List<String> unknown = new ArrayList<>();
		List<Resolution.Unsatisfied> unsatisfied = new ArrayList<>();
		for (String name : new TreeSet<>(names)) {
			BinaryPackage candidate = candidate(new PackageRelation(name, "", null, null)); //$NON-NLS-1$
			if (candidate == null) {
				unknown.add(name);
			} else {
				choose(candidate);
			}
		}
		while (!pending.isEmpty()) {
			BinaryPackage binary = pending.removeFirst();
			List<Dependency> dependencies = new ArrayList<>(binary.preDepends());
			dependencies.addAll(binary.depends());
			for (Dependency dependency : dependencies) {
				if (dependency.alternatives().stream().anyMatch(this::satisfiedByChosen)) {
					continue;
				}
				BinaryPackage candidate = dependency.alternatives().stream().map(this::candidate)
						.filter(found -> found != null).findFirst().orElse(null);
				if (candidate == null) {
					unsatisfied.add(new Resolution.Unsatisfied(binary, dependency));
				} else {
					choose(candidate);
				}
			}
		}
		return new Resolution(List.copyOf(chosen.values()), unknown, unsatisfied);
	}

	private void choose(BinaryPackage binary) {
		if (chosen.putIfAbsent(binary.name(), binary) == null) {
			pending.addLast(binary);
		}
	}

	private boolean satisfiedByChosen(PackageRelation relation) {
		BinaryPackage named = chosen.get(relation.name());
		if (named != null && named.satisfies(relation)) {
			return true;
		}
		for (BinaryPackage provider : index.providers(relation.name())) {
			if (chosen.get(provider.name()) == provider && provider.satisfies(relation)) {
				return true;
			}
		}
		return false;
	}

	/** @return the real package of that name if it satisfies the relation, else the preferred provider that does */
	private BinaryPackage candidate(PackageRelation relation) {
		BinaryPackage named = index.find(relation.name()).orElse(null);
		if (named != null && named.satisfies(relation)) {
			return named;
		}
		return index.providers(relation.name()).stream().filter(provider -> provider.satisfies(relation))
				.min(PREFERENCE).orElse(null);
	}

	private static int priorityRank(String priority) {
		int rank = PRIORITIES.indexOf(priority);
		return rank < 0 ? PRIORITIES.size() : rank;
	}
}
