package dev.kiln.publish.internal.storefront;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.kiln.image.Progress;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.ReleaseSignature;
import dev.kiln.publish.internal.PublishText;

/**
 * Reads what a storefront shows through the marketplace's catalog client: every appliance with every
 * release that reads as a Kiln release, its verified signers and its SBOM. Anything else is skipped with a warning; a registry that cannot be
 * reached or refuses the credentials fails the whole read.
 */
final class CatalogReader {

	/** Index order: title without regard to case, then repository, so the order never depends on the registry. */
	static final Comparator<StoreAppliance> ORDER = Comparator.comparing((StoreAppliance a) -> a.title().toLowerCase(Locale.ROOT))
			.thenComparing(StoreAppliance::repository);

	/** Repository names as the distribution specification allows them; anything else could leave the site's folder. */
	private static final Pattern REPOSITORY = Pattern.compile("[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*"); //$NON-NLS-1$

	private final Marketplace marketplace;
	private final Consumer<String> warnings;

	CatalogReader(Marketplace marketplace, Consumer<String> warnings) {
		this.marketplace = marketplace;
		this.warnings = warnings;
	}

	List<StoreAppliance> read(Progress progress) throws PublishException {
		List<StoreAppliance> appliances = new ArrayList<>();
		List<CatalogEntry> entries = marketplace.catalog(progress,
				skipped -> warnings.accept(PublishText.bind(PublishText.Storefront_skippedRepository, skipped.repository(), skipped.reason())));
		for (CatalogEntry entry : entries) {
			if (progress.isCancelled()) {
				throw new PublishException(PublishException.Kind.CANCELLED, PublishText.Storefront_cancelled);
			}
			if (!REPOSITORY.matcher(entry.appliance()).matches()) {
				warnings.accept(PublishText.bind(PublishText.Storefront_skippedRepository, entry.appliance(), PublishText.Storefront_badRepository));
				continue;
			}
			progress.phase(PublishText.bind(PublishText.Storefront_reading, entry.appliance()), entry.versions().size());
			List<PublishedRelease> releases = new ArrayList<>();
			for (String version : entry.versions()) {
				try {
					releases.add(marketplace.release(entry.appliance(), version));
				} catch (PublishException e) {
					if (e.kind() != PublishException.Kind.PROTOCOL && e.kind() != PublishException.Kind.NOT_FOUND) {
						throw e;
					}
					warnings.accept(PublishText.bind(PublishText.Storefront_skippedVersion, entry.appliance(), version, e.getMessage()));
				}
				progress.worked(1);
			}
			if (releases.isEmpty()) {
				warnings.accept(PublishText.bind(PublishText.Storefront_skippedRepository, entry.appliance(), PublishText.Storefront_noRelease));
				continue;
			}
			releases.sort(Comparator.comparing(PublishedRelease::version, VersionOrder.OLDEST_FIRST).reversed());
			appliances.add(new StoreAppliance(entry.appliance(), releases, signers(releases, warnings), sboms(releases, warnings), Map.of()));
		}
		appliances.sort(ORDER);
		return appliances;
	}

	/** The verified signers of each release; a signature that does not verify is left out, with a warning. */
	private Map<String, List<StoreAppliance.Signer>> signers(List<PublishedRelease> releases, Consumer<String> warnings) throws PublishException {
		Map<String, List<StoreAppliance.Signer>> signers = new HashMap<>();
		for (PublishedRelease release : releases) {
			List<StoreAppliance.Signer> valid = new ArrayList<>();
			try {
				for (ReleaseSignature signature : marketplace.signatures(release)) {
					if (signature.verifies(release.digest())) {
						valid.add(new StoreAppliance.Signer(signature.subject(), signature.fingerprint()));
					} else {
						warnings.accept(PublishText.bind(PublishText.Storefront_badSignature, release.appliance(), release.version()));
					}
				}
			} catch (PublishException e) {
				if (e.kind() != PublishException.Kind.PROTOCOL && e.kind() != PublishException.Kind.NOT_FOUND) {
					throw e;
				}
				warnings.accept(PublishText.bind(PublishText.Storefront_badSignature, release.appliance(), release.version()));
			}
			signers.put(release.digest(), valid);
		}
		return signers;
	}

	/**
	 * What each release's SBOM says. A release without one has none to show; one that cannot be read is left out with
	 * a warning, as a signature that does not verify is.
	 */
	private Map<String, StoreAppliance.Sbom> sboms(List<PublishedRelease> releases, Consumer<String> warnings) throws PublishException {
		Map<String, StoreAppliance.Sbom> sboms = new HashMap<>();
		for (PublishedRelease release : releases) {
			StoreAppliance.Sbom sbom;
			try {
				sbom = marketplace.sbom(release).map(content -> new StoreAppliance.Sbom(ReleaseSbom.read(content), null))
						.orElseGet(() -> new StoreAppliance.Sbom(null, PublishText.bind(PublishText.Storefront_noSbom, release.version())));
			} catch (PublishException e) {
				if (e.kind() != PublishException.Kind.PROTOCOL && e.kind() != PublishException.Kind.NOT_FOUND) {
					throw e;
				}
				sbom = unreadable(release, e.getMessage(), warnings);
			} catch (IllegalArgumentException e) {
				sbom = unreadable(release, e.getMessage(), warnings);
			}
			sboms.put(release.digest(), sbom);
		}
		return sboms;
	}

	private static StoreAppliance.Sbom unreadable(PublishedRelease release, String why, Consumer<String> warnings) {
		warnings.accept(PublishText.bind(PublishText.Storefront_badSbom, new Object[] { release.appliance(), release.version(), why }));
		return new StoreAppliance.Sbom(null, PublishText.bind(PublishText.Storefront_unreadableSbom, release.version(), why));
	}
}
