package dev.kiln.model.internal.io;

import java.util.Map;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.xmi.XMLLoad;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.XMLSave;
import org.eclipse.emf.ecore.xmi.impl.XMLHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLLoadImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLResourceImpl;
import org.eclipse.emf.ecore.xmi.impl.XMLSaveImpl;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import dev.kiln.model.AppliancePackage;

/**
 * The EMF resource of an appliance.xml: clean XML through ExtendedMetaData, hardened parsing,
 * positions recorded per object, and the manifest namespace written as the default namespace.
 * Its default options are {@link ManifestOptions}, so any resource set using it is safe.
 */
public final class ApplianceResource extends XMLResourceImpl {

	public ApplianceResource(URI uri) {
		super(uri);
		getDefaultLoadOptions().putAll(ManifestOptions.load());
		getDefaultSaveOptions().putAll(ManifestOptions.save());
	}

	@Override
	protected XMLLoad createXMLLoad(Map<?, ?> options) {
		return new XMLLoadImpl(createXMLHelper()) {
			@Override
			protected SAXParser makeParser() throws ParserConfigurationException, SAXException {
				// namespace-aware, as EMF's non-deprecated load path expects, and hardened
				return HardenedXml.saxParserFactory().newSAXParser();
			}

			@Override
			protected DefaultHandler makeDefaultHandler() {
				return new PositionRecordingHandler(resource, helper, options);
			}
		};
	}

	@Override
	protected XMLSave createXMLSave(Map<?, ?> options) {
		return new XMLSaveImpl(new DefaultNamespaceHelper(this));
	}

	/** Writes {@code <appliance xmlns="urn:…">} instead of a prefixed root element. */
	private static final class DefaultNamespaceHelper extends XMLHelperImpl {

		DefaultNamespaceHelper(XMLResource resource) {
			super(resource);
			packages.put(AppliancePackage.eINSTANCE, ""); //$NON-NLS-1$
		}
	}
}
