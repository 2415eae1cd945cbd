package dev.kiln.cli.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import dev.kiln.testsupport.ExampleProjects;

/**
 * examples/hello-appliance with only its qcow2 output (the cheapest format to write), and an empty cache
 * that knows the same archive state as the tests' shared cache, so that a cold build there makes the
 * base system {@link BuiltExample} was built on, and the same qcow2.
 */
final class Qcow2OnlyExample {

	static final String QCOW2 = "hello-appliance-1.0.0.qcow2";

	private Qcow2OnlyExample() {
	}

	/** A copy of the example in {@code folder} that builds only the qcow2 image, listed for no target. */
	static Path project(Path folder) throws IOException {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "    <output format=\"raw\"/>\n", "");
		ExampleProjects.editManifest(project, "    <output format=\"ova\"/>\n", "");
		// without the OVA it is no VMware listing: the target's rule (KILN-M052) would stop the build
		ExampleProjects.editManifest(project, "  <target>vmware</target>\n", "");
		return project;
	}

	/**
	 * A cache folder without base systems, holding a copy of the shared cache's Debian indexes (fresh, as
	 * the copies are new files), so that the build asks the archive for the state the shared base was made of.
	 */
	static Path emptyCacheWithTheSharedIndexes(Path cache) throws IOException {
		Path shared = KilnProcess.cache().resolve("debian");
		try (Stream<Path> walk = Files.walk(shared)) {
			for (Path source : walk.toList()) {
				Path copy = cache.resolve("debian").resolve(shared.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(copy);
				} else if (!source.getFileName().toString().endsWith(".lock")) {
					Files.copy(source, copy);
				}
			}
		}
		return cache;
	}

	/** The SHA-256 of the qcow2 image of the example as {@code kiln build} makes it alone, on the shared cache. */
	static String expectedSha256() throws IOException, InterruptedException {
		Path sums = BuiltExample.images().resolve("hello-appliance-1.0.0.sha256");
		return Files.readAllLines(sums).stream().filter(line -> line.endsWith("  " + QCOW2)).map(line -> line.substring(0, 64))
				.findFirst().orElseThrow(() -> new AssertionError(sums + " has no " + QCOW2));
	}
}
