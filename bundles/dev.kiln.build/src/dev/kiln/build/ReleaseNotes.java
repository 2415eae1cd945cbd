package dev.kiln.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.kiln.build.internal.BuildText;
import dev.kiln.image.BuildReport.InstalledPackage;

/**
 * The release notes of a patch release, from the package changes between the previous release's SBOM and
 * the new build: the fixed CVE ids first, then each security fix with the versions and the changelog's
 * summary, then the other updated, added and removed packages. Paragraphs are separated by blank lines,
 * as the storefront shows them.
 */
public final class ReleaseNotes {

	private ReleaseNotes() {
	}

	/**
	 * @param previousVersion  the release the new one replaces
	 * @param before           the previous release's packages (its SBOM)
	 * @param after            the new build's packages
	 * @param pending          what the audit of the previous release found pending (CVE ids, summaries)
	 */
	public static String write(String previousVersion, List<InstalledPackage> before, List<InstalledPackage> after,
			List<MaintenanceReport.PendingUpdate> pending) {
		Map<String, InstalledPackage> old = byName(before);
		Map<String, InstalledPackage> now = byName(after);
		Map<String, MaintenanceReport.PendingUpdate> fixes = pending.stream()
				.collect(Collectors.toMap(MaintenanceReport.PendingUpdate::name, Function.identity(), (a, b) -> a, TreeMap::new));
		TreeSet<String> cves = new TreeSet<>();
		List<String> security = new ArrayList<>();
		List<String> updates = new ArrayList<>();
		List<String> added = new ArrayList<>();
		for (InstalledPackage p : now.values()) {
			InstalledPackage was = old.get(p.name());
			if (was == null) {
				added.add(p.name() + " " + p.version()); //$NON-NLS-1$
				continue;
			}
			if (was.version().equals(p.version())) {
				continue;
			}
			String line = BuildText.bind(BuildText.ReleaseNotes_change, new Object[] { p.name(), was.version(), p.version(),
					p.pocket().isEmpty() ? "?" : p.pocket() }); //$NON-NLS-1$
			MaintenanceReport.PendingUpdate fix = fixes.get(p.name());
			if (fix != null && fix.security()) {
				cves.addAll(fix.cves());
				String detail = (fix.cves().isEmpty() ? "" : String.join(", ", fix.cves()) + ". ") + fix.summary(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				security.add(detail.isBlank() ? line : line + ": " + detail.strip()); //$NON-NLS-1$
			} else {
				updates.add(line);
			}
		}
		List<String> removed = old.keySet().stream().filter(name -> !now.containsKey(name)).toList();
		List<String> paragraphs = new ArrayList<>();
		if (!cves.isEmpty()) {
			paragraphs.add(BuildText.bind(BuildText.ReleaseNotes_fixes, previousVersion, String.join(", ", cves))); //$NON-NLS-1$
		} else if (!security.isEmpty()) {
			paragraphs.add(BuildText.bind(BuildText.ReleaseNotes_securityNoCves, previousVersion));
		} else {
			paragraphs.add(BuildText.bind(BuildText.ReleaseNotes_maintenance, previousVersion));
		}
		section(paragraphs, BuildText.ReleaseNotes_securityFixes, security);
		section(paragraphs, BuildText.ReleaseNotes_otherUpdates, updates);
		section(paragraphs, BuildText.ReleaseNotes_added, added);
		section(paragraphs, BuildText.ReleaseNotes_removed, removed);
		return String.join("\n\n", paragraphs); //$NON-NLS-1$
	}

	private static void section(List<String> paragraphs, String heading, List<String> lines) {
		if (!lines.isEmpty()) {
			paragraphs.add(heading + "\n" + lines.stream().map(line -> "- " + line).collect(Collectors.joining("\n"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	private static Map<String, InstalledPackage> byName(List<InstalledPackage> packages) {
		Map<String, InstalledPackage> byName = new TreeMap<>();
		for (InstalledPackage p : packages) {
			byName.put(p.architecture().equals("all") || p.architecture().equals("amd64") ? p.name() : p.name() + ":" + p.architecture(), p); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return byName;
	}
}
