package dev.kiln.install.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import dev.kiln.testsupport.ExternalTool;

/**
 * A copy of the stock Eclipse Platform IDE that releng/dev.kiln.stockide materialized, changed only the
 * way a user changes an Eclipse: through the p2 director of that Eclipse, and started with its launcher jar.
 */
final class StockIde {

	private static final Duration DIRECTOR_LIMIT = Duration.ofMinutes(3);
	private static final Duration IDE_LIMIT = Duration.ofMinutes(3);

	private final Path home;
	private final Path work;
	private final String profile;

	private StockIde(Path home, Path work) throws IOException {
		this.home = home;
		this.work = work;
		this.profile = profileOf(home);
	}

	/** Copies the stock IDE built by this reactor ({@code kiln.stockide}) into {@code work}/eclipse. */
	static StockIde copyInto(Path work) throws IOException {
		Path built = Path.of(System.getProperty("kiln.stockide"));
		assertTrue(Files.isDirectory(built.resolve("plugins")), "no stock IDE at " + built + ": build releng/dev.kiln.stockide first");
		Path home = work.resolve("eclipse");
		copyTree(built, home);
		return new StockIde(home, work);
	}

	Path home() {
		return home;
	}

	/** The installation's p2 profile, where a user finds it: eclipse.p2.profile in configuration/config.ini. */
	String profile() {
		return profile;
	}

	private static String profileOf(Path home) throws IOException {
		Properties config = new Properties();
		try (InputStream in = Files.newInputStream(home.resolve("configuration/config.ini"))) {
			config.load(in);
		}
		String profile = config.getProperty("eclipse.p2.profile");
		assertTrue(profile != null, "no eclipse.p2.profile in the config.ini of " + home);
		return profile;
	}

	/**
	 * Runs {@code eclipse -application <application> <arguments>} headless in this installation, as a vendor
	 * runs the director in a script; returns what it printed and fails on a non-zero exit.
	 */
	String runApplication(String application, String... arguments) {
		List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-jar", launcher().toString(), "-nosplash",
				"-consoleLog", "-application", application));
		command.addAll(List.of(arguments));
		ExternalTool.Result result = ExternalTool.command(command).in(home).limit(DIRECTOR_LIMIT).run();
		assertEquals(0, result.exitCode(), () -> application + " failed:\n" + result);
		return result.out();
	}

	/** The p2 director of this installation, changing this installation's profile. */
	String director(String... arguments) {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.addAll(List.of("-destination", home.toString(), "-profile", profile));
		String out = runApplication("org.eclipse.equinox.p2.director", all.toArray(String[]::new));
		assertTrue(out.contains("Operation completed"), () -> "the director did not complete:\n" + out);
		return out;
	}

	/** The bundles the installation starts with (simpleconfigurator's bundles.info), as name,version lines. */
	List<String> configuredBundles() throws IOException {
		Path info = home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		try (Stream<String> lines = Files.lines(info)) {
			return lines.filter(line -> !line.startsWith("#"))
					.map(line -> line.split(",", 3))
					.map(fields -> fields[0] + "," + fields[1])
					.toList();
		}
	}

	/**
	 * Starts the IDE on a new workspace and a virtual display with the probe switched on ({@code
	 * probeProperties}: {@code project=<name>} or {@code update=<repository URI>}), waits until the probe has
	 * closed it (or kills it, display and all, after a bounded time) and returns the probe's report and the
	 * workspace's log.
	 */
	Session start(String name, String... probeProperties) throws IOException {
		Path workspace = work.resolve("workspace-" + name);
		Path report = work.resolve("probe-" + name + ".properties");
		// a virtual display of its own: in a parallel build (-T 2) the UI tests drive a workbench on the
		// display of the Maven run at the same time
		List<String> command = new ArrayList<>(List.of("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", java(),
				"-Xmx1g", "-Dkiln.probe.report=" + report));
		for (String property : probeProperties) {
			command.add("-Dkiln.probe." + property);
		}
		command.addAll(List.of("-jar", launcher().toString(), "-nosplash", "-data", workspace.toString()));
		ExternalTool ide = ExternalTool.command(command).in(home).limit(IDE_LIMIT);
		ExternalTool.Result result;
		try (ExternalTool.Running running = ide.start()) {
			result = running.await();
		}
		assertTrue(Files.isRegularFile(report), () -> "the probe wrote no report; the IDE:\n" + result
				+ "\n--- log\n" + read(workspace.resolve(".metadata/.log")));
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(report)) {
			properties.load(in);
		}
		return new Session(properties, read(workspace.resolve(".metadata/.log")), result.toString());
	}

	/** What a started IDE showed: the probe's report, the workspace's .metadata/.log, the process output. */
	record Session(Properties report, String log, String process) {

		/** The log's entries of severity ERROR (4), each with its message line. */
		List<String> errors() {
			List<String> errors = new ArrayList<>();
			List<String> lines = log.lines().toList();
			for (int i = 0; i < lines.size(); i++) {
				String[] fields = lines.get(i).split(" ");
				if (fields.length > 2 && fields[0].equals("!ENTRY") && fields[2].equals("4")) {
					errors.add(lines.get(i) + (i + 1 < lines.size() ? " " + lines.get(i + 1) : ""));
				}
			}
			return errors;
		}

		String get(String key) {
			return report.getProperty(key);
		}

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder("--- probe report\n");
			report.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted()
					.forEach(line -> text.append(line).append('\n'));
			return text.append("--- log\n").append(log).append("--- process\n").append(process).toString();
		}
	}

	private Path launcher() {
		try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new AssertionError("no launcher jar in " + home));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String java() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static String read(Path file) {
		try {
			return Files.isRegularFile(file) ? Files.readString(file) : "";
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path source : (Iterable<Path>) files::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}
}
