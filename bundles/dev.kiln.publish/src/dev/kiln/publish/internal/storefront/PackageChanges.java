package dev.kiln.publish.internal.storefront;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import dev.kiln.image.BuildReport.InstalledPackage;
import dev.kiln.image.debian.DebianVersion;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.storefront.SecurityStatus;

/**
 * What changed in a release's packages since the version before it, from the two releases' SBOMs: packages whose
 * version went up or down (with the pocket the new one came from), packages added and packages removed. Each list is
 * by package and architecture. An upgrade names the CVE ids it fixes when the previous release's security status
 * lists a fix of that package that the new version reaches.
 *
 * @param since       the previous version
 * @param upgraded    packages in both with a higher version now
 * @param downgraded  packages in both with a lower version now
 * @param added       packages only in this release ({@code from} is {@code null})
 * @param removed     packages only in the previous release ({@code to} is {@code null}, the pocket is the old one)
 * @param unknown     why the changes are not known (an SBOM is missing or unreadable), or {@code null}
 */
record PackageChanges(String since, List<Change> upgraded, List<Change> downgraded, List<Change> added, List<Change> removed, String unknown) {

	/**
	 * One package's change; a version that is not there is {@code null}, a pocket that is not known empty.
	 *
	 * @param fixes  the CVE ids an upgrade is known to fix; empty when none is known
	 */
	record Change(String name, String architecture, String from, String to, String pocket, List<String> fixes) {

		Change {
			fixes = List.copyOf(fixes);
		}

		Change(String name, String architecture, String from, String to, String pocket) {
			this(name, architecture, from, to, pocket, List.of());
		}
	}

	PackageChanges {
		upgraded = List.copyOf(upgraded);
		downgraded = List.copyOf(downgraded);
		added = List.copyOf(added);
		removed = List.copyOf(removed);
	}

	/** The changes cannot be told. */
	static PackageChanges unknown(String since, String reason) {
		return new PackageChanges(since, List.of(), List.of(), List.of(), List.of(), reason);
	}

	/**
	 * The changes from {@code previous} (the SBOM of version {@code since}) to {@code current}.
	 *
	 * @param fixed  the previous release's security status, when it was checked: the fixes its packages lacked
	 */
	static PackageChanges between(String since, ReleaseSbom previous, ReleaseSbom current, Optional<SecurityStatus> fixed) {
		Map<String, InstalledPackage> before = byKey(previous);
		Map<String, InstalledPackage> after = byKey(current);
		List<Change> upgraded = new ArrayList<>();
		List<Change> downgraded = new ArrayList<>();
		List<Change> added = new ArrayList<>();
		List<Change> removed = new ArrayList<>();
		after.forEach((key, now) -> {
			InstalledPackage then = before.get(key);
			if (then == null) {
				added.add(new Change(now.name(), now.architecture(), null, now.version(), now.pocket()));
			} else if (newer(now.version(), then.version())) {
				upgraded.add(new Change(now.name(), now.architecture(), then.version(), now.version(), now.pocket(), fixes(then, now, fixed)));
			} else if (!then.version().equals(now.version())) {
				downgraded.add(new Change(now.name(), now.architecture(), then.version(), now.version(), now.pocket()));
			}
		});
		before.forEach((key, then) -> {
			if (!after.containsKey(key)) {
				removed.add(new Change(then.name(), then.architecture(), then.version(), null, then.pocket()));
			}
		});
		return new PackageChanges(since, upgraded, downgraded, added, removed, null);
	}

	/** @return whether nothing changed (and that is known) */
	boolean none() {
		return unknown == null && upgraded.isEmpty() && downgraded.isEmpty() && added.isEmpty() && removed.isEmpty();
	}

	/** The CVE ids of the previous release's fixes of the package that the new version reaches (it is the fix's or newer). */
	private static List<String> fixes(InstalledPackage then, InstalledPackage now, Optional<SecurityStatus> fixed) {
		SortedSet<String> cves = new TreeSet<>();
		fixed.ifPresent(status -> status.fixes().stream()
				.filter(fix -> fix.name().equals(now.name()) && fix.architecture().equals(then.architecture())
						&& fix.shippedVersion().equals(then.version()) && !newer(fix.fixedVersion(), now.version()))
				.forEach(fix -> cves.addAll(fix.cves())));
		return List.copyOf(cves);
	}

	/** Packages by name and architecture, in that order. */
	private static Map<String, InstalledPackage> byKey(ReleaseSbom sbom) {
		Map<String, InstalledPackage> packages = new TreeMap<>();
		for (InstalledPackage p : sbom.packages()) {
			packages.put(p.name() + '\u0000' + p.architecture(), p);
		}
		return packages;
	}

	/** Debian's version order; versions that are not Debian's compare as text. */
	private static boolean newer(String version, String than) {
		try {
			return DebianVersion.parse(version).compareTo(DebianVersion.parse(than)) > 0;
		} catch (IllegalArgumentException e) {
			return version.compareTo(than) > 0;
		}
	}
}
