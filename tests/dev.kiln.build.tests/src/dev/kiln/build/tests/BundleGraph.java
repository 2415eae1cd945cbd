package dev.kiln.build.tests;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import dev.kiln.build.tests.BundleManifest.Clause;

/**
 * The dependencies the repository's MANIFEST.MFs declare, as a graph. Its nodes are Kiln's bundles by
 * symbolic name and, outside Kiln, a few groups the architecture speaks of ({@link #EMF},
 * {@link #CORE_RESOURCES}, {@link #UI}…). A Require-Bundle names its node; an Import-Package is the
 * Kiln bundle that exports the package, or the group of the package's name; the JDK's packages are no
 * dependency.
 */
final class BundleGraph {

	static final String EMF = "EMF";
	static final String CORE_RESOURCES = "core.resources";
	static final String UI = "Eclipse UI";
	static final String OSGI = "OSGi";
	static final String PLATFORM = "Eclipse Platform";
	static final String JUNIT = "JUnit";
	static final String LIBRARIES = "libraries";

	/** The groups in the order docs/architecture.md lists them, after Kiln's bundles. */
	private static final List<String> GROUPS = List.of(EMF, CORE_RESOURCES, PLATFORM, OSGI, UI, JUNIT, LIBRARIES);
	private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "com.sun.", "org.w3c.", "org.xml.");
	private static final Set<String> UI_SEGMENTS = Set.of("ui", "swt", "jface");

	/** One declared dependency: {@code from} needs {@code to} because of {@code clause} of its MANIFEST.MF. */
	record Edge(String from, String to, Clause clause) {

		boolean reexported() {
			return "reexport".equals(clause.parameter("visibility"));
		}

		@Override
		public String toString() {
			return from + " " + clause;
		}
	}

	private final Map<String, BundleManifest> bundles = new LinkedHashMap<>();
	private final Map<String, String> exporters = new HashMap<>();

	BundleGraph(List<BundleManifest> manifests) {
		for (BundleManifest manifest : manifests) {
			bundles.put(manifest.symbolicName(), manifest);
			for (Clause export : manifest.exportPackage()) {
				exporters.put(export.name(), manifest.symbolicName());
			}
		}
	}

	BundleManifest bundle(String symbolicName) {
		return bundles.get(symbolicName);
	}

	boolean isKiln(String node) {
		return bundles.containsKey(node);
	}

	/** What a bundle declares it needs, in header order; JDK packages left out. */
	List<Edge> edges(String symbolicName) {
		BundleManifest manifest = bundles.get(symbolicName);
		List<Edge> edges = new ArrayList<>();
		for (Clause require : manifest.requireBundle()) {
			edges.add(new Edge(symbolicName, bundles.containsKey(require.name()) ? require.name() : group(require.name()), require));
		}
		for (Clause imported : manifest.importPackage()) {
			String node = nodeOfPackage(imported.name());
			if (node != null) {
				edges.add(new Edge(symbolicName, node, imported));
			}
		}
		return edges;
	}

	/**
	 * Each node a bundle reaches, directly or through Kiln bundles it depends on (a bundle needs what its
	 * dependencies need, and sees what they re-export), with the first path that reaches it.
	 */
	Map<String, List<Edge>> reach(String symbolicName) {
		Map<String, List<Edge>> paths = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>(List.of(symbolicName));
		while (!queue.isEmpty()) {
			String from = queue.removeFirst();
			for (Edge edge : edges(from)) {
				if (paths.containsKey(edge.to()) || edge.to().equals(symbolicName)) {
					continue;
				}
				List<Edge> path = new ArrayList<>(paths.getOrDefault(from, List.of()));
				path.add(edge);
				paths.put(edge.to(), List.copyOf(path));
				if (bundles.containsKey(edge.to())) {
					queue.addLast(edge.to());
				}
			}
		}
		return paths;
	}

	/** The production bundles, each after the Kiln bundles it depends on (ties in name order). */
	List<String> layered(List<String> symbolicNames) {
		List<String> order = new ArrayList<>();
		Set<String> left = new TreeSet<>(symbolicNames);
		while (!left.isEmpty()) {
			String next = left.stream()
					.filter(b -> edges(b).stream().map(Edge::to).filter(left::contains).allMatch(b::equals))
					.findFirst().orElseGet(() -> left.iterator().next()); // a cycle: the structure test names it
			order.add(next);
			left.remove(next);
		}
		return order;
	}

	/** The nodes a bundle declares, Kiln bundles first, each once; "(re-exported)" after those it re-exports. */
	String dependencies(String symbolicName) {
		Map<String, Boolean> nodes = new HashMap<>();
		for (Edge edge : edges(symbolicName)) {
			nodes.merge(edge.to(), edge.reexported(), Boolean::logicalOr);
		}
		return nodes.keySet().stream()
				.sorted(Comparator.comparingInt((String node) -> GROUPS.indexOf(node)).thenComparing(Comparator.naturalOrder()))
				.map(node -> nodes.get(node) ? node + " (re-exported)" : node)
				.collect(Collectors.joining(", "));
	}

	private String nodeOfPackage(String name) {
		String exporter = exporters.get(name);
		if (exporter != null) {
			return exporter;
		}
		if (JDK.stream().anyMatch(name::startsWith)) {
			return null;
		}
		return bundles.keySet().stream().filter(b -> name.startsWith(b + ".")).max(Comparator.comparingInt(String::length))
				.orElseGet(() -> group(name));
	}

	/** The group outside Kiln of a bundle or package name. */
	static String group(String name) {
		if (name.startsWith("org.eclipse.emf.")) {
			return EMF;
		}
		if (name.equals("org.eclipse.core.resources") || name.startsWith("org.eclipse.core.resources.")) {
			return CORE_RESOURCES;
		}
		if (name.startsWith("org.eclipse.") && Arrays.stream(name.split("\\.")).anyMatch(UI_SEGMENTS::contains)) {
			return UI;
		}
		if (name.startsWith("org.osgi.") || name.startsWith("org.eclipse.osgi")) {
			return OSGI;
		}
		if (name.startsWith("org.eclipse.")) {
			return PLATFORM;
		}
		if (name.startsWith("org.junit") || name.startsWith("org.opentest4j")) {
			return JUNIT;
		}
		return LIBRARIES;
	}
}
