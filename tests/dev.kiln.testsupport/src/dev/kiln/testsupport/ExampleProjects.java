package dev.kiln.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The projects in the repository's examples/ (found through the system property {@code kiln.repository}
 * that each test module's pom sets), and copies of them that tests may change.
 */
public final class ExampleProjects {

	/** The folder a build writes its images to in a project; copies leave it out. */
	private static final String BUILD_OUTPUT = "build";

	private ExampleProjects() {
	}

	/** The repository checkout the tests run in. */
	public static Path repository() {
		String location = System.getProperty("kiln.repository");
		if (location == null) {
			throw new AssertionError("kiln.repository is not set; run the tests through Maven (the test module's pom.xml sets it)");
		}
		return Path.of(location).toAbsolutePath().normalize();
	}

	/** examples/hello-appliance, the example the README and the tests use; tests must not change it. */
	public static Path hello() {
		return repository().resolve("examples/hello-appliance");
	}

	/** A copy of examples/hello-appliance, without its build/ output, as {@code folder}/hello-appliance. */
	public static Path copyOfHello(Path folder) throws IOException {
		return copy(hello(), folder);
	}

	/** examples/hello-java-reactor, the Maven reactor of a Java service and its appliance; tests must not change it. */
	public static Path javaReactor() {
		return repository().resolve("examples/hello-java-reactor");
	}

	/**
	 * A copy of examples/hello-java-reactor, without the output of Maven (target/) or Kiln (build/), as
	 * {@code folder}/hello-java-reactor.
	 */
	public static Path copyOfJavaReactor(Path folder) throws IOException {
		return copy(javaReactor(), folder);
	}

	/** A copy of the example {@code example}, without build outputs (build/, Maven's target/), in {@code folder}. */
	private static Path copy(Path example, Path folder) throws IOException {
		Path target = folder.resolve(example.getFileName().toString());
		try (Stream<Path> walk = Files.walk(example)) {
			for (Path source : walk.filter(p -> !isOutput(example.relativize(p))).toList()) {
				Path copy = target.resolve(example.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(copy);
				} else {
					Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
		return target;
	}

	private static boolean isOutput(Path relative) {
		for (Path name : relative) {
			if (name.toString().equals(BUILD_OUTPUT) || name.toString().equals("target")) {
				return true;
			}
		}
		return false;
	}

	/** Replaces text in a copied project's appliance.xml; fails the test when the manifest does not contain {@code from}. */
	public static void editManifest(Path project, String from, String to) throws IOException {
		Path manifest = project.resolve("appliance.xml");
		String text = Files.readString(manifest);
		if (!text.contains(from)) {
			throw new AssertionError("the manifest " + manifest + " has no '" + from + "'");
		}
		Files.writeString(manifest, text.replace(from, to));
	}
}
