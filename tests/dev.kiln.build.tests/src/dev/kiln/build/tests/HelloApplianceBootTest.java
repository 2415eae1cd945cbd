package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.Progress;

/**
 * Builds examples/hello-appliance with the real pipeline and boots the disk from its own boot loader
 * under SeaBIOS and under OVMF: the service prints its ready marker and answers HTTP through port
 * forwarding. Serial logs are kept under target/boot-logs.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HelloApplianceBootTest {

	static final Duration BOOT_LIMIT = Duration.ofSeconds(240);
	static final String READY = "KILN-READY hello-appliance";

	static BuildReport report;
	static Path logs;

	@BeforeAll
	static void buildTheExample() throws Exception {
		Path repository = Path.of(System.getProperty("kiln.repository")).toAbsolutePath().normalize();
		Path output = Files.createTempDirectory("kiln-hello-");
		logs = Path.of(System.getProperty("kiln.test.artifacts", "target/boot-logs"));
		ImageEngine engine = new ImageEngine(Path.of(System.getProperty("kiln.test.cache")));
		report = new ApplianceBuild(engine).build(repository.resolve("examples/hello-appliance"), output,
				ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
		System.out.println("hello-appliance built: " + report.timings() + " base from cache: " + report.baseFromCache());
	}

	@Test
	@Order(1)
	void theRawDiskBootsUnderSeaBiosAndServesHttp() throws Exception {
		bootAndCheck(report.artifact(OutputFormat.RAW).file(), "raw", QemuBoot.Firmware.SEABIOS);
	}

	@Test
	@Order(2)
	void theRawDiskBootsUnderOvmfAndServesHttp() throws Exception {
		bootAndCheck(report.artifact(OutputFormat.RAW).file(), "raw", QemuBoot.Firmware.OVMF);
	}

	private static void bootAndCheck(Path disk, String format, QemuBoot.Firmware firmware) throws Exception {
		try (QemuBoot vm = QemuBoot.start(disk, format, firmware, 8080, logs, "hello-" + format + "-" + firmware)) {
			double seconds = vm.awaitSerial(READY, BOOT_LIMIT);
			System.out.printf("%s/%s: ready marker after %.1f s%n", format, firmware, seconds);
			HttpResponse<String> response = vm.get("/", Duration.ofSeconds(60));
			assertEquals(200, response.statusCode());
			assertTrue(response.body().contains("Hello from a Kiln appliance"), response.body());
		}
	}
}
