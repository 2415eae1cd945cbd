package dev.kiln.publish.internal.storefront;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.kiln.image.Progress;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;

/**
 * The logos and screenshots of the site, copied from the registry into {@code media/<sha256>.png|jpg}
 * (digest-checked by the marketplace's download), so the site shows them offline. Named by content: a
 * picture is fetched once and the same picture is the same file in every generation.
 */
final class SiteMedia {

	static final String FOLDER = "media"; //$NON-NLS-1$

	private final Marketplace marketplace;
	private final Path site;
	private final Set<String> referenced = new TreeSet<>();
	private final List<String> written = new ArrayList<>();

	SiteMedia(Marketplace marketplace, Path site) {
		this.marketplace = marketplace;
		this.site = site;
	}

	/** The site path of a PNG or JPEG file of a release, or empty for any other type (no SVG: it may hold script). */
	static Optional<String> path(PublishedRelease.File file) {
		String extension = switch (file.mediaType()) {
			case "image/png" -> ".png"; //$NON-NLS-1$ //$NON-NLS-2$
			case "image/jpeg" -> ".jpg"; //$NON-NLS-1$ //$NON-NLS-2$
			default -> null;
		};
		String digest = file.digest();
		if (extension == null || digest == null || !digest.matches("sha256:[0-9a-f]{64}")) { //$NON-NLS-1$
			return Optional.empty();
		}
		return Optional.of(FOLDER + "/" + digest.substring("sha256:".length()) + extension); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The file of the release named {@code name}, when it is a picture the site can show. */
	static Optional<PublishedRelease.File> picture(PublishedRelease release, String name) {
		if (name == null) {
			return Optional.empty();
		}
		return release.files().stream().filter(f -> f.name().equals(name) && path(f).isPresent()).findFirst();
	}

	/** Makes sure the logo and screenshots of the appliance's newest release are in the site. */
	void fetch(StoreAppliance appliance, Progress progress) throws PublishException {
		PublishedRelease latest = appliance.latest();
		List<PublishedRelease.File> pictures = new ArrayList<>();
		picture(latest, latest.listing().logo()).ifPresent(pictures::add);
		for (String screenshot : latest.listing().screenshots()) {
			picture(latest, screenshot).ifPresent(pictures::add);
		}
		for (PublishedRelease.File file : pictures) {
			String relative = path(file).orElseThrow();
			referenced.add(relative);
			if (Files.isRegularFile(site.resolve(relative))) {
				continue;
			}
			SiteFiles.fetch(marketplace, latest, file, site, relative, progress);
			written.add(relative);
		}
	}

	/** Removes pictures no appliance shows any more; returns their site paths. */
	List<String> removeUnreferenced() throws PublishException {
		return SiteFiles.removeUnreferenced(site, FOLDER, referenced);
	}

	/** The pictures this generation downloaded. */
	List<String> written() {
		return written;
	}
}
