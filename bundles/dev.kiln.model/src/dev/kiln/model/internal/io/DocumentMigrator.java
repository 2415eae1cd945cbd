package dev.kiln.model.internal.io;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.xml.sax.SAXException;

import dev.kiln.model.internal.ModelText;
import dev.kiln.model.io.SchemaMigration;

/**
 * Applies a chain of schema migrations to a document and writes it back as text for the EMF
 * load. Whitespace inside the root element survives the DOM, and the text before the root is
 * replaced by as many line breaks as it had, so line numbers stay those of the original file.
 */
public final class DocumentMigrator {

	private final List<SchemaMigration> migrations;

	public DocumentMigrator(List<SchemaMigration> migrations) {
		this.migrations = migrations;
	}

	/**
	 * @throws SAXException
	 *             when the document is not well-formed ({@link org.xml.sax.SAXParseException} is
	 *             located)
	 * @throws IOException
	 *             when a migration fails
	 */
	public byte[] migrate(byte[] content) throws SAXException, IOException {
		Document document;
		try {
			document = HardenedXml.documentBuilderFactory().newDocumentBuilder()
					.parse(new ByteArrayInputStream(content));
		} catch (ParserConfigurationException e) {
			throw new IOException(e.getMessage(), e);
		}
		for (SchemaMigration migration : migrations) {
			try {
				migration.migrate(document);
			} catch (RuntimeException e) {
				throw new IOException(ModelText.bind(ModelText.DocumentMigrator_failed, migration.sourceNamespace(), e.getMessage()), e);
			}
			String namespace = document.getDocumentElement().getNamespaceURI();
			if (!migration.targetNamespace().equals(namespace)) {
				throw new IOException(ModelText.bind(ModelText.DocumentMigrator_wrongRoot, migration.sourceNamespace(), namespace));
			}
		}
		String prolog = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + "\n".repeat(linesBeforeRoot(content)); //$NON-NLS-1$ //$NON-NLS-2$
		return (prolog + serialize(document)).getBytes(StandardCharsets.UTF_8);
	}

	private static String serialize(Document document) throws IOException {
		try {
			Transformer transformer = HardenedXml.transformerFactory().newTransformer();
			transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes"); //$NON-NLS-1$
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8"); //$NON-NLS-1$
			transformer.setOutputProperty(OutputKeys.INDENT, "no"); //$NON-NLS-1$
			StringWriter text = new StringWriter();
			transformer.transform(new DOMSource(document.getDocumentElement()), new StreamResult(text));
			return text.toString();
		} catch (TransformerException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	/** Counts the line breaks before the root element's start tag. */
	static int linesBeforeRoot(byte[] content) {
		String text = new String(content, StandardCharsets.UTF_8);
		int lines = 0;
		for (int i = 0; i < text.length() - 1; i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				lines++;
			} else if (c == '<' && isNameStart(text.charAt(i + 1))) {
				return lines;
			}
		}
		return lines;
	}

	private static boolean isNameStart(char c) {
		return Character.isLetter(c) || c == '_';
	}
}
