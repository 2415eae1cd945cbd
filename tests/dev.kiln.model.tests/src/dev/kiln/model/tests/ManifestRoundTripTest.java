package dev.kiln.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.model.Appliance;
import dev.kiln.model.ApplianceFactory;
import dev.kiln.model.Firmware;
import dev.kiln.model.OperatingSystem;
import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.model.io.ManifestWriter;

class ManifestRoundTripTest {

	private final ManifestWriter writer = new ManifestWriter();

	@Test
	void savingTheLoadedSampleGivesTheSameBytes() throws IOException {
		byte[] original = Manifests.sampleBytes();
		Appliance appliance = Manifests.loadClean(original, Manifests.SAMPLE);

		assertArrayEquals(original, writer.toBytes(appliance));
	}

	@Test
	void savingTheLoadedHelloExampleGivesTheSameBytes() throws IOException {
		byte[] original = Files.readAllBytes(Manifests.helloExample());
		Appliance appliance = Manifests.loadClean(original, "hello-appliance");

		assertArrayEquals(original, writer.toBytes(appliance));
	}

	@Test
	void aNewApplianceIsWrittenAsCleanXmlInTheManifestNamespace() throws IOException {
		Appliance appliance = ApplianceFactory.eINSTANCE.createAppliance();
		appliance.setId("tiny");
		OperatingSystem os = ApplianceFactory.eINSTANCE.createOperatingSystem();
		os.setSuite("trixie");
		appliance.setOs(os);

		String xml = new String(writer.toBytes(appliance), StandardCharsets.UTF_8);

		assertEquals("""
				<?xml version="1.0" encoding="UTF-8"?>
				<appliance xmlns="urn:dev.kiln:appliance:1.0" id="tiny">
				  <os suite="trixie"/>
				</appliance>
				""", xml);
	}

	@Test
	void explicitDefaultValuesSurviveARoundTrip() throws IOException {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<appliance xmlns="urn:dev.kiln:appliance:1.0" id="a" name="A" version="1.0.0">
				  <os distribution="debian" suite="trixie">
				    <trim kernelModules="true"/>
				  </os>
				  <hardware cpus="1" firmware="hybrid"/>
				</appliance>
				""";
		Appliance appliance = Manifests.loadClean(xml.getBytes(StandardCharsets.UTF_8), "defaults.xml");

		assertEquals(Firmware.HYBRID, appliance.getHardware().getFirmware());
		assertEquals(xml, new String(writer.toBytes(appliance), StandardCharsets.UTF_8));
	}

	@Test
	void writingToAFileAndReadingItBackGivesAnEqualModel(@TempDir Path folder) throws IOException {
		Appliance sample = Manifests.sample();
		Path file = folder.resolve("appliance.xml");

		writer.write(EcoreUtil.copy(sample), file);
		LoadResult reread = new ManifestLoader().load(file);

		assertTrue(reread.problems().isEmpty(), () -> reread.problems().toString());
		assertTrue(EcoreUtil.equals(sample, reread.appliance().orElseThrow()));
	}

	@Test
	void multiLineTextKeepsItsLineBreaks() {
		Appliance sample = Manifests.sample();

		assertTrue(sample.getDescription().contains("search,\npage history"), sample.getDescription());
	}
}
