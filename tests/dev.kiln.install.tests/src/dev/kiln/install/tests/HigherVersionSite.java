package dev.kiln.install.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The next release's update site, made from the one this reactor built: Kiln's feature and bundles get a
 * higher micro version (same content, same qualifier), the libraries stay as they are, and the Platform's
 * own publisher (FeaturesAndBundlesPublisher, run in the stock IDE) turns them into a p2 repository, as a
 * second Tycho build with a bumped version would.
 */
final class HigherVersionSite {

	private static final Pattern FEATURE_JAR = Pattern.compile("features/dev\\.kiln\\.feature_(.+)\\.jar");

	private final Path repository;
	private final String oldVersion;
	private final String newVersion;

	private HigherVersionSite(Path repository, String oldVersion, String newVersion) {
		this.repository = repository;
		this.oldVersion = oldVersion;
		this.newVersion = newVersion;
	}

	/**
	 * Publishes, with {@code publisher}'s FeaturesAndBundlesPublisher, {@code siteZip} with Kiln's micro
	 * version raised by {@code releases} into {@code folder}.
	 */
	static HigherVersionSite publish(Path siteZip, int releases, Path folder, StockIde publisher) throws IOException {
		String oldVersion = featureVersion(siteZip);
		String newVersion = raiseMicro(oldVersion, releases);
		Path source = folder.resolve("source");
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(siteZip))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				if (entry.isDirectory() || !(name.startsWith("plugins/") || name.startsWith("features/"))) {
					continue;
				}
				byte[] jar = zip.readAllBytes();
				boolean kiln = name.startsWith("plugins/dev.kiln.") || name.startsWith("features/dev.kiln.");
				Path target = source.resolve(kiln ? name.replace(oldVersion, newVersion) : name);
				Files.createDirectories(target.getParent());
				Files.write(target, kiln ? rewrite(jar, oldVersion, newVersion) : jar);
			}
		}
		Path repository = folder.resolve("repository");
		String uri = repository.toUri().toString();
		publisher.runApplication("org.eclipse.equinox.p2.publisher.FeaturesAndBundlesPublisher", "-source",
				source.toString(), "-metadataRepository", uri, "-artifactRepository", uri, "-publishArtifacts",
				"-compress");
		return new HigherVersionSite(repository, oldVersion, newVersion);
	}

	Path repository() {
		return repository;
	}

	String oldVersion() {
		return oldVersion;
	}

	String newVersion() {
		return newVersion;
	}

	/** The version of dev.kiln.feature in the site, from its jar's name. */
	static String featureVersion(Path siteZip) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(siteZip))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Matcher feature = FEATURE_JAR.matcher(entry.getName());
				if (feature.matches()) {
					return feature.group(1);
				}
			}
		}
		throw new AssertionError("no dev.kiln.feature in " + siteZip);
	}

	/** 0.1.0.202612030616 raised by 1 is 0.1.1.202612030616. */
	static String raiseMicro(String version, int releases) {
		String[] parts = version.split("\\.", 4);
		parts[2] = Integer.toString(Integer.parseInt(parts[2]) + releases);
		return String.join(".", parts);
	}

	/** The jar with its bundle version (manifest) or feature version (feature.xml) raised; entries otherwise as they were. */
	private static byte[] rewrite(byte[] jar, String oldVersion, String newVersion) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar));
				ZipOutputStream out = new ZipOutputStream(bytes)) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] content = in.readAllBytes();
				if (entry.getName().equals("META-INF/MANIFEST.MF")) {
					content = manifestWithVersion(content, oldVersion, newVersion);
				} else if (entry.getName().equals("feature.xml")) {
					content = new String(content, StandardCharsets.UTF_8)
							.replace("version=\"" + oldVersion + "\"", "version=\"" + newVersion + "\"")
							.getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new ZipEntry(entry.getName()));
				out.write(content);
				out.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static byte[] manifestWithVersion(byte[] content, String oldVersion, String newVersion) throws IOException {
		Manifest manifest;
		try (InputStream in = new ByteArrayInputStream(content)) {
			manifest = new Manifest(in);
		}
		Attributes main = manifest.getMainAttributes();
		String version = main.getValue("Bundle-Version");
		if (version == null) {
			return content; // a feature jar's manifest: its version is in feature.xml
		}
		if (!oldVersion.equals(version)) {
			throw new AssertionError("a Kiln bundle of version " + version + " in a site of version " + oldVersion);
		}
		main.putValue("Bundle-Version", newVersion);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (OutputStream out = bytes) {
			manifest.write(out);
		}
		return bytes.toByteArray();
	}
}
