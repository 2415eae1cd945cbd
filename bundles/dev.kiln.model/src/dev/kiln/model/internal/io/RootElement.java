package dev.kiln.model.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.xml.parsers.ParserConfigurationException;

import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import dev.kiln.model.internal.ModelText;

/**
 * The root element of a document, read with a hardened parser that stops right after it: enough
 * to choose the schema version before the real load.
 */
public record RootElement(String namespace, String localName, int line, int column) {

	/**
	 * @throws SAXParseException
	 *             when the document is not well-formed up to its root element
	 */
	public static RootElement read(byte[] content) throws SAXParseException, IOException {
		Reader reader = new Reader();
		try {
			HardenedXml.saxParserFactory().newSAXParser().parse(new InputSource(new ByteArrayInputStream(content)),
					reader);
		} catch (Found found) {
			return found.root;
		} catch (SAXParseException e) {
			throw e;
		} catch (SAXException | ParserConfigurationException e) {
			throw new IOException(e.getMessage(), e);
		}
		throw new IOException(ModelText.RootElement_noRoot);
	}

	private static final class Reader extends DefaultHandler {

		private Locator locator;

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) throws Found {
			int line = locator == null ? 1 : locator.getLineNumber();
			int column = locator == null ? 1 : locator.getColumnNumber();
			throw new Found(new RootElement(uri == null ? "" : uri, localName, line, column)); //$NON-NLS-1$
		}
	}

	/** Ends the parse once the root element is known. */
	private static final class Found extends SAXException {

		private static final long serialVersionUID = 1L;

		private final transient RootElement root;

		Found(RootElement root) {
			this.root = root;
		}
	}
}
