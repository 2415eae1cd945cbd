package dev.kiln.build.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.kiln.build.ApplianceBuild;
import dev.kiln.build.ManifestCheck;
import dev.kiln.build.RecipeMapper;
import dev.kiln.image.BuildRecipe;
import dev.kiln.image.ovf.OvfVersion;
import dev.kiln.testsupport.ExampleProjects;

/** What the OVA needs from the manifest reaches the recipe: product, licence, disk controller, data disks, OVF version; and what the base trims. */
class RecipeMapperTest {

	@TempDir
	Path folder;

	private BuildRecipe map(Path project) {
		ManifestCheck.Result result = new ManifestCheck().check(project.resolve(ManifestCheck.MANIFEST_FILE), project, "appliance.xml");
		assertFalse(result.hasErrors(), result.problems().toString());
		return RecipeMapper.map(result.appliance(), project, ApplianceBuild.DEFAULT_SOURCE_DATE_EPOCH);
	}

	@Test
	void theExampleMapsToAProductWithItsLicenceOnAScsiController() {
		BuildRecipe recipe = map(ExampleProjects.hello());

		assertEquals(new BuildRecipe.Product("Hello Appliance", "Kiln Examples", "A tiny HTTP service that answers on port 8080.",
				"The smallest useful appliance: busybox httpd serving one page, started by systemd.\n"
						+ "It prints KILN-READY hello-appliance on the console once it runs.",
				"Licensed under the Apache License, Version 2.0.", null, null, null), recipe.product());
		assertEquals(BuildRecipe.DiskController.SCSI, recipe.hardware().diskController());
		assertEquals(List.of(), recipe.hardware().dataDisksMb());
	}

	@Test
	void dataDisksControllerAndLicenceFileAreMapped() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "<hardware cpus=\"1\" memoryMb=\"512\" firmware=\"hybrid\">",
				"<hardware cpus=\"1\" memoryMb=\"512\" firmware=\"hybrid\" diskController=\"sata\">");
		ExampleProjects.editManifest(project, "<disk name=\"system\" sizeMb=\"2048\"/>",
				"<disk name=\"system\" sizeMb=\"2048\"/><disk name=\"data\" sizeMb=\"4096\"/><disk name=\"logs\" sizeMb=\"512\"/>");
		ExampleProjects.editManifest(project, "<license name=\"Apache-2.0\">\n    <text>Licensed under the Apache License, Version 2.0.</text>\n  </license>",
				"<license name=\"EULA\" file=\"EULA.txt\"/>");
		Files.writeString(project.resolve("EULA.txt"), "Be nice.\n");

		BuildRecipe recipe = map(project);

		assertEquals(BuildRecipe.DiskController.SATA, recipe.hardware().diskController());
		assertEquals(2048, recipe.hardware().diskMb());
		assertEquals(List.of(4096L, 512L), recipe.hardware().dataDisksMb());
		assertNull(recipe.product().licenseText());
		assertEquals(project.resolve("EULA.txt"), recipe.product().licenseFile());
	}

	@Test
	void theOvaIsOvf10UnlessTheOutputAsksFor20() throws Exception {
		assertEquals(OvfVersion.OVF_1_0, map(ExampleProjects.hello()).ovfVersion());

		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "<output format=\"ova\"/>", "<output format=\"ova\" ovfVersion=\"2.0\"/>");

		assertEquals(OvfVersion.OVF_2_0, map(project).ovfVersion());
	}

	@Test
	void everyTrimCategoryIsOnUnlessTheManifestSwitchesItOff() throws Exception {
		assertEquals(BuildRecipe.Trim.ALL, map(ExampleProjects.hello()).os().trim(), "the example has no <trim>");

		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "<package name=\"busybox\"/>",
				"<package name=\"busybox\"/>\n    <trim kernelModules=\"false\" locales=\"false\" bootImages=\"true\"/>");
		assertEquals(new BuildRecipe.Trim(false, true, true, false, true, true, true), map(project).os().trim());
	}

	@Test
	void cloudTargetsBringCloudInitWithTheirDataSourcesAndNoCloudLast() throws Exception {
		BuildRecipe vmwareOnly = map(ExampleProjects.hello());
		assertEquals(List.of(), vmwareOnly.application().cloudDataSources(), "the example is listed for VMware only");
		assertFalse(vmwareOnly.os().packages().contains("cloud-init"));

		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "<target>vmware</target>", "<target>vmware</target>\n  <target>kvm</target>");
		BuildRecipe kvm = map(project);
		assertEquals(List.of("NoCloud", "ConfigDrive"), kvm.application().cloudDataSources());
		assertTrue(kvm.os().packages().contains("cloud-init"));

		ExampleProjects.editManifest(project, "<target>kvm</target>", "<target>gcp</target>\n  <target>aws</target>\n  <target>azure</target>");
		ExampleProjects.editManifest(project, "<output format=\"ova\"/>", "<output format=\"ova\"/>\n    <output format=\"vhd\"/>\n    <output format=\"gce\"/>");
		assertEquals(List.of("GCE", "Ec2", "Azure", "NoCloud", "ConfigDrive"), map(project).application().cloudDataSources());
	}

	@Test
	void anApplianceWithoutUpdatesHasNone() {
		assertNull(map(ExampleProjects.hello()).updates());
	}

	@Test
	void aBareUpdatesElementMapsToTheDefaults() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "</hardware>", "</hardware>\n  <updates/>");

		assertEquals(new BuildRecipe.Updates(List.of(), List.of("stable"), null, "daily", false, null, null, null, 300, 256),
				map(project).updates());
	}

	@Test
	void everyAttributeOfUpdatesIsMapped() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "</hardware>", """
				</hardware>
				  <updates url="https://downloads.example.com/hello-appliance/updates/" check="Mon 03:00" apply="automatic"
				      rebootWindow="02:00-04:00" readyTimeout="600" dataSizeMb="512">
				    <channel name="beta"/>
				    <channel name="stable"/>
				    <keep path="/var/lib/hello"/>
				    <keep path="/etc/hello"/>
				    <ready http="http://127.0.0.1:8080/"/>
				  </updates>""");

		assertEquals(new BuildRecipe.Updates(List.of("/var/lib/hello", "/etc/hello"), List.of("beta", "stable"),
				URI.create("https://downloads.example.com/hello-appliance/updates/"), "Mon 03:00", true, "02:00-04:00", null,
				URI.create("http://127.0.0.1:8080/"), 600, 512), map(project).updates());
	}

	@Test
	void checkNeverLeavesTheScheduleOutAndTheReadyCommandIsMapped() throws Exception {
		Path project = ExampleProjects.copyOfHello(folder);
		ExampleProjects.editManifest(project, "</hardware>",
				"</hardware>\n  <updates check=\"never\"><ready command=\"/usr/bin/hello-check\"/></updates>");

		BuildRecipe.Updates updates = map(project).updates();

		assertNull(updates.check());
		assertEquals("/usr/bin/hello-check", updates.readyCommand());
		assertNull(updates.readyUrl());
	}
}
