package dev.kiln.launch.internal;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;

import dev.kiln.build.ProjectOutputs;

/**
 * Whether an image must be built before it boots: it is missing, or a file of the project (the manifest
 * or anything it may copy) changed after it was written. The output folder and hidden files and
 * folders ({@code .project}, {@code .settings}) do not count.
 */
public final class ImageFreshness {

	private ImageFreshness() {
	}

	public static boolean isStale(Path projectRoot, Path image) throws IOException {
		if (!Files.isRegularFile(image)) {
			return true;
		}
		FileTime built = Files.getLastModifiedTime(image);
		Path output = ProjectOutputs.folder(projectRoot);
		boolean[] newer = { false };
		Files.walkFileTree(projectRoot, new SimpleFileVisitor<>() {

			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
				return dir.equals(output) || hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
				if (!hidden(file) && attrs.lastModifiedTime().compareTo(built) > 0) {
					newer[0] = true;
					return FileVisitResult.TERMINATE;
				}
				return FileVisitResult.CONTINUE;
			}

			private boolean hidden(Path path) {
				return !path.equals(projectRoot) && path.getFileName().toString().startsWith(".");
			}
		});
		return newer[0];
	}
}
