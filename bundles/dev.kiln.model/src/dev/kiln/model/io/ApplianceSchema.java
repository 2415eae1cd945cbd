package dev.kiln.model.io;

import java.net.URL;

import dev.kiln.model.AppliancePackage;

/** The manifest's XML namespace and its published XML Schema. */
public final class ApplianceSchema {

	/** Namespace of schema version 1.0, the current one. */
	public static final String NAMESPACE_1_0 = "urn:dev.kiln:appliance:1.0"; //$NON-NLS-1$

	/** The namespace manifests are written in. */
	public static final String CURRENT_NAMESPACE = AppliancePackage.eNS_URI;

	/** Name of the root element. */
	public static final String ROOT_ELEMENT = "appliance"; //$NON-NLS-1$

	/** Bundle path of the XSD of the current namespace. */
	public static final String XSD_PATH = "model/appliance-1.0.xsd"; //$NON-NLS-1$

	private ApplianceSchema() {
	}

	/** @return the XSD of the current namespace, from this bundle */
	public static URL xsd() {
		URL url = ApplianceSchema.class.getClassLoader().getResource(XSD_PATH);
		if (url == null) {
			throw new IllegalStateException(XSD_PATH + " is missing from dev.kiln.model"); //$NON-NLS-1$
		}
		return url;
	}
}
