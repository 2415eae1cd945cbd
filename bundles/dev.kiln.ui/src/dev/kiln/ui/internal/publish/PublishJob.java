package dev.kiln.ui.internal.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.Release;
import dev.kiln.ui.internal.UIText;

/**
 * Publishes a release in the background, cancellable; records it in the workspace's publish history.
 * Listeners hear the phases and, at the end, the result or the error.
 */
public final class PublishJob extends Job {

	/** The family of publish jobs, for waiting on them. */
	public static final Object FAMILY = PublishJob.class;

	private final SavedMarketplace marketplace;
	private final Credentials credentials;
	private final Release release;
	private final PublishOptions options;
	private final Consumer<String> phases;
	private volatile PublishResult result;
	private volatile String error;
	private volatile Path storefront;
	private volatile String storefrontError;

	public PublishJob(SavedMarketplace marketplace, Credentials credentials, Release release, PublishOptions options, Consumer<String> phases) {
		super(UIText.bind(UIText.PublishJob_name, release.listing().title(), marketplace.name()));
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
		long total = release.images().stream().mapToLong(i -> i.file().toFile().length()).sum();
		monitor.beginTask(getName(), (int) Math.max(1, total / 1024));
		MarketplaceStore store = new MarketplaceStore();
		String reference = marketplace.url().getAuthority() + "/" + marketplace.target().repositoryOf(release.listing().id()) + ":" //$NON-NLS-1$ //$NON-NLS-2$
				+ release.listing().version();
		MarketplaceStore.Outcome outcome = MarketplaceStore.Outcome.FAILED;
		try {
			store.record(marketplace.name(), reference, MarketplaceStore.Outcome.STARTED, null);
			Marketplace target = Marketplaces.connect(marketplace.target(), credentials);
			MonitorProgress progress = new MonitorProgress(monitor, phases);
			result = target.publish(release, options, progress);
			outcome = MarketplaceStore.Outcome.PUBLISHED;
			updateStorefront(store, progress);
			return Status.OK_STATUS;
		} catch (PublishException e) {
			error = e.getMessage();
			if (e.kind() == PublishException.Kind.CANCELLED) {
				outcome = MarketplaceStore.Outcome.CANCELLED;
				return Status.CANCEL_STATUS;
			}
			return Status.error(e.getMessage(), e);
		} catch (IOException e) {
			error = e.getMessage();
			return Status.error(e.getMessage(), e);
		} finally {
			try {
				store.record(marketplace.name(), reference, outcome, result == null ? null : result.digest());
			} catch (IOException e) {
				// the history is a convenience: the publish itself has ended as reported
			}
			monitor.done();
		}
	}

	/** Regenerates the marketplace's storefront; a failure there does not make the publish fail. */
	private void updateStorefront(MarketplaceStore store, MonitorProgress progress) {
		progress.phase(UIText.bind(UIText.StorefrontJob_name, marketplace.name()), -1);
		try {
			storefront = StorefrontJob.generate(marketplace, credentials, store.storefrontFolder(marketplace), progress).index();
		} catch (PublishException e) {
			storefrontError = e.getMessage();
		}
	}

	public SavedMarketplace marketplace() {
		return marketplace;
	}

	/** The published release, once the job succeeded. */
	public PublishResult result() {
		return result;
	}

	/** The credentials the job published with, to read the marketplace again. */
	Credentials credentials() {
		return credentials;
	}

	/** The index page of the storefront regenerated after publishing, or {@code null}. */
	public Path storefront() {
		return storefront;
	}

	/** Why the storefront could not be regenerated, or {@code null}. */
	public String storefrontError() {
		return storefrontError;
	}

	/** Why the job failed, or {@code null}. */
	public String error() {
		return error;
	}
}
