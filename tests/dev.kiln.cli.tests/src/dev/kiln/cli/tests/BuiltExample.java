package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The images of examples/hello-appliance as {@code kiln build} makes them, built once per test run on
 * the tests' shared base-system cache ({@code kiln.test.cache}), or taken from {@code kiln.example.images}
 * (as the build tests do) when a run has them already.
 */
final class BuiltExample {

	private static final Duration BUILD_LIMIT = Duration.ofMinutes(20);
	private static Path images;

	private BuiltExample() {
	}

	/** The folder with hello-appliance-1.0.0.{raw,qcow2,ova} and its .sha256. */
	static synchronized Path images() throws IOException, InterruptedException {
		if (images != null) {
			return images;
		}
		String given = System.getProperty("kiln.example.images");
		if (given != null) {
			images = Path.of(given).toAbsolutePath();
			return images;
		}
		Path folder = Files.createTempDirectory("kiln-cli-example-");
		Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
		Path output = folder.resolve("build");
		KilnProcess.Result result = KilnProcess.run(KilnProcess.repository(), Map.of(), BUILD_LIMIT, "build", "examples/hello-appliance",
				"--output", output.toString(), "--cache", KilnProcess.cache().toString());
		assertEquals(0, result.exitCode(), result.toString());
		images = output;
		return images;
	}

	/** The example's OVA. */
	static Path ova() throws IOException, InterruptedException {
		return images().resolve("hello-appliance-1.0.0.ova");
	}

	private static void delete(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a temporary folder left behind
		}
	}
}
