package dev.kiln.image.debian;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import dev.kiln.image.debian.DebianArchiveException.Reason;
import dev.kiln.image.internal.ImageText;

/**
 * The disk cache of one mirror: {@code <root>/<mirror-hash>/<suite>/InRelease} and the indexes below
 * the suite as the Release names them ({@code main/binary-amd64/Packages.xz}). Files are written to a
 * temporary name and renamed when complete, so a crash leaves no partial file under a final name;
 * readers still verify every file against the signed Release, which catches anything else.
 */
final class ArchiveCache {

	private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

	private final Path directory;
	private final URI mirror;

	ArchiveCache(Path root, URI mirror) {
		this.mirror = mirror;
		byte[] hash = MirrorClient.sha256().digest(mirror.toString().getBytes(StandardCharsets.UTF_8));
		this.directory = root.resolve(HexFormat.of().formatHex(hash, 0, 8));
	}

	/** @return this mirror's folder */
	Path directory() {
		return directory;
	}

	Path inRelease(String suite) {
		return directory.resolve(suite).resolve("InRelease"); //$NON-NLS-1$
	}

	/** @param path a path below {@code dists/<suite>/} as the Release lists it */
	Path file(String suite, String path) {
		return directory.resolve(suite).resolve(path);
	}

	/** @return the modification time, or null when the file does not exist */
	Instant modified(Path file) {
		try {
			return Files.getLastModifiedTime(file).toInstant();
		} catch (IOException e) {
			return null;
		}
	}

	/** @return a new empty file beside the target, to be {@link #commit committed} once complete */
	Path temporary(Path target) throws DebianArchiveException {
		try {
			Files.createDirectories(target.getParent());
			describeMirror();
			sweepAbandoned(target);
			return Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part"); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (IOException e) {
			throw failure(target, e);
		}
	}

	/**
	 * Deletes temporary files a killed process left beside the target (each can be 56 MB). Only old
	 * ones: a younger one may belong to another process writing right now.
	 */
	private void sweepAbandoned(Path target) {
		Instant cutoff = Instant.now().minus(ABANDONED_AFTER);
		try (DirectoryStream<Path> parts = Files.newDirectoryStream(target.getParent(), "." + target.getFileName() + "*.part")) { //$NON-NLS-1$ //$NON-NLS-2$
			for (Path part : parts) {
				if (Files.getLastModifiedTime(part).toInstant().isBefore(cutoff)) {
					discard(part);
				}
			}
		} catch (IOException e) {
			// best effort: a leftover only costs disk space
		}
	}

	/** Flushes the temporary file to disk and renames it to the target in one step. */
	void commit(Path temporary, Path target) throws DebianArchiveException {
		try {
			try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			discard(temporary);
			throw failure(target, e);
		}
	}

	void write(Path target, byte[] content) throws DebianArchiveException {
		Path temporary = temporary(target);
		try {
			Files.write(temporary, content);
		} catch (IOException e) {
			discard(temporary);
			throw failure(target, e);
		}
		commit(temporary, target);
	}

	/** Deletes a file that failed verification or is no longer wanted; a failure to do so is harmless. */
	void discard(Path file) {
		try {
			Files.deleteIfExists(file);
		} catch (IOException e) {
			// the next write replaces it, and every read verifies it first
		}
	}

	/** A note for people looking into the cache: which mirror the hashed folder name stands for. */
	private void describeMirror() throws IOException {
		Path note = directory.resolve("mirror"); //$NON-NLS-1$
		if (!Files.exists(note)) {
			Files.writeString(note, mirror + "\n"); //$NON-NLS-1$
		}
	}

	private DebianArchiveException failure(Path target, IOException e) {
		return new DebianArchiveException(Reason.CACHE,
				ImageText.bind(ImageText.ArchiveCache_cannotWrite, target, CauseDescription.of(e)), e);
	}
}
