package dev.kiln.model.internal.io;

import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.validation.SchemaFactory;

import org.xml.sax.SAXException;

/**
 * XML parsers that never read anything but the document itself: DOCTYPE declarations are
 * rejected, so there are no external entities (XXE) and no entity expansion (billion laughs).
 */
public final class HardenedXml {

	/** Features set on every SAX reader that reads a manifest, also through EMF. */
	public static final Map<String, Boolean> SAX_FEATURES = Map.of(
			"http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE, //$NON-NLS-1$
			"http://xml.org/sax/features/external-general-entities", Boolean.FALSE, //$NON-NLS-1$
			"http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE, //$NON-NLS-1$
			"http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE, //$NON-NLS-1$
			XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);

	private HardenedXml() {
	}

	public static SAXParserFactory saxParserFactory() {
		try {
			SAXParserFactory factory = SAXParserFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			factory.setXIncludeAware(false);
			for (Map.Entry<String, Boolean> feature : SAX_FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue().booleanValue());
			}
			return factory;
		} catch (ParserConfigurationException | SAXException e) {
			throw new IllegalStateException("the JRE's SAX parser cannot be hardened", e); //$NON-NLS-1$
		}
	}

	public static DocumentBuilderFactory documentBuilderFactory() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			factory.setValidating(false);
			factory.setXIncludeAware(false);
			factory.setExpandEntityReferences(false);
			for (Map.Entry<String, Boolean> feature : SAX_FEATURES.entrySet()) {
				factory.setFeature(feature.getKey(), feature.getValue().booleanValue());
			}
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
			factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
			return factory;
		} catch (ParserConfigurationException e) {
			throw new IllegalStateException("the JRE's DOM parser cannot be hardened", e); //$NON-NLS-1$
		}
	}

	/** A W3C XML Schema factory that resolves no external DTDs or schemas. */
	public static SchemaFactory schemaFactory() {
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, ""); //$NON-NLS-1$
			return factory;
		} catch (SAXException e) {
			throw new IllegalStateException("the JRE's schema factory cannot be hardened", e); //$NON-NLS-1$
		}
	}

	public static TransformerFactory transformerFactory() {
		TransformerFactory factory = TransformerFactory.newInstance();
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, ""); //$NON-NLS-1$
		factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, ""); //$NON-NLS-1$
		return factory;
	}
}
