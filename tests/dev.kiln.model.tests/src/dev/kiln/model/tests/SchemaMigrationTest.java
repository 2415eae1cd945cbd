package dev.kiln.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import dev.kiln.model.Appliance;
import dev.kiln.model.io.ApplianceSchema;
import dev.kiln.model.io.LoadFailure;
import dev.kiln.model.io.LoadResult;
import dev.kiln.model.io.ManifestLoader;
import dev.kiln.model.io.NamespaceMigration;
import dev.kiln.model.io.SchemaMigration;
import dev.kiln.model.io.SchemaVersions;

/**
 * Older schema versions keep loading through registered migrations. The test invents a version
 * 0.9 whose hardware element had {@code memory} where 1.0 has {@code memoryMb}.
 */
class SchemaMigrationTest {

	private static final String V0_8 = "urn:dev.kiln:appliance:0.8";
	private static final String V0_9 = "urn:dev.kiln:appliance:0.9";

	private static final SchemaMigration FROM_0_9 = new NamespaceMigration(V0_9, ApplianceSchema.CURRENT_NAMESPACE,
			SchemaMigrationTest::renameMemory);

	private static final String OLD_MANIFEST = """
			<?xml version="1.0" encoding="UTF-8"?>
			<!-- written by Kiln 0.9 -->
			<appliance xmlns="urn:dev.kiln:appliance:0.9" id="old" name="Old" version="0.9.0">
			  <os suite="bookworm"/>
			  <hardware memory="768"/>
			</appliance>
			""";

	@Test
	void anOlderVersionIsMigratedOnLoad() {
		LoadResult result = new ManifestLoader(SchemaVersions.standard().withMigration(FROM_0_9))
				.load(OLD_MANIFEST.getBytes(StandardCharsets.UTF_8), "old.xml");

		assertEquals(List.of(), result.problems());
		Appliance appliance = result.appliance().orElseThrow();
		assertEquals(768, appliance.getHardware().getMemoryMb());
		assertEquals("bookworm", appliance.getOs().getSuite());
	}

	@Test
	void migratedObjectsKeepTheLinesOfTheOriginalFile() {
		LoadResult result = new ManifestLoader(SchemaVersions.standard().withMigration(FROM_0_9))
				.load(OLD_MANIFEST.getBytes(StandardCharsets.UTF_8), "old.xml");
		Appliance appliance = result.appliance().orElseThrow();

		assertEquals(3, result.lineOf(appliance));
		assertEquals(5, result.lineOf(appliance.getHardware()));
	}

	@Test
	void migrationsAreChained() {
		SchemaMigration from0_8 = new NamespaceMigration(V0_8, V0_9);
		SchemaVersions versions = SchemaVersions.standard().withMigration(from0_8).withMigration(FROM_0_9);

		LoadResult result = new ManifestLoader(versions)
				.load(OLD_MANIFEST.replace(V0_9, V0_8).getBytes(StandardCharsets.UTF_8), "older.xml");

		assertEquals(List.of(), result.problems());
		assertEquals(768, result.appliance().orElseThrow().getHardware().getMemoryMb());
	}

	@Test
	void withoutItsMigrationAnOlderVersionIsAnUnknownNamespace() {
		LoadResult result = new ManifestLoader().load(OLD_MANIFEST.getBytes(StandardCharsets.UTF_8), "old.xml");

		assertEquals(LoadFailure.UNKNOWN_NAMESPACE.code(), result.problems().get(0).code());
		assertEquals(3, result.problems().get(0).line());
	}

	@Test
	void theCurrentVersionCannotBeGivenAMigration() {
		assertThrows(IllegalArgumentException.class, () -> SchemaVersions.standard()
				.withMigration(new NamespaceMigration(ApplianceSchema.CURRENT_NAMESPACE, V0_9)));
	}

	@Test
	void aFailingMigrationIsAProblem() {
		SchemaMigration broken = new NamespaceMigration(V0_9, ApplianceSchema.CURRENT_NAMESPACE, document -> {
			throw new IllegalStateException("cannot convert");
		});

		LoadResult result = new ManifestLoader(SchemaVersions.standard().withMigration(broken))
				.load(OLD_MANIFEST.getBytes(StandardCharsets.UTF_8), "old.xml");

		assertEquals(LoadFailure.UNREADABLE.code(), result.problems().get(0).code());
		assertTrue(result.problems().get(0).message().contains("cannot convert"));
	}

	private static void renameMemory(Document document) {
		NodeList hardware = document.getElementsByTagNameNS(ApplianceSchema.CURRENT_NAMESPACE, "hardware");
		for (int i = 0; i < hardware.getLength(); i++) {
			Element element = (Element) hardware.item(i);
			if (element.hasAttribute("memory")) {
				element.setAttribute("memoryMb", element.getAttribute("memory"));
				element.removeAttribute("memory");
			}
		}
	}
}
