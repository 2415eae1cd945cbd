package dev.kiln.build;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the small files a build leaves next to its images (sums, package list, records) through a
 * {@code .partial} sibling that is then renamed: a reader never sees half a file.
 */
final class AtomicFiles {

	private AtomicFiles() {
	}

	/** Writes {@code text} to {@code file} atomically; returns the file. */
	static Path writeString(Path file, CharSequence text, Charset charset) throws IOException {
		Path partial = file.resolveSibling(file.getFileName() + ".partial"); //$NON-NLS-1$
		Files.writeString(partial, text, charset);
		return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
	}
}
