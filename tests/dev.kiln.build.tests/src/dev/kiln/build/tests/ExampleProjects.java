package dev.kiln.build.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import dev.kiln.image.ImageEngine;

/** The repository's examples, copied so that tests can change them, and the engine with the tests' shared cache. */
final class ExampleProjects {

	private ExampleProjects() {
	}

	static Path repository() {
		return Path.of(System.getProperty("kiln.repository")).toAbsolutePath().normalize();
	}

	static Path hello() {
		return repository().resolve("examples/hello-appliance");
	}

	/** A copy of hello-appliance in {@code folder}. */
	static Path copyOfHello(Path folder) throws IOException {
		Path target = folder.resolve("hello-appliance");
		try (Stream<Path> walk = Files.walk(hello())) {
			for (Path source : walk.toList()) {
				Path copy = target.resolve(hello().relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return target;
	}

	/** Replaces text in a copied project's manifest. */
	static void editManifest(Path project, String from, String to) throws IOException {
		Path manifest = project.resolve("appliance.xml");
		String text = Files.readString(manifest);
		if (!text.contains(from)) {
			throw new AssertionError("the manifest has no '" + from + "'");
		}
		Files.writeString(manifest, text.replace(from, to));
	}

	/** The engine on the cache all build tests share (base systems are built once per test run). */
	static ImageEngine engine() {
		return new ImageEngine(Path.of(System.getProperty("kiln.test.cache")));
	}

	static long fileCount(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.count();
		}
	}
}
