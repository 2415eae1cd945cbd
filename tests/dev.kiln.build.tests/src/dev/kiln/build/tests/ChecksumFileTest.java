package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ChecksumFile;
import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;

/** The SHA-256 list next to a build's images reads back as it was written, and only what sha256sum would check. */
class ChecksumFileTest {

	private static final String OVA_SUM = "a".repeat(64);
	private static final String QCOW2_SUM = "0123456789abcdef".repeat(4);

	@TempDir
	Path folder;

	@Test
	void theSumsWrittenForABuildReadBackByImageName() throws Exception {
		BuildReport report = new BuildReport("app", "1.2.0", List.of(
				new BuildReport.Artifact(OutputFormat.OVA, folder.resolve("app-1.2.0.ova"), 10, OVA_SUM),
				new BuildReport.Artifact(OutputFormat.QCOW2, folder.resolve("app-1.2.0.qcow2"), 20, QCOW2_SUM)),
				List.of(), List.of(), "", false, Map.of());
		ChecksumFile.write(report, folder);

		assertEquals(Map.of("app-1.2.0.ova", OVA_SUM, "app-1.2.0.qcow2", QCOW2_SUM), ChecksumFile.read(folder, "app", "1.2.0"));
		assertEquals(Map.of(), ChecksumFile.read(folder, "app", "1.3.0"), "another version has no list");
	}

	@Test
	void linesThatAreNoSumAndNameAreLeftOut() throws Exception {
		Files.writeString(folder.resolve("app-1.0.0.sha256"), String.join("\n",
				"# written by hand",
				OVA_SUM + "  app-1.0.0.ova",
				"XYZ" + OVA_SUM.substring(3) + "  app-1.0.0.raw",
				OVA_SUM + " app-1.0.0.vmdk",
				""));

		assertEquals(Map.of("app-1.0.0.ova", OVA_SUM), ChecksumFile.read(folder, "app", "1.0.0"));
	}
}
