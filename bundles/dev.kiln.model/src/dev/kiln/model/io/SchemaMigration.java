package dev.kiln.model.io;

import org.w3c.dom.Document;

/**
 * Rewrites a manifest of an older schema version into the next one. Registered in
 * {@link SchemaVersions}, migrations are chained so a 1.0 file keeps loading once 1.1 and later
 * versions exist. They work on the DOM, so they can rename, move or drop anything; text and line
 * breaks are kept, so positions in problems still match the file on disk.
 */
public interface SchemaMigration {

	String sourceNamespace();

	String targetNamespace();

	/** Rewrites the document, whose root is in {@link #sourceNamespace()}, in place. */
	void migrate(Document document);
}
