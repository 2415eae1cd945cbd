package dev.kiln.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.testsupport.ExampleProjects;
import dev.kiln.testsupport.ExternalTool;
import dev.kiln.testsupport.QemuBoot;

/**
 * The sample vendor reactor (examples/hello-java-reactor: a Java service module and an appliance module of
 * packaging {@code appliance}) built with Maven against kiln-maven-plugin as a vendor's CI takes it: from the
 * Maven repository that Kiln's build writes (maven/kiln-maven-plugin/target/repository), named in a settings.xml,
 * into a local repository of its own — no Kiln checkout on the class path, no product. Its images are the bytes
 * of {@code kiln build}, it boots and its Java service answers; {@code mvn deploy} publishes it; a broken
 * manifest fails the build at its line; {@code -o} builds again from the caches.
 */
class MavenPluginTest {

	private static final Duration FIRST_BUILD = Duration.ofMinutes(20);
	private static final Duration BUILD = Duration.ofMinutes(10);
	private static final Duration BOOT_LIMIT = Duration.ofMinutes(6);
	/** project.build.outputTimestamp of the sample's parent POM (2026-01-01T00:00:00Z): the images' time stamp. */
	private static final String EPOCH = "1767225600";
	private static final Pattern LOCATED = Pattern.compile("\\[ERROR\\] (/\\S+/appliance\\.xml):\\[(\\d+),(\\d+)\\] (KILN-[A-Z]\\d{3}) (.+)");

	/** The reactor, its local repository and settings: built once, online, by the first test that needs them. */
	private static Path shared;
	private static ExternalTool.Result firstBuild;

	@TempDir
	Path folder;

	private static synchronized Path builtReactor() throws IOException {
		if (shared == null) {
			Path root = Files.createTempDirectory("kiln-maven-sample");
			shared = ExampleProjects.copyOfJavaReactor(root);
			writeSettings(root, null);
			firstBuild = maven(shared, FIRST_BUILD, "verify");
		}
		assertEquals(0, firstBuild.exitCode(), firstBuild.toString());
		return shared;
	}

	@AfterAll
	static void removeTheSharedReactor() throws IOException {
		if (shared != null) {
			try (Stream<Path> paths = Files.walk(shared.getParent())) {
				for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
					Files.deleteIfExists(path);
				}
			}
		}
	}

	/**
	 * settings.xml beside the reactor: Kiln's repository as a plug-in repository (as a vendor's settings or POM
	 * name their Kiln repository), and the registry's login when {@code registry} is given.
	 */
	private static Path writeSettings(Path root, LocalRegistry registry) throws IOException {
		Path repository = KilnProcess.repository().resolve("maven/kiln-maven-plugin/target/repository");
		assertTrue(Files.isDirectory(repository.resolve("dev/kiln/kiln-maven-plugin")), "Kiln's build wrote no " + repository);
		String server = registry == null ? ""
				: "<servers><server><id>kiln-registry</id><username>" + LocalRegistry.USER + "</username><password>" + LocalRegistry.PASSWORD
						+ "</password></server></servers>";
		Path settings = root.resolve(registry == null ? "settings.xml" : "settings-registry.xml");
		Files.writeString(settings, """
				<settings>
				  %s
				  <profiles><profile><id>kiln</id>
				    <pluginRepositories><pluginRepository><id>kiln</id><url>%s</url>
				      <snapshots><enabled>true</enabled><updatePolicy>always</updatePolicy></snapshots>
				    </pluginRepository></pluginRepositories>
				  </profile></profiles>
				  <activeProfiles><activeProfile>kiln</activeProfile></activeProfiles>
				</settings>
				""".formatted(server, repository.toUri()));
		return settings;
	}

	private static ExternalTool.Result maven(Path reactor, Duration limit, String... arguments) {
		return maven(reactor, reactor.getParent().resolve("settings.xml"), limit, arguments);
	}

	private static ExternalTool.Result maven(Path reactor, Path settings, Duration limit, String... arguments) {
		return maven(reactor, settings, reactor.getParent().resolve("repository"), limit, arguments);
	}

	/** Runs the Maven Wrapper of Kiln's repository (the Maven a vendor has) in {@code reactor}. */
	private static ExternalTool.Result maven(Path reactor, Path settings, Path localRepository, Duration limit, String... arguments) {
		List<String> command = new ArrayList<>(List.of(KilnProcess.repository().resolve("mvnw").toString(), "-B", "-s", settings.toString(),
				"-Dmaven.repo.local=" + localRepository, "-Dkiln.cache=" + KilnProcess.cache()));
		command.addAll(List.of(arguments));
		return ExternalTool.command(command).in(reactor).limit(limit)
				.environment(Map.of("JAVA_HOME", System.getProperty("java.home"))).run();
	}

	private static String sha256(Path sums, String file) throws IOException {
		return Files.readAllLines(sums).stream().filter(line -> line.endsWith("  " + file)).map(line -> line.substring(0, 64)).findFirst()
				.orElseThrow(() -> new AssertionError(sums + " lists no " + file));
	}

	@Test
	void mvnVerifyBuildsTheBytesOfKilnBuildAndTheJavaServiceAnswersInTheBootedAppliance() throws Exception {
		Path reactor = builtReactor();
		Path appliance = reactor.resolve("appliance");
		Path images = appliance.resolve("target/appliance");
		String log = firstBuild.out();
		assertTrue(log.contains("Application dependency com.example.hello:hello-service:jar:1.0.0"), log);
		assertTrue(Files.isRegularFile(appliance.resolve("target/dependencies/hello-service-1.0.0.jar")), log);
		for (String file : List.of("hello-java-1.0.0.qcow2", "hello-java-1.0.0.ova", "hello-java-1.0.0.sha256", "hello-java-1.0.0.packages",
				"hello-java-1.0.0.cdx.json")) {
			assertTrue(Files.isRegularFile(images.resolve(file)), file + " in " + images);
		}
		assertTrue(Files.readString(images.resolve("hello-java-1.0.0.cdx.json")).contains("\"bomFormat\":\"CycloneDX\""));
		assertTrue(Files.readString(images.resolve("hello-java-1.0.0.packages")).contains("openjdk-21-jre-headless\t"));
		assertTrue(log.contains("2 image(s) match their SHA-256"), "the verify goal ran in the verify phase:\n" + log);

		// kiln build of the same appliance folder, with the reactor's time stamp: the same bytes
		Path kilnOutput = folder.resolve("kiln-build");
		KilnProcess.Result kiln = KilnProcess.run(folder, Map.of("SOURCE_DATE_EPOCH", EPOCH), BUILD, "build", appliance.toString(), "--output",
				kilnOutput.toString(), "--cache", KilnProcess.cache().toString());
		assertEquals(0, kiln.exitCode(), kiln.toString());
		for (String image : List.of("hello-java-1.0.0.qcow2", "hello-java-1.0.0.ova")) {
			assertEquals(sha256(kilnOutput.resolve("hello-java-1.0.0.sha256"), image), sha256(images.resolve("hello-java-1.0.0.sha256"), image),
					image + " of mvn verify and of kiln build");
			assertEquals(-1L, Files.mismatch(images.resolve(image), kilnOutput.resolve(image)), image);
		}

		try (QemuBoot vm = QemuBoot.start(images.resolve("hello-java-1.0.0.qcow2"), "qcow2", QemuBoot.Firmware.SEABIOS, 8080,
				folder.resolve("vm"), "hello-java")) {
			double seconds = vm.awaitSerial("KILN-READY hello-java listening on port 8080", BOOT_LIMIT);
			System.out.printf("hello-java: the Java service listened after %.1f s%n", seconds);
			HttpResponse<String> response = vm.get("/", Duration.ofMinutes(1));
			assertEquals(200, response.statusCode());
			assertEquals("Hello from a Java service on Java 21\n", response.body());
		}
	}

	@Test
	void anOfflineRebuildComesFromTheCachesAndGivesTheSameBytes() throws Exception {
		Path reactor = builtReactor();
		Path sums = reactor.resolve("appliance/target/appliance/hello-java-1.0.0.sha256");
		String before = Files.readString(sums);
		ExternalTool.Result offline = maven(reactor, BUILD, "-o", "verify");
		assertEquals(0, offline.exitCode(), offline.toString());
		assertTrue(offline.out().contains("the base system came from the cache"), offline.out());
		assertEquals(before, Files.readString(sums), "the offline rebuild's images are the online build's");
	}

	@Test
	void inATychoReactorTheApplianceTakesTheJarOfABundleModule() throws Exception {
		Path reactor = builtReactor();
		// the sample's appliance module beside an eclipse-plugin module of the same name as the sample's service
		Path tycho = Files.createDirectories(folder.resolve("tycho-reactor"));
		Path appliance = ExampleProjects.copyOfJavaReactor(folder).resolve("appliance");
		Files.move(appliance, tycho.resolve("appliance"));
		Path bundle = Files.createDirectories(tycho.resolve("bundle/META-INF"));
		Files.writeString(tycho.resolve("pom.xml"), """
				<project xmlns="http://maven.apache.org/POM/4.0.0">
				  <modelVersion>4.0.0</modelVersion>
				  <groupId>com.example.hello</groupId>
				  <artifactId>hello-java-parent</artifactId>
				  <version>1.0.0</version>
				  <packaging>pom</packaging>
				  <properties><project.build.outputTimestamp>2026-01-01T00:00:00Z</project.build.outputTimestamp></properties>
				  <modules><module>bundle</module><module>appliance</module></modules>
				  <build>
				    <plugins>
				      <plugin><groupId>org.eclipse.tycho</groupId><artifactId>tycho-maven-plugin</artifactId><version>4.0.13</version><extensions>true</extensions></plugin>
				    </plugins>
				    <pluginManagement><plugins>
				      <plugin><groupId>dev.kiln</groupId><artifactId>kiln-maven-plugin</artifactId><version>0.1.0-SNAPSHOT</version></plugin>
				    </plugins></pluginManagement>
				  </build>
				</project>
				""");
		Files.writeString(tycho.resolve("bundle/pom.xml"), """
				<project xmlns="http://maven.apache.org/POM/4.0.0">
				  <modelVersion>4.0.0</modelVersion>
				  <parent><groupId>com.example.hello</groupId><artifactId>hello-java-parent</artifactId><version>1.0.0</version></parent>
				  <artifactId>hello-service</artifactId>
				  <packaging>eclipse-plugin</packaging>
				</project>
				""");
		Files.writeString(bundle.resolve("MANIFEST.MF"), """
				Manifest-Version: 1.0
				Bundle-ManifestVersion: 2
				Bundle-SymbolicName: hello-service
				Bundle-Version: 1.0.0
				Bundle-RequiredExecutionEnvironment: JavaSE-17
				Main-Class: com.example.hello.HelloService
				""");
		Files.writeString(tycho.resolve("bundle/build.properties"), "source.. = src/\nbin.includes = META-INF/,.\n");
		Path source = Files.createDirectories(tycho.resolve("bundle/src/com/example/hello"));
		Files.copy(reactor.resolve("service/src/main/java/com/example/hello/HelloService.java"), source.resolve("HelloService.java"));

		// Tycho comes from Maven Central into the shared local repository (online), Kiln from its repository
		ExternalTool.Result result = maven(tycho, reactor.getParent().resolve("settings.xml"), reactor.getParent().resolve("repository"), BUILD,
				"verify");
		assertEquals(0, result.exitCode(), result.toString());
		assertTrue(result.out().contains("Tycho Version:  4.0.13"), result.out());
		assertTrue(result.out().contains("Application dependency com.example.hello:hello-service:jar:1.0.0"), result.out());
		assertTrue(result.out().contains("2 image(s) match their SHA-256"), result.out());
		assertTrue(Files.isRegularFile(tycho.resolve("appliance/target/dependencies/hello-service-1.0.0.jar")));
	}

	@Test
	void kilnAuditChecksTheBuildsPackagesAgainstTheArchive() throws Exception {
		Path reactor = builtReactor();
		// in every module of the reactor: the parent and the service are no appliances and say so
		ExternalTool.Result audit = maven(reactor, BUILD, "-o", "kiln:audit", "-Dkiln.failOnSecurityFixes=false");
		assertEquals(0, audit.exitCode(), audit.toString());
		assertTrue(audit.out().contains("Module hello-service has no appliance.xml and is no appliance: nothing to do."), audit.out());
		assertTrue(audit.out().contains("pocket trixie-security "), audit.out());
		assertTrue(Pattern.compile("hello-java 1\\.0\\.0[^:]*: (up to date|no security fix pending|\\d+ security fix\\(es\\) pending)").matcher(audit.out()).find(),
				audit.out());
		String json = Files.readString(reactor.resolve("appliance/target/appliance/hello-java-1.0.0.audit.json"));
		assertTrue(json.contains("\"securityFixesPending\""), json);
	}

	@Test
	void aBrokenManifestFailsTheBuildWithTheLocatedErrorAndSkipApplianceSkipsIt() throws Exception {
		Path reactor = builtReactor();
		Path broken = ExampleProjects.copyOfJavaReactor(folder);
		Files.copy(reactor.getParent().resolve("settings.xml"), folder.resolve("settings.xml"));
		Files.createSymbolicLink(folder.resolve("repository"), reactor.getParent().resolve("repository"));
		ExampleProjects.editManifest(broken.resolve("appliance"), "memoryMb=\"1024\"", "memoryMb=\"lots\"");
		int line = Files.readAllLines(broken.resolve("appliance/appliance.xml")).indexOf(
				Files.readAllLines(broken.resolve("appliance/appliance.xml")).stream().filter(l -> l.contains("memoryMb=\"lots\"")).findFirst().orElseThrow()) + 1;

		ExternalTool.Result result = maven(broken, BUILD, "-o", "verify");
		assertNotEquals(0, result.exitCode(), result.toString());
		Matcher located = result.out().lines().map(LOCATED::matcher).filter(Matcher::matches).findFirst()
				.orElseThrow(() -> new AssertionError("no located error line:\n" + result.out()));
		assertEquals(broken.resolve("appliance/appliance.xml").toRealPath().toString(), Path.of(located.group(1)).toRealPath().toString());
		assertEquals(line, Integer.parseInt(located.group(2)), located.group());
		assertTrue(located.group(5).contains("lots"), located.group());
		assertTrue(result.out().contains("BUILD FAILURE"), result.out());
		assertTrue(!result.out().contains("\tat "), "no stack trace:\n" + result.out());
		assertTrue(!Files.exists(broken.resolve("appliance/target/appliance")), "nothing was built");

		ExternalTool.Result skipped = maven(broken, BUILD, "-o", "verify", "-DskipAppliance");
		assertEquals(0, skipped.exitCode(), skipped.toString());
		assertTrue(skipped.out().contains("Skipping the appliance (-DskipAppliance)."), skipped.out());
	}

	@Test
	void mvnDeployPublishesTheReleaseThatKilnCatalogLists() throws Exception {
		Path reactor = builtReactor();
		try (LocalRegistry registry = LocalRegistry.start()) {
			Path settings = writeSettings(reactor.getParent(), registry);
			Path jars = folder.resolve("vendor-maven-repository");
			ExternalTool.Result deploy = maven(reactor, settings, BUILD, "deploy",
					"-Dkiln.registry=" + registry.url(), "-Dkiln.repository=acme", "-DaltDeploymentRepository=vendor::" + jars.toUri());
			assertEquals(0, deploy.exitCode(), deploy.toString());
			assertTrue(deploy.out().contains("Published "), deploy.out());
			assertTrue(!deploy.out().contains(LocalRegistry.PASSWORD), "the password is not logged");
			assertTrue(Files.isDirectory(jars.resolve("com/example/hello/hello-service/1.0.0")), "the service's jar went to the vendor's repository");

			KilnProcess.Result catalog = KilnProcess.run(folder, Map.of("KILN_REGISTRY_USER", LocalRegistry.USER, "KILN_REGISTRY_PASSWORD",
					LocalRegistry.PASSWORD), BUILD, "catalog", "--registry", registry.url().toString());
			assertEquals(0, catalog.exitCode(), catalog.toString());
			assertEquals(1, catalog.outLines().size(), catalog.toString());
			String[] columns = catalog.outLines().get(0).split("\t");
			assertEquals("acme/hello-java", columns[0], catalog.toString());
			assertEquals("1.0.0", columns[1], catalog.toString());
			assertEquals("Hello Java", columns[3], catalog.toString());
		}
	}
}
