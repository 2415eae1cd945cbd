package dev.kiln.ui.tests;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where UI tests put the pictures of docs/: the folder given as {@code -Dkiln.docs.screenshots=<folder>}
 * (releng/scripts/editor-screenshots.sh gives docs/images). The pom passes the property always, empty
 * unless set, so an empty value means "no pictures".
 */
final class DocsPictures {

	private DocsPictures() {
	}

	/** The file for a picture named {@code name}, when pictures are asked for. */
	static Optional<Path> file(String name) {
		String folder = System.getProperty("kiln.docs.screenshots", "");
		return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder, name));
	}
}
