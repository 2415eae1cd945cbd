package dev.kiln.publish.internal.storefront;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.kiln.publish.Listing;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.internal.PublishText;
import dev.kiln.publish.storefront.SecurityStatus;

/**
 * One appliance of the storefront: its repository, the page it gets and its releases, newest first.
 *
 * @param repository  the registry repository, e.g. {@code acme/hello}
 * @param releases    every release that reads as a Kiln appliance, newest version first; never empty
 * @param signers     by release digest, who signed it: the signatures that verify
 * @param sboms       by release digest, what its SBOM says or why that is not known
 * @param security    by release digest, its security status; empty when no check was asked for
 */
public record StoreAppliance(String repository, List<PublishedRelease> releases, Map<String, List<Signer>> signers, Map<String, Sbom> sboms,
		Map<String, SecurityStatus> security) {

	/** The publisher of a release, as its verified signature names it. */
	public record Signer(String subject, String fingerprint) {
	}

	/**
	 * A release's SBOM as the storefront read it.
	 *
	 * @param content  what it says, or {@code null} when it could not be read
	 * @param problem  why it could not be read, in words ("version 1.0.0 has no SBOM"), or {@code null}
	 */
	public record Sbom(ReleaseSbom content, String problem) {
	}

	public StoreAppliance {
		releases = List.copyOf(releases);
		signers = Map.copyOf(signers);
		sboms = Map.copyOf(sboms);
		security = Map.copyOf(security);
		if (releases.isEmpty()) {
			throw new IllegalArgumentException(repository + " has no release"); //$NON-NLS-1$
		}
	}

	/** A storefront entry without signatures. */
	public StoreAppliance(String repository, List<PublishedRelease> releases) {
		this(repository, releases, Map.of(), Map.of(), Map.of());
	}

	/** This appliance with the security status of its releases, by digest. */
	public StoreAppliance withSecurity(Map<String, SecurityStatus> statuses) {
		return new StoreAppliance(repository, releases, signers, sboms, statuses);
	}

	/** Who signed {@code release}; empty when nobody did. */
	public List<Signer> signersOf(PublishedRelease release) {
		return signers.getOrDefault(release.digest(), List.of());
	}

	/** What the SBOM of {@code release} says; a release the reader did not look at counts as one without an SBOM. */
	public Sbom sbomOf(PublishedRelease release) {
		return sboms.getOrDefault(release.digest(), new Sbom(null, PublishText.bind(PublishText.Storefront_noSbom, release.version())));
	}

	/** The security status of {@code release}; empty when no check was asked for. */
	public Optional<SecurityStatus> securityOf(PublishedRelease release) {
		return Optional.ofNullable(security.get(release.digest()));
	}

	/** What changed since the version before {@code release}; empty for the oldest. */
	Optional<PackageChanges> changesOf(PublishedRelease release) {
		int index = releases.indexOf(release);
		if (index < 0 || index == releases.size() - 1) {
			return Optional.empty();
		}
		PublishedRelease previous = releases.get(index + 1);
		Sbom before = sbomOf(previous);
		Sbom now = sbomOf(release);
		if (before.content() == null) {
			return Optional.of(PackageChanges.unknown(previous.version(), before.problem()));
		}
		if (now.content() == null) {
			return Optional.of(PackageChanges.unknown(previous.version(), now.problem()));
		}
		return Optional.of(PackageChanges.between(previous.version(), before.content(), now.content(), securityOf(previous)));
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
