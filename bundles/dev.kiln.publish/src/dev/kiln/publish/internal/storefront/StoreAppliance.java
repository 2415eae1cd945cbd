package dev.kiln.publish.internal.storefront;

import java.util.List;
import java.util.Map;

import dev.kiln.publish.Listing;
import dev.kiln.publish.PublishedRelease;

/**
 * One appliance of the storefront: its repository, the page it gets and its releases, newest first.
 *
 * @param repository  the registry repository, e.g. {@code acme/hello}
 * @param releases    every release that reads as a Kiln appliance, newest version first; never empty
 * @param signers     by release digest, who signed it: the signatures that verify
 */
public record StoreAppliance(String repository, List<PublishedRelease> releases, Map<String, List<Signer>> signers) {

	/** The publisher of a release, as its verified signature names it. */
	public record Signer(String subject, String fingerprint) {
	}

	public StoreAppliance {
		releases = List.copyOf(releases);
		signers = Map.copyOf(signers);
		if (releases.isEmpty()) {
			throw new IllegalArgumentException(repository + " has no release"); //$NON-NLS-1$
		}
	}

	/** A storefront entry without signatures. */
	public StoreAppliance(String repository, List<PublishedRelease> releases) {
		this(repository, releases, Map.of());
	}

	/** Who signed {@code release}; empty when nobody did. */
	public List<Signer> signersOf(PublishedRelease release) {
		return signers.getOrDefault(release.digest(), List.of());
	}

	public PublishedRelease latest() {
		return releases.get(0);
	}

	/** The listing of the newest release: what the index shows. */
	public Listing listing() {
		return latest().listing();
	}

	/** The title to show and sort by: the listing's title, else its name, else the repository. */
	public String title() {
		Listing listing = listing();
		if (listing.title() != null && !listing.title().isBlank()) {
			return listing.title();
		}
		return listing.name() != null && !listing.name().isBlank() ? listing.name() : repository;
	}

	/** The page of the appliance, relative to the site's root: {@code appliances/<repository>.html}. */
	public String page() {
		return pageOf(repository);
	}

	static String pageOf(String repository) {
		return "appliances/" + repository + ".html"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The way from the appliance's page back to the site's root, e.g. {@code ../../}. */
	public String root() {
		return "../".repeat((int) page().chars().filter(c -> c == '/').count()); //$NON-NLS-1$
	}
}
