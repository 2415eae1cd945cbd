package dev.kiln.publish.internal.storefront;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import dev.kiln.image.Progress;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.internal.PublishText;

/**
 * Writes the files of the site: a file whose bytes are already there is left alone (its time stamp too),
 * any other is written to a temporary file and moved into place, so a reader never sees half a page.
 */
final class SiteFiles {

	private final Path site;
	private final List<String> written = new ArrayList<>();
	private final List<String> unchanged = new ArrayList<>();

	SiteFiles(Path site) {
		this.site = site;
	}

	/** Writes {@code content} to the site path {@code relative} unless the file holds exactly that. */
	void write(String relative, byte[] content) throws PublishException {
		Path target = site.resolve(relative).normalize();
		if (!target.startsWith(site)) {
			throw new PublishException(PublishException.Kind.IO, PublishText.bind(PublishText.Oci_writeFailed, relative, PublishText.bind(PublishText.Storefront_outsideSite, site)));
		}
		try {
			if (Files.isRegularFile(target) && Files.size(target) == content.length && Arrays.equals(Files.readAllBytes(target), content)) {
				unchanged.add(relative);
				return;
			}
			Files.createDirectories(target.getParent());
			Path temporary = target.resolveSibling("." + target.getFileName() + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
			Files.write(temporary, content);
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			written.add(relative);
		} catch (IOException e) {
			throw new PublishException(PublishException.Kind.IO, PublishText.bind(PublishText.Oci_writeFailed, target, e.getMessage()), e);
		}
	}

	/** Deletes a page of the site and the folders it leaves empty below the site's root. */
	void delete(String relative) throws PublishException {
		Path target = site.resolve(relative).normalize();
		if (!target.startsWith(site) || target.equals(site)) {
			return;
		}
		try {
			Files.deleteIfExists(target);
			for (Path folder = target.getParent(); folder != null && !folder.equals(site) && folder.startsWith(site); folder = folder.getParent()) {
				try (Stream<Path> entries = Files.list(folder)) {
					if (entries.findAny().isPresent()) {
						break;
					}
				}
				Files.delete(folder);
			}
		} catch (IOException e) {
			throw new PublishException(PublishException.Kind.IO, PublishText.bind(PublishText.Oci_writeFailed, target, e.getMessage()), e);
		}
	}

	/**
	 * Deletes the files below the site's {@code folder} whose site paths {@code referenced} lacks, and the folders left
	 * empty; returns the deleted files' site paths.
	 */
	static List<String> removeUnreferenced(Path site, String folder, Set<String> referenced) throws PublishException {
		List<String> removed = new ArrayList<>();
		Path top = site.resolve(folder);
		if (!Files.isDirectory(top)) {
			return removed;
		}
		try (Stream<Path> walk = Files.walk(top)) {
			for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
				String relative = site.relativize(path).toString().replace('\\', '/');
				if (Files.isDirectory(path)) {
					try (Stream<Path> entries = Files.list(path)) {
						if (entries.findAny().isEmpty()) {
							Files.delete(path);
						}
					}
				} else if (!referenced.contains(relative)) {
					Files.delete(path);
					removed.add(relative);
				}
			}
		} catch (IOException e) {
			throw new PublishException(PublishException.Kind.IO, PublishText.bind(PublishText.Oci_writeFailed, top, e.getMessage()), e);
		}
		return removed;
	}

	/**
	 * Downloads {@code file} of the release from the marketplace (digest-checked) into the site path {@code relative},
	 * through a hidden folder of the site, so that the file appears whole or not at all.
	 */
	static void fetch(Marketplace marketplace, PublishedRelease release, PublishedRelease.File file, Path site, String relative,
			Progress progress) throws PublishException {
		Path target = site.resolve(relative);
		Path download = site.resolve(".kiln-download"); //$NON-NLS-1$
		try {
			Files.createDirectories(target.getParent());
			PublishedRelease one = new PublishedRelease(release.appliance(), release.version(), release.digest(), release.listing(), List.of(file));
			Path fetched = marketplace.download(one, download, progress).get(0);
			Files.move(fetched, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new PublishException(PublishException.Kind.IO, PublishText.bind(PublishText.Oci_writeFailed, target, e.getMessage()), e);
		} finally {
			deleteTree(download);
		}
	}

	List<String> written() {
		return written;
	}

	List<String> unchanged() {
		return unchanged;
	}

	/** Deletes a folder and everything in it, if it exists (best effort). */
	static void deleteTree(Path folder) {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// a left-over download folder is removed by the next generation
		}
	}
}
