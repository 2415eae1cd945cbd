package dev.kiln.model.internal.io;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.impl.EPackageRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.BasicExtendedMetaData;
import org.eclipse.emf.ecore.util.ExtendedMetaData;
import org.eclipse.emf.ecore.xmi.XMLResource;

import dev.kiln.model.AppliancePackage;

/** The EMF load and save options of appliance.xml. */
public final class ManifestOptions {

	private ManifestOptions() {
	}

	/** XML names from the model's annotations, resolved against the manifest package only. */
	static ExtendedMetaData extendedMetaData() {
		EPackage.Registry registry = new EPackageRegistryImpl(EPackage.Registry.INSTANCE);
		registry.put(AppliancePackage.eNS_URI, AppliancePackage.eINSTANCE);
		return new BasicExtendedMetaData(registry);
	}

	public static Map<Object, Object> load() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, extendedMetaData());
		options.put(XMLResource.OPTION_PARSER_FEATURES, new HashMap<>(HardenedXml.SAX_FEATURES));
		options.put(XMLResource.OPTION_USE_LEXICAL_HANDLER, Boolean.FALSE);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
		// the deprecated path sniffs the encoding from a raw buffer; let the parser do it
		options.put(XMLResource.OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		return options;
	}

	/** Deterministic output: UTF-8, two-space indentation, LF line ends, no type information. */
	public static Map<Object, Object> save() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_EXTENDED_META_DATA, extendedMetaData());
		options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_XML_VERSION, "1.0"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_FORMATTED, Boolean.TRUE);
		options.put(Resource.OPTION_LINE_DELIMITER, "\n"); //$NON-NLS-1$
		options.put(XMLResource.OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		options.put(XMLResource.OPTION_USE_ENCODED_ATTRIBUTE_STYLE, Boolean.FALSE);
		return options;
	}
}
