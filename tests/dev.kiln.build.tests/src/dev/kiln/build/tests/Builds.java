package dev.kiln.build.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.kiln.image.ImageEngine;

/** The build tests' engine on the cache they all share, and what a build left in its output folder. */
final class Builds {

	private Builds() {
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
