package dev.kiln.model.internal.io;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.ExtendedMetaData;

import dev.kiln.model.internal.ModelText;
import dev.kiln.model.io.ApplianceSchema;

/** The names objects and features have in appliance.xml, for messages. */
public final class XmlNames {

	private XmlNames() {
	}

	/** @return e.g. "hardware" for a Hardware object */
	public static String element(EObject object) {
		EStructuralFeature feature = object.eContainingFeature();
		return feature == null ? ApplianceSchema.ROOT_ELEMENT : of(feature);
	}

	/** @return e.g. "memoryMb" or "package" */
	public static String of(EStructuralFeature feature) {
		return ExtendedMetaData.INSTANCE.getName(feature);
	}

	/** @return what a value of the type looks like, e.g. "one of bios, uefi, hybrid" */
	public static String expected(EClassifier type) {
		if (type instanceof EEnum eEnum) {
			return ModelText.bind(ModelText.XmlNames_oneOf,
					eEnum.getELiterals().stream().map(EEnumLiteral::getLiteral).collect(Collectors.joining(", "))); //$NON-NLS-1$
		}
		if (type instanceof EDataType dataType) {
			Class<?> instanceClass = dataType.getInstanceClass();
			if (instanceClass == int.class || instanceClass == Integer.class) {
				return ModelText.bind(ModelText.XmlNames_wholeNumber, Integer.MIN_VALUE, Integer.MAX_VALUE);
			}
			if (instanceClass == boolean.class || instanceClass == Boolean.class) {
				return ModelText.XmlNames_trueOrFalse;
			}
		}
		return ModelText.bind(ModelText.XmlNames_value, type.getName());
	}
}
