package dev.kiln.publish;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.kiln.image.Progress;

/**
 * One marketplace back end, connected to a target with credentials: the publish SPI. Every method
 * that talks to the network may block; call it from a background job, never from the UI thread.
 */
public interface Marketplace {

	/** Where this marketplace publishes, e.g. {@code oci 127.0.0.1:5000/acme/hello}. */
	String describe();

	/** Checks that the marketplace answers and accepts the credentials. */
	void testConnection() throws PublishException;

	/**
	 * The problems that stop {@code release} from being published: the listing rules, and a version
	 * that is already published unless {@code overwrite}. Empty when it may be published.
	 */
	List<ListingProblem> check(Release release, boolean overwrite) throws PublishException;

	/**
	 * Checks, then publishes the release; fails with {@link PublishException.Kind#LISTING} before any
	 * upload when {@link #check} finds problems.
	 */
	PublishResult publish(Release release, PublishOptions options, Progress progress) throws PublishException;

	/**
	 * The appliances the marketplace holds with their versions; what it holds besides them is skipped,
	 * each with a line to {@link Progress#log}.
	 */
	List<CatalogEntry> catalog(Progress progress) throws PublishException;

	/**
	 * As {@link #catalog(Progress)}, and tells {@code skipped} about each repository under the target
	 * that holds something other than Kiln appliance releases (a storefront warns about them).
	 */
	default List<CatalogEntry> catalog(Progress progress, Consumer<Skipped> skipped) throws PublishException {
		return catalog(progress);
	}

	/** A repository the catalog left out, and why, in words. */
	record Skipped(String repository, String reason) {
	}

	/** The listing and files of one published release. */
	PublishedRelease release(String appliance, String version) throws PublishException;

	/**
	 * The vendor signatures attached to a published release, unchecked: {@link ReleaseSignature#verifies}
	 * says whether one is good. Empty for an unsigned release, or a marketplace that keeps none.
	 */
	default List<ReleaseSignature> signatures(PublishedRelease release) throws PublishException {
		return List.of();
	}

	/**
	 * The SBOM attached to a published release: CycloneDX JSON, read with {@link ReleaseSbom#read}. Empty when the
	 * release has none, or the marketplace keeps none.
	 */
	default Optional<byte[]> sbom(PublishedRelease release) throws PublishException {
		return Optional.empty();
	}

	/**
	 * The signed update indexes of an appliance, one per channel that was published to (docs/publishing.md). Empty
	 * when there are none, or the marketplace keeps none.
	 *
	 * @param appliance  the appliance's repository
	 */
	default List<PublishedUpdateIndex> updateIndexes(String appliance) throws PublishException {
		return List.of();
	}

	/**
	 * Downloads the files of a release into {@code directory}, each checked against its digest, and
	 * returns them in the order of the release.
	 */
	List<Path> download(PublishedRelease release, Path directory, Progress progress) throws PublishException;
}
