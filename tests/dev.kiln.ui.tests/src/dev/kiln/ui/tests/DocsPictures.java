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

	/**
	 * Where a test leaves a picture of a state it reached, to look at after a run: {@code target/pictures}, apart
	 * from the failure screenshots that CI lists.
	 */
	static Path stateFile(String name) {
		return Path.of("target", "pictures", name);
	}

	/** The file for a picture named {@code name}, when pictures are asked for. */
	static Optional<Path> file(String name) {
		String folder = System.getProperty("kiln.docs.screenshots", "");
		return folder.isBlank() ? Optional.empty() : Optional.of(Path.of(folder, name));
	}
}
