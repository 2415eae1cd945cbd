package dev.kiln.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.kiln.model.io.LoadFailure;
import dev.kiln.model.validation.ManifestRule;

/**
 * docs/manifest/reference.md is what {@link ManifestReference} generates from the model, so the
 * reference cannot drift from the schema and the rules. With -Dkiln.writeReference=true (see
 * releng/scripts/generate-manifest-reference.sh) the test writes the file instead of failing.
 */
class ManifestReferenceTest {

	private static ManifestReference reference;
	private static String generated;

	@BeforeAll
	static void generate() {
		reference = new ManifestReference(Manifests.repository());
		generated = reference.markdown();
	}

	@Test
	void theCommittedReferenceIsWhatTheModelGenerates() throws Exception {
		Path committed = Manifests.repository().resolve(ManifestReference.FILE);
		if (Boolean.getBoolean("kiln.writeReference")) {
			Files.writeString(committed, generated, StandardCharsets.UTF_8);
		}
		assertEquals(generated, Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "",
				ManifestReference.FILE + " is stale: run releng/scripts/generate-manifest-reference.sh and commit it");
	}

	@Test
	void everyElementLoadProblemAndRuleIsInTheReference() {
		for (EClassifier classifier : reference.model().getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract()) {
				String documentation = EcoreUtil.getDocumentation(eClass).replaceAll("\\s+", " ").replace("<", "&lt;").replace(">", "&gt;");
				assertTrue(generated.contains(documentation), eClass.getName() + " is described: " + documentation);
			}
		}
		for (LoadFailure failure : LoadFailure.values()) {
			assertTrue(generated.contains("| " + failure.code() + " | "), failure.code());
		}
		for (ManifestRule rule : ManifestRule.values()) {
			assertTrue(generated.contains("| " + rule.code() + " | "), rule.code());
		}
	}
}
