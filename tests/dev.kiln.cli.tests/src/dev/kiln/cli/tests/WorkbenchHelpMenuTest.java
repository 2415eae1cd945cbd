package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.testsupport.ExternalTool;

/**
 * The Linux x86_64 Kiln Workbench that the build materialized starts, on a virtual display of its own, and
 * its Help menu has p2's Install New Software... and Check for Updates. The product is started as users
 * start it (its start script kiln-workbench.sh, its own bundles), from a copy with one bundle more in its bundles.info:
 * tests/dev.kiln.workbench.probe, which writes the Help menu's labels to a file and closes the workbench.
 */
class WorkbenchHelpMenuTest {

	private static final String BUNDLES_INFO = "org.eclipse.equinox.simpleconfigurator/bundles.info";

	/** Start, menu and shut-down take about 35 s here; generous for a machine shared with other builds. */
	private static final Duration LIMIT = Duration.ofMinutes(3);

	@Test
	void theStartedWorkbenchHasInstallNewSoftwareAndCheckForUpdatesInItsHelpMenu(@TempDir Path temp) throws IOException {
		Path product = Path.of(System.getProperty("kiln.product")).toAbsolutePath();
		Path probe = Path.of(System.getProperty("kiln.workbench.probe")).toAbsolutePath();
		assertTrue(Files.isRegularFile(probe), "the probe bundle is built before this module: " + probe);

		// a copy of the product with the probe in plugins/ and in bundles.info (whose version must be the bundle's)
		Path copy = temp.resolve("kiln-workbench");
		copyTree(product, copy);
		Path probeInCopy = copy.resolve("plugins/dev.kiln.workbench.probe.jar");
		Files.copy(probe, probeInCopy);
		String version;
		try (JarFile jar = new JarFile(probe.toFile())) {
			version = jar.getManifest().getMainAttributes().getValue("Bundle-Version");
		}
		Path bundlesInfo = copy.resolve("configuration").resolve(BUNDLES_INFO);
		String bundles = Files.readString(bundlesInfo);
		Files.writeString(bundlesInfo, bundles + (bundles.endsWith("\n") ? "" : "\n") + "dev.kiln.workbench.probe," + version
				+ ",plugins/dev.kiln.workbench.probe.jar,4,false\n");

		Path output = temp.resolve("help-menu.txt");
		// started by the archive's start script, with the JDK of the tests
		ExternalTool.Result run = ExternalTool.command("xvfb-run", "-a", "-s", "-screen 0 1280x1024x24",
				copy.resolve("kiln-workbench.sh").toString(), "-data", temp.resolve("workspace").toString(), "-nl", "en_US",
				"-consoleLog").environment(Map.of("JAVA_HOME", System.getProperty("java.home"), "KILN_PROBE_OUTPUT", output.toString()))
				.limit(LIMIT).run();
		assertEquals(0, run.exitCode(), run.toString());
		assertTrue(Files.exists(output), "the probe wrote no Help menu\n" + run);

		List<String> help = Files.readAllLines(output, StandardCharsets.UTF_8);
		assertEquals("-- end of Help menu --", help.get(help.size() - 1), "the probe's list is whole: " + help);
		Properties p2Labels = pluginProperties(product, "org.eclipse.equinox.p2.ui.sdk_*.jar");
		for (String key : List.of("Install.command", "Update.command")) {
			String label = p2Labels.getProperty(key);
			assertTrue(label != null && help.contains(label), "'" + label + "' in the Help menu " + help);
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> paths = Files.walk(from)) {
			for (Path path : paths.toList()) {
				Path target = to.resolve(from.relativize(path).toString());
				if (Files.isDirectory(path)) {
					Files.createDirectories(target);
				} else {
					Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	/** The plugin.properties of the product's bundle jar matching {@code glob}. */
	private static Properties pluginProperties(Path product, String glob) throws IOException {
		Properties properties = new Properties();
		try (ZipFile jar = new ZipFile(one(product.resolve("plugins"), glob));
				InputStream in = jar.getInputStream(jar.getEntry("plugin.properties"))) {
			properties.load(in);
		}
		return properties;
	}

	private static String one(Path folder, String glob) throws IOException {
		List<Path> found = new ArrayList<>();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, glob)) {
			files.forEach(found::add);
		}
		assertEquals(1, found.size(), glob + " in " + folder + ": " + found);
		return found.get(0).toString();
	}
}
