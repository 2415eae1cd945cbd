package dev.kiln.build.tests;

import static dev.kiln.build.tests.BundleGraph.CORE_RESOURCES;
import static dev.kiln.build.tests.BundleGraph.EMF;
import static dev.kiln.build.tests.BundleGraph.LIBRARIES;
import static dev.kiln.build.tests.BundleGraph.UI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.build.tests.BundleGraph.Edge;
import dev.kiln.build.tests.BundleManifest.Clause;

/**
 * The bundle rules of ARCHITECTURE.md, held against every MANIFEST.MF of bundles/ and tests/: what
 * each bundle may depend on (Require-Bundle and Import-Package, through the Kiln bundles it depends
 * on too), which internal packages are exported and to whom, and docs/architecture.md's graph.
 */
class BundleStructureTest {

	private static final String ARCHITECTURE_PAGE = "docs/architecture.md";
	private static final String TABLE_HEADER = "| bundle | depends on (its MANIFEST.MF) | must never depend on, even through other bundles |";

	/** What a bundle must never reach: the nodes named, or with {@code only} every node but those. */
	record Rule(String bundle, boolean only, List<String> nodes) {

		static Rule never(String bundle, String... nodes) {
			return new Rule(bundle, false, List.of(nodes));
		}

		static Rule only(String bundle, String... nodes) {
			return new Rule(bundle, true, List.of(nodes));
		}

		boolean forbids(String node) {
			return only != nodes.contains(node);
		}

		/** As docs/architecture.md states it. */
		String text() {
			if (nodes.isEmpty()) {
				return "—";
			}
			return (only ? "anything but " : "") + String.join(", ", nodes);
		}
	}

	/** ARCHITECTURE.md's table of bundles, "may depend on", as what each must never depend on. */
	private static final List<Rule> RULES = List.of(
			Rule.only("dev.kiln.model", EMF),
			Rule.never("dev.kiln.model.edit", CORE_RESOURCES, UI),
			Rule.only("dev.kiln.image", LIBRARIES),
			Rule.never("dev.kiln.publish", "dev.kiln.model", EMF, CORE_RESOURCES, UI),
			Rule.never("dev.kiln.build", CORE_RESOURCES, UI),
			Rule.never("dev.kiln.core", UI),
			Rule.never("dev.kiln.cli", CORE_RESOURCES, UI),
			Rule.never("dev.kiln.launch", UI),
			Rule.never("dev.kiln.ui"));

	/**
	 * The bundles of tests/ that drive a workbench (the probes run inside a started IDE: the Kiln Workbench for
	 * WorkbenchHelpMenuTest, the stock IDE for the install test); every other one runs headless.
	 */
	private static final List<String> UI_TEST_BUNDLES = List.of("dev.kiln.ui.tests", "dev.kiln.ui.testsupport",
			"dev.kiln.workbench.probe", "dev.kiln.install.probe");

	private static Path repository;
	private static List<BundleManifest> manifests;
	private static BundleGraph graph;

	@BeforeAll
	static void readManifests() {
		repository = ExampleProjects.repository();
		manifests = BundleManifest.readAll(repository);
		graph = new BundleGraph(manifests);
	}

	@Test
	void everyBundleHasARuleAndTheRulesNameOnlyBundlesThatExist() {
		assertEquals(production(), RULES.stream().map(Rule::bundle).sorted().toList(),
				"each folder of bundles/ has one rule in " + getClass().getSimpleName() + ".RULES, as in ARCHITECTURE.md's table");
	}

	@Test
	void noBundleDependsOnWhatTheArchitectureForbids() {
		List<String> problems = new ArrayList<>();
		for (Rule rule : RULES) {
			graph.reach(rule.bundle()).forEach((node, path) -> {
				if (rule.forbids(node)) {
					problems.add(forbidden(rule.bundle(), node, "never on " + rule.text(), path));
				}
			});
		}
		assertNone(problems);
	}

	@Test
	void headlessTestBundlesDependOnNoUi() {
		List<String> problems = new ArrayList<>();
		for (BundleManifest manifest : manifests) {
			if (manifest.file().startsWith("tests") && !UI_TEST_BUNDLES.contains(manifest.symbolicName())) {
				List<Edge> path = graph.reach(manifest.symbolicName()).get(UI);
				if (path != null) {
					problems.add(forbidden(manifest.symbolicName(), UI, "headless tests never on " + UI, path));
				}
			}
		}
		assertNone(problems);
	}

	@Test
	void noKilnBundleIsReexported() {
		List<String> problems = new ArrayList<>();
		for (BundleManifest manifest : manifests) {
			for (Edge edge : graph.edges(manifest.symbolicName())) {
				if (edge.reexported() && graph.isKiln(edge.to())) {
					problems.add(manifest.file() + ": " + edge.clause() + ";visibility:=reexport hides a dependency from the graph:"
							+ " each bundle requires the Kiln bundles it uses itself");
				}
			}
		}
		assertNone(problems);
	}

	@Test
	void everyFriendIsABundleThatUsesThePackage() {
		List<String> problems = new ArrayList<>();
		for (BundleManifest manifest : manifests) {
			for (Clause export : manifest.exportPackage()) {
				for (String friend : friends(export)) {
					BundleManifest friendManifest = graph.bundle(friend);
					String entry = manifest.file() + ": Export-Package: " + export.name() + " names x-friend " + friend;
					if (friendManifest == null) {
						problems.add(entry + ", which is no bundle or fragment of bundles/ or tests/: remove it");
					} else if (manifest.symbolicName().equals(friendManifest.fragmentHost())) {
						problems.add(entry + ", a fragment of " + manifest.symbolicName()
								+ ", which sees all its host's packages: remove it");
					} else if (!uses(friendManifest.folder(), export.name())) {
						problems.add(entry + ", which uses nothing of it (no 'import " + export.name()
								+ ".' in its sources, no class of it in its XML): remove it");
					}
				}
			}
		}
		assertNone(problems);
	}

	@Test
	void internalPackagesAreExportedOnlyToFriends() {
		List<String> problems = new ArrayList<>();
		for (BundleManifest manifest : manifests) {
			for (Clause export : manifest.exportPackage()) {
				if (Arrays.asList(export.name().split("\\.")).contains("internal") && friends(export).isEmpty()) {
					problems.add(manifest.file() + ": Export-Package: " + export.name()
							+ " exports an internal package to every bundle: name the bundles that use it in x-friends, or do not export it");
				}
			}
		}
		assertNone(problems);
	}

	@Test
	void theArchitecturePageShowsTheBundleGraph() throws IOException {
		List<String> expected = new ArrayList<>(List.of(TABLE_HEADER, "|---|---|---|"));
		for (String bundle : graph.layered(production())) {
			String never = RULES.stream().filter(r -> r.bundle().equals(bundle)).findFirst().map(Rule::text).orElse("?");
			expected.add("| " + bundle + " | " + graph.dependencies(bundle) + " | " + never + " |");
		}
		List<String> lines = Files.readAllLines(repository.resolve(ARCHITECTURE_PAGE));
		int start = lines.indexOf(TABLE_HEADER);
		List<String> documented = start < 0 ? List.of()
				: lines.subList(start, lines.size()).stream().takeWhile(line -> line.startsWith("|")).toList();

		assertEquals(String.join("\n", expected), String.join("\n", documented), ARCHITECTURE_PAGE
				+ " § Bundle dependencies is not the graph of the MANIFEST.MFs (or the rules of " + getClass().getSimpleName()
				+ "): replace its table with the expected one below, and say in the text what changed");
	}

	/** Fails with one line per problem. */
	private static void assertNone(List<String> problems) {
		if (!problems.isEmpty()) {
			fail(problems.size() + " problem(s):\n" + String.join("\n", problems));
		}
	}

	/** The symbolic names of bundles/*, sorted. */
	private static List<String> production() {
		return manifests.stream().filter(m -> m.file().startsWith("bundles")).map(BundleManifest::symbolicName).sorted().toList();
	}

	private static String forbidden(String bundle, String node, String rule, List<Edge> path) {
		String problem = graph.bundle(bundle).file() + ": " + bundle + " depends on " + node + ", which the architecture forbids ("
				+ rule + "): ";
		if (path.size() == 1) {
			return problem + "it declares " + path.get(0).clause();
		}
		return problem + "it reaches it through " + path.stream().map(Edge::toString).collect(Collectors.joining(" → "));
	}

	private static List<String> friends(Clause export) {
		String friends = export.parameter("x-friends");
		return friends == null ? List.of() : Stream.of(friends.split(",")).map(String::strip).toList();
	}

	/** Whether a bundle's Java sources import from the package, or its XML (plugin.xml, OSGI-INF) names a class of it. */
	private static boolean uses(Path folder, String packageName) {
		Pattern imports = Pattern.compile("(?m)^\\s*import\\s+(static\\s+)?" + Pattern.quote(packageName) + "\\.(\\*|[A-Z])");
		Pattern classes = Pattern.compile(Pattern.quote(packageName) + "\\.[A-Z]");
		Path root = repository.resolve(folder);
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
					.filter(file -> !List.of("target", "bin").contains(root.relativize(file).getName(0).toString()))
					.anyMatch(file -> {
						String name = file.getFileName().toString();
						Pattern pattern = name.endsWith(".java") ? imports : name.endsWith(".xml") ? classes : null;
						return pattern != null && pattern.matcher(read(file)).find();
					});
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
