package dev.kiln.core.internal.publish;

import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ReleasePublisher;
import dev.kiln.core.internal.CoreText;
import dev.kiln.core.internal.MonitorProgress;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.Release;

/**
 * Publishes a release in the background, cancellable, through the one {@link ReleasePublisher} that
 * {@code kiln publish} uses too: then the marketplace's storefront in the state folder is brought up to
 * date and the publish history records how it ended. Listeners hear the phases.
 */
public final class PublishJob extends Job {

	/** The family of publish jobs, for waiting on them. */
	public static final Object FAMILY = PublishJob.class;

	private final SavedMarketplace marketplace;
	private final Credentials credentials;
	private final Release release;
	private final PublishOptions options;
	private final Consumer<String> phases;
	private volatile ReleasePublisher.Published published;
	private volatile String error;

	/**
	 * @param options  how to publish; its signer is the vendor identity ({@link VendorIdentityStore})
	 * @param phases   hears each phase's name, from the job's thread
	 */
	public PublishJob(SavedMarketplace marketplace, Credentials credentials, Release release, PublishOptions options, Consumer<String> phases) {
		super(NLS.bind(CoreText.PublishJob_name, release.listing().title(), marketplace.name()));
		this.marketplace = marketplace;
		this.credentials = credentials;
		this.release = release;
		this.options = options;
		this.phases = phases;
		setUser(true);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			// the store reads preferences and files: here in the job, not where the wizard makes the job
			MarketplaceStore store = new MarketplaceStore();
			ReleasePublisher.Request request = new ReleasePublisher.Request(release, marketplace.target(), credentials, options,
					store.storefrontFolder(marketplace), StorefrontJob.securityCheck());
			published = new ReleasePublisher(store.history()).publish(request, new MonitorProgress(monitor, monitor, phases));
			return Status.OK_STATUS;
		} catch (PublishException e) {
			error = e.getMessage();
			return e.kind() == PublishException.Kind.CANCELLED ? Status.CANCEL_STATUS : Status.error(e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}

	public SavedMarketplace marketplace() {
		return marketplace;
	}

	/** The credentials the job published with, to read the marketplace again. */
	public Credentials credentials() {
		return credentials;
	}

	/** The published release, once the job succeeded. */
	public PublishResult result() {
		return published == null ? null : published.result();
	}

	/** The index page of the storefront regenerated after publishing, or {@code null}. */
	public Path storefront() {
		return published == null || published.storefront() == null ? null : published.storefront().index();
	}

	/** Why the storefront could not be regenerated, or {@code null}. */
	public String storefrontError() {
		return published == null ? null : published.storefrontError();
	}

	/** Why the job failed, or {@code null}. */
	public String error() {
		return error;
	}
}
