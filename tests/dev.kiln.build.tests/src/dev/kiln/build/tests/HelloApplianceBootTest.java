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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
	@TempDir
	static Path output;

	@BeforeAll
	static void buildTheExample() throws Exception {
		logs = Path.of(System.getProperty("kiln.test.artifacts", "target/boot-logs"));
		ImageEngine engine = ExampleProjects.engine();
		report = new ApplianceBuild(engine).build(ExampleProjects.hello(), output,
				ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH, Progress.NONE);
		System.out.println("hello-appliance built: " + report.timings() + " base from cache: " + report.baseFromCache());
	}

	@Test
	@Order(0)
	void qemuImgFindsTheQcow2ConsistentAndIdenticalToTheRawDisk() throws Exception {
		Path raw = report.artifact(OutputFormat.RAW).file();
		Path qcow2 = report.artifact(OutputFormat.QCOW2).file();
		String info = QemuImg.run("info", "--output=json", qcow2.toString());
		assertTrue(info.replaceAll("\\s+", "").contains("\"format\":\"qcow2\""), info);
		QemuImg.run("check", qcow2.toString());
		String compare = QemuImg.run("compare", "-f", "raw", "-F", "qcow2", raw.toString(), qcow2.toString());
		assertTrue(compare.contains("Images are identical"), compare);
		System.out.printf("qcow2: %d MiB%n", Files.size(qcow2) >> 20);
	}

	@Test
	@Order(0)
	void theReportListsTheInstalledPackagesWithVersions() {
		var packages = report.packages();
		assertTrue(packages.stream().anyMatch(p -> p.name().equals("busybox") && !p.version().isBlank()), packages.toString());
		assertTrue(packages.stream().anyMatch(p -> p.name().equals("linux-image-amd64")), packages.toString());
		assertTrue(packages.size() > 50, packages.size() + " packages");
	}

	/** Each disk format under each firmware, from the disk's own boot loader. */
	@ParameterizedTest(name = "{0} under {1}")
	@CsvSource({ "RAW, SEABIOS", "RAW, OVMF", "QCOW2, SEABIOS", "QCOW2, OVMF" })
	@Order(1)
	void theDiskBootsAndTheServiceAnswersHttp(OutputFormat format, QemuBoot.Firmware firmware) throws Exception {
		bootAndCheck(report.artifact(format).file(), format.name().toLowerCase(), firmware);
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
