package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The archives that releng/dev.kiln.product builds for each platform (docs/adr/023) hold what starts there: that
 * platform's SWT fragment and no other platform's, the launcher jar, the configuration naming the product, p2's
 * profile with Kiln's update site, p2's user interface, and the start script. Read from the archives themselves.
 */
class ProductArchivesTest {

	/** The platforms of the product pom's environments; macOS archives hold an .app folder. */
	enum Platform {
		LINUX_X86_64("linux", "gtk", "x86_64", "tar.gz", "kiln-workbench/"),
		LINUX_AARCH64("linux", "gtk", "aarch64", "tar.gz", "kiln-workbench/"),
		MACOS_X86_64("macosx", "cocoa", "x86_64", "tar.gz", "kiln-workbench.app/Contents/Eclipse/"),
		MACOS_AARCH64("macosx", "cocoa", "aarch64", "tar.gz", "kiln-workbench.app/Contents/Eclipse/"),
		WINDOWS_X86_64("win32", "win32", "x86_64", "zip", "kiln-workbench/");

		final String os;
		final String ws;
		final String arch;
		final String format;
		final String root;

		Platform(String os, String ws, String arch, String format, String root) {
			this.os = os;
			this.ws = ws;
			this.arch = arch;
			this.format = format;
			this.root = root;
		}

		String swtFragment() {
			return "org.eclipse.swt." + ws + "." + os + "." + arch;
		}

		String script() {
			return os.equals("win32") ? "kiln-workbench.cmd" : "kiln-workbench.sh";
		}
	}

	/** Any platform's SWT or launcher fragment, as p2 lays it out under plugins/ (jar or folder). */
	private static final Pattern NATIVE_FRAGMENT = Pattern
			.compile("plugins/(org\\.eclipse\\.(swt|equinox\\.launcher)\\.(gtk|cocoa|win32)\\.[a-z0-9]+\\.[a-z0-9_]+)_[^/]+(/|\\.jar$)");

	/** Text files of the archive that the checks read whole (small). */
	private static final List<String> TEXTS = List.of("configuration/config.ini",
			"configuration/org.eclipse.equinox.simpleconfigurator/bundles.info",
			"p2/org.eclipse.equinox.p2.engine/profileRegistry/DefaultProfile.profile/.data/.settings/org.eclipse.equinox.p2.metadata.repository.prefs",
			"kiln-workbench.sh", "kiln-workbench.cmd");

	@ParameterizedTest
	@EnumSource(Platform.class)
	void eachArchiveHoldsItsPlatformsNativesConfigurationP2AndStartScript(Platform platform) throws IOException {
		Archive archive = Archive.read(archiveOf(platform), platform.root);

		List<String> fragments = new ArrayList<>();
		for (String name : archive.names) {
			var matcher = NATIVE_FRAGMENT.matcher(name);
			if (matcher.matches() && !fragments.contains(matcher.group(1))) {
				fragments.add(matcher.group(1));
			}
		}
		List<String> expected = new ArrayList<>(List.of(platform.swtFragment()));
		// Maven Central has a launcher fragment for launcher 1.8 only for Linux x86_64 (docs/adr/023)
		if (platform == Platform.LINUX_X86_64) {
			expected.add("org.eclipse.equinox.launcher.gtk.linux.x86_64");
		}
		fragments.sort(null);
		expected.sort(null);
		assertEquals(expected, fragments, "native fragments in " + archive.file);

		assertTrue(archive.names.stream().anyMatch(n -> n.matches("plugins/org\\.eclipse\\.equinox\\.launcher_[^/]+\\.jar")),
				"the launcher jar in " + archive.file);

		String configIni = archive.text("configuration/config.ini");
		assertTrue(configIni.contains("eclipse.product=dev.kiln.ui.product"), configIni);
		assertTrue(configIni.contains("eclipse.application=org.eclipse.ui.ide.workbench"), configIni);
		assertTrue(Pattern.compile("(?m)^osgi\\.bundles=reference\\\\:file\\\\:org\\.eclipse\\.equinox\\.simpleconfigurator_[^@]+@1\\\\:start$")
				.matcher(configIni).find(), configIni);
		assertTrue(configIni.contains("eclipse.p2.profile=DefaultProfile"), configIni);

		String bundles = archive.text("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info");
		for (String bundle : List.of(platform.swtFragment(), "dev.kiln.ui", "org.eclipse.equinox.p2.ui.sdk",
				"org.eclipse.equinox.p2.ui.sdk.scheduler", "org.eclipse.equinox.p2.transport.ecf")) {
			assertTrue(bundles.contains("\n" + bundle + ","), bundle + " in bundles.info of " + archive.file);
		}

		String repositories = archive.text(TEXTS.get(2));
		assertTrue(repositories.contains("nickname=Kiln Appliance Tools"), "Kiln's update site in p2's profile:\n" + repositories);

		String script = archive.text(platform.script());
		assertTrue(script.contains("org.eclipse.equinox.launcher_*.jar"), script);
		if (!platform.os.equals("win32")) {
			assertTrue(script.startsWith("#!/bin/sh\n"), script);
			assertTrue(script.contains("-XstartOnFirstThread"), "macOS needs SWT on the first thread:\n" + script);
			assertEquals(0755, archive.modes.get(platform.script()) & 0777, "mode of " + platform.script());
		}
	}

	private static Path archiveOf(Platform platform) throws IOException {
		Path products = Path.of(System.getProperty("kiln.product.archives"));
		List<Path> found = new ArrayList<>();
		String suffix = "-" + platform.os + "." + platform.ws + "." + platform.arch + "." + platform.format;
		try (DirectoryStream<Path> files = Files.newDirectoryStream(products, "kiln-workbench-*" + suffix)) {
			files.forEach(found::add);
		}
		assertEquals(1, found.size(), "one archive *" + suffix + " in " + products + ": " + found);
		return found.get(0);
	}

	/** The entry names (relative to the product's root folder), modes and small text files of one archive. */
	private record Archive(Path file, List<String> names, Map<String, Integer> modes, Map<String, String> texts) {

		static Archive read(Path file, String root) throws IOException {
			List<String> names = new ArrayList<>();
			Map<String, Integer> modes = new TreeMap<>();
			Map<String, String> texts = new TreeMap<>();
			if (file.toString().endsWith(".zip")) {
				try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
					for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
						add(root, entry.getName(), 0, zip, names, modes, texts);
					}
				}
			} else {
				try (TarArchiveInputStream tar = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(file)))) {
					for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
						add(root, entry.getName(), entry.getMode(), tar, names, modes, texts);
					}
				}
			}
			assertTrue(names.contains("configuration/config.ini"), "no " + root + "configuration/config.ini in " + file);
			return new Archive(file, names, modes, texts);
		}

		private static void add(String root, String name, int mode, InputStream content, List<String> names,
				Map<String, Integer> modes, Map<String, String> texts) throws IOException {
			if (root.startsWith(name)) {
				return; // the folders above the root (macOS: kiln-workbench.app/, kiln-workbench.app/Contents/)
			}
			assertTrue(name.startsWith(root), name + " outside " + root);
			String relative = name.substring(root.length());
			names.add(relative);
			modes.put(relative, mode);
			if (TEXTS.contains(relative)) {
				texts.put(relative, new String(content.readAllBytes(), StandardCharsets.UTF_8));
			}
		}

		String text(String relative) {
			String text = texts.get(relative);
			assertTrue(text != null, "no " + relative + " in " + file);
			return text;
		}
	}
}
