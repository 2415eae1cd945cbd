package dev.kiln.ui.internal.editor.assist;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import dev.kiln.model.AppliancePackage;
import dev.kiln.model.io.ApplianceSchema;

/**
 * The element and attribute names of appliance.xml, read from the model's XML annotations (the
 * same the loader uses), so content assist always matches what Kiln reads.
 */
final class ManifestSchemaNames {

	private final ExtendedMetaData metaData = ExtendedMetaData.INSTANCE;

	/** What an element is: a structured one (its class) or a text-only one (its attribute). */
	record ElementType(String name, EStructuralFeature feature, EClass type) {

		boolean isText() {
			return type == null;
		}

		/** @return the feature's documentation from the model, for the proposal's description */
		String documentation() {
			return feature == null ? EcoreUtil.getDocumentation(type) : EcoreUtil.getDocumentation(feature);
		}
	}

	/** @return the root element */
	ElementType root() {
		return new ElementType(ApplianceSchema.ROOT_ELEMENT, null, AppliancePackage.Literals.APPLIANCE);
	}

	/** @return the type of the element at this path of element names (from the root), if the schema has it */
	Optional<ElementType> element(List<String> path) {
		if (path.isEmpty() || !path.get(0).equals(ApplianceSchema.ROOT_ELEMENT)) {
			return Optional.empty();
		}
		ElementType current = root();
		for (String name : path.subList(1, path.size())) {
			if (current.isText()) {
				return Optional.empty();
			}
			Optional<ElementType> child = children(current).stream().filter(type -> type.name().equals(name)).findFirst();
			if (child.isEmpty()) {
				return Optional.empty();
			}
			current = child.get();
		}
		return Optional.of(current);
	}

	/** @return the elements allowed inside, in schema order */
	List<ElementType> children(ElementType element) {
		if (element.isText()) {
			return List.of();
		}
		return element.type().getEAllStructuralFeatures().stream()
				.filter(feature -> metaData.getFeatureKind(feature) == ExtendedMetaData.ELEMENT_FEATURE)
				.map(feature -> new ElementType(metaData.getName(feature), feature,
						feature instanceof EReference reference ? reference.getEReferenceType() : null))
				.toList();
	}

	/** @return the attributes allowed on the element, in schema order */
	List<EAttribute> attributes(ElementType element) {
		if (element.isText()) {
			return List.of();
		}
		return element.type().getEAllAttributes().stream()
				.filter(attribute -> metaData.getFeatureKind(attribute) == ExtendedMetaData.ATTRIBUTE_FEATURE).toList();
	}

	/** @return the XML name of a feature */
	String nameOf(EStructuralFeature feature) {
		return metaData.getName(feature);
	}
}
