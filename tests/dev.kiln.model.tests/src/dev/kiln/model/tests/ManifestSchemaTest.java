package dev.kiln.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.Validator;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

import dev.kiln.model.Appliance;
import dev.kiln.model.AppliancePackage;
import dev.kiln.model.io.ApplianceSchema;
import dev.kiln.model.io.ManifestWriter;
import dev.kiln.model.internal.io.HardenedXml;

/** The published XSD accepts what Kiln reads and writes, so the XSD and the .ecore stay in step. */
class ManifestSchemaTest {

	private static Schema schema;

	@BeforeAll
	static void loadSchema() throws SAXException {
		schema = HardenedXml.schemaFactory().newSchema(ApplianceSchema.xsd());
	}

	@Test
	void theSampleManifestIsValid() throws Exception {
		validate(Manifests.sampleBytes());
	}

	@Test
	void theHelloExampleIsValid() throws Exception {
		validate(Files.readAllBytes(Manifests.helloExample()));
	}

	@Test
	void aManifestSavedByEmfIsValid() throws Exception {
		validate(new ManifestWriter().toBytes(Manifests.sample()));
	}

	@Test
	void aManifestUsingEveryElementAndAttributeIsValid() throws Exception {
		Appliance everything = (Appliance) populate(AppliancePackage.Literals.APPLIANCE);

		validate(new ManifestWriter().toBytes(everything));
	}

	@Test
	void theSchemaRejectsAnUnknownElement() {
		String xml = Manifests.sampleText().replace("<summary>", "<tagline>x</tagline><summary>");

		assertThrows(SAXException.class, () -> validate(xml.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void theDocsCopyOfTheSchemaIsTheBundlesSchema() throws IOException {
		Path docs = Manifests.repository().resolve("docs/manifest/appliance-1.0.xsd");
		try (InputStream bundled = ApplianceSchema.xsd().openStream()) {
			assertArrayEquals(bundled.readAllBytes(), Files.readAllBytes(docs),
					"docs/manifest/appliance-1.0.xsd must be a copy of bundles/dev.kiln.model/model/appliance-1.0.xsd");
		}
	}

	@Test
	void theSchemaDeclaresTheManifestNamespace() throws IOException {
		try (InputStream in = ApplianceSchema.xsd().openStream()) {
			String xsd = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			assertTrue(xsd.contains("targetNamespace=\"" + ApplianceSchema.CURRENT_NAMESPACE + "\""));
		}
	}

	private static void validate(byte[] xml) throws SAXException, IOException {
		Validator validator = schema.newValidator();
		validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
	}

	/** An instance with every attribute set and two children in every containment list. */
	private static EObject populate(EClass eClass) {
		EObject object = EcoreUtil.create(eClass);
		for (EStructuralFeature feature : eClass.getEAllStructuralFeatures()) {
			if (feature instanceof EReference reference && reference.isContainment()) {
				int count = reference.isMany() ? 2 : 1;
				for (int i = 0; i < count; i++) {
					add(object, reference, populate(reference.getEReferenceType()));
				}
			} else if (feature instanceof EAttribute attribute) {
				add(object, attribute, sampleValue(attribute));
				if (attribute.isMany()) {
					add(object, attribute, sampleValue(attribute));
				}
			}
		}
		return object;
	}

	@SuppressWarnings("unchecked")
	private static void add(EObject object, EStructuralFeature feature, Object value) {
		if (feature.isMany()) {
			((java.util.List<Object>) object.eGet(feature)).add(value);
		} else {
			object.eSet(feature, value);
		}
	}

	private static Object sampleValue(EAttribute attribute) {
		if (attribute.getEType() instanceof EEnum eEnum) {
			return eEnum.getELiterals().get(eEnum.getELiterals().size() - 1).getInstance();
		}
		Class<?> type = attribute.getEType().getInstanceClass();
		if (type == int.class) {
			return Integer.valueOf(7);
		}
		if (type == boolean.class) {
			return Boolean.TRUE;
		}
		return attribute.getName() + " value";
	}
}
