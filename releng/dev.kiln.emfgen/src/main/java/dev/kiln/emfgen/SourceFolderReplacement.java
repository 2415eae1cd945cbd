package dev.kiln.emfgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces a source folder by freshly generated files, with Unix line endings, so files of
 * removed model classes disappear and the result does not depend on the platform.
 */
final class SourceFolderReplacement {

	private final Path generated;
	private final Path target;

	SourceFolderReplacement(Path generated, Path target) {
		this.generated = generated;
		this.target = target;
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
		for (Path file : files) {
			Path copy = target.resolve(generated.relativize(file).toString());
			Files.createDirectories(copy.getParent());
			String text = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
			Files.writeString(copy, text, StandardCharsets.UTF_8);
		}
		return files.size();
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
