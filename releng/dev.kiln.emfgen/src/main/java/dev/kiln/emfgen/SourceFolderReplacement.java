package dev.kiln.emfgen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces a source folder by freshly generated files, with Unix line endings, so files of
 * removed model classes disappear and the result does not depend on the platform. A generated
 * file whose path also exists in the hand-written source folder is left out: the hand-written
 * one replaces it.
 */
final class SourceFolderReplacement {

	private final Path generated;
	private final Path target;
	private final Path handWritten;

	SourceFolderReplacement(Path generated, Path target, Path handWritten) {
		this.generated = generated;
		this.target = target;
		this.handWritten = handWritten;
	}

	/** @return the number of files written */
	int run() throws IOException {
		if (!Files.isDirectory(generated)) {
			throw new IOException("the generator wrote nothing to " + generated);
		}
		deleteTree(target);
		List<Path> files;
		try (Stream<Path> walk = Files.walk(generated)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		int written = 0;
		for (Path file : files) {
			String relative = generated.relativize(file).toString();
			if (Files.exists(handWritten.resolve(relative))) {
				System.out.println("emfgen: " + relative + " is written by hand in " + handWritten);
				continue;
			}
			CodeGenerator.copyUnix(file, target.resolve(relative));
			written++;
		}
		return written;
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
