package dev.kiln.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import dev.kiln.build.internal.BuildText;
import dev.kiln.image.Progress;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.ListingRules;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.Release;
import dev.kiln.publish.storefront.SecurityCheck;
import dev.kiln.publish.storefront.StorefrontGenerator;
import dev.kiln.publish.storefront.StorefrontResult;

/**
 * The one way Kiln publishes a release, whoever asks — the workbench's Publish wizard, {@code kiln
 * publish}, the update payloads: check the listing before any connection, connect, publish signed by the
 * vendor identity, bring the marketplace's storefront up to date, and record the outcome. So the same
 * build published from anywhere with the same identity is the same release.
 */
public final class ReleasePublisher {

	/** How a publish ended, as the history keeps it. */
	public enum Outcome {
		STARTED, PUBLISHED, FAILED, CANCELLED
	}

	/** Where publishes are recorded; the workbench keeps a history, the command line none. */
	public interface History {

		/** Keeps no history. */
		History NONE = (marketplace, reference, outcome, digest) -> {
			// nothing kept
		};

		/**
		 * Records a publish; STARTED comes first, so one cut short stays visible.
		 *
		 * @param digest  the release's digest once published, else {@code null}
		 */
		void record(String marketplace, String reference, Outcome outcome, String digest) throws IOException;
	}

	/**
	 * What to publish where.
	 *
	 * @param release      the release (see {@link ProjectRelease})
	 * @param target       the marketplace
	 * @param credentials  its credentials
	 * @param options      overwrite, containerDisk, and the vendor identity that signs ({@link PublishOptions#signer()})
	 * @param storefront       the folder of the marketplace's storefront to bring up to date afterwards, or {@code null}
	 * @param storefrontCheck  what finds each release's security status on the storefront ({@link ReleaseSecurityCheck}),
	 *                         or {@code null} for a storefront without security status
	 */
	public record Request(Release release, MarketplaceTarget target, Credentials credentials, PublishOptions options, Path storefront,
			SecurityCheck storefrontCheck) {

		/** A request whose storefront, if any, shows no security status. */
		public Request(Release release, MarketplaceTarget target, Credentials credentials, PublishOptions options, Path storefront) {
			this(release, target, credentials, options, storefront, null);
		}
	}

	/**
	 * A published release.
	 *
	 * @param result           what the marketplace published
	 * @param storefront       the regenerated storefront, or {@code null} when none was asked for or it failed
	 * @param storefrontError  why the storefront could not be regenerated, or {@code null}; the release is published anyway
	 */
	public record Published(PublishResult result, StorefrontResult storefront, String storefrontError) {
	}

	private final History history;

	public ReleasePublisher(History history) {
		this.history = history;
	}

	/** The reference a publish of {@code release} to {@code target} is recorded under: {@code host/repository:version}. */
	public static String reference(MarketplaceTarget target, Release release) {
		return target.url().getAuthority() + "/" + target.repositoryOf(release.listing().id()) + ":" + release.listing().version(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * The listing rules that need no marketplace; {@link #publish} checks them before it connects, and
	 * the marketplace checks them again with its own.
	 */
	public static List<ListingProblem> check(Release release) {
		return new ListingRules().check(release);
	}

	/**
	 * Publishes. Blocks on the network: call it from a job or a command, never the UI thread.
	 *
	 * @throws PublishException a broken listing ({@link PublishException.Kind#LISTING}, before any
	 *                          connection), cancellation, or the marketplace's refusal
	 */
	public Published publish(Request request, Progress progress) throws PublishException {
		List<ListingProblem> problems = check(request.release());
		if (!problems.isEmpty()) {
			throw new PublishException(BuildText.bind(BuildText.ReleasePublisher_listingRejected, Integer.valueOf(problems.size())), problems);
		}
		String name = request.target().name();
		String reference = reference(request.target(), request.release());
		record(name, reference, Outcome.STARTED, null);
		Outcome outcome = Outcome.FAILED;
		PublishResult result = null;
		try {
			Marketplace marketplace = Marketplaces.connect(request.target(), request.credentials());
			result = marketplace.publish(request.release(), request.options(), progress);
			outcome = Outcome.PUBLISHED;
			if (request.storefront() == null) {
				return new Published(result, null, null);
			}
			progress.phase(BuildText.bind(BuildText.ReleasePublisher_storefront, name), -1);
			try {
				StorefrontResult storefront = new StorefrontGenerator(marketplace, request.target(), null, null)
						.withSecurityCheck(request.storefrontCheck()).generate(request.storefront(), progress);
				return new Published(result, storefront, null);
			} catch (PublishException e) {
				return new Published(result, null, e.getMessage());
			}
		} catch (PublishException e) {
			if (e.kind() == PublishException.Kind.CANCELLED) {
				outcome = Outcome.CANCELLED;
			}
			throw e;
		} finally {
			record(name, reference, outcome, result == null ? null : result.digest());
		}
	}

	private void record(String marketplace, String reference, Outcome outcome, String digest) {
		try {
			history.record(marketplace, reference, outcome, digest);
		} catch (IOException e) {
			// the history is a convenience: the publish itself ends as reported
		}
	}
}
