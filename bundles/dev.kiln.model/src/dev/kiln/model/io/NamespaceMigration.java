package dev.kiln.model.io;

import java.util.function.Consumer;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The common migration: move every element of the old namespace into the new one, then apply
 * the version's structural edits, if any.
 */
public final class NamespaceMigration implements SchemaMigration {

	private final String sourceNamespace;
	private final String targetNamespace;
	private final Consumer<Document> edits;

	public NamespaceMigration(String sourceNamespace, String targetNamespace, Consumer<Document> edits) {
		this.sourceNamespace = sourceNamespace;
		this.targetNamespace = targetNamespace;
		this.edits = edits;
	}

	public NamespaceMigration(String sourceNamespace, String targetNamespace) {
		this(sourceNamespace, targetNamespace, document -> {
		});
	}

	@Override
	public String sourceNamespace() {
		return sourceNamespace;
	}

	@Override
	public String targetNamespace() {
		return targetNamespace;
	}

	@Override
	public void migrate(Document document) {
		rename(document, document.getDocumentElement());
		edits.accept(document);
	}

	private void rename(Document document, Element element) {
		Element renamed = element;
		if (sourceNamespace.equals(element.getNamespaceURI())) {
			renamed = (Element) document.renameNode(element, targetNamespace, element.getTagName());
		}
		NamedNodeMap attributes = renamed.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())
					&& sourceNamespace.equals(attribute.getValue())) {
				attribute.setValue(targetNamespace);
			}
		}
		NodeList children = renamed.getChildNodes();
		for (int i = 0; i < children.getLength(); i++) {
			Node child = children.item(i);
			if (child instanceof Element childElement) {
				rename(document, childElement);
			}
		}
	}
}
