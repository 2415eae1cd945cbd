package dev.kiln.core.internal.publish;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import dev.kiln.build.ReleaseSecurityCheck;
import dev.kiln.image.ImageEngine;
import dev.kiln.image.cache.BuildCache;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.storefront.SecurityCheck;
import dev.kiln.publish.storefront.StorefrontGenerator;
import dev.kiln.publish.storefront.StorefrontResult;
import dev.kiln.core.internal.CoreText;
import dev.kiln.core.internal.MonitorProgress;

/**
 * Generates (or updates) the storefront of a saved marketplace in the workspace's state folder, in the
 * background, with each release's security status; the Publish wizard runs it after each publish and for
 * "Open Storefront".
 */
public final class StorefrontJob extends Job {

	private final SavedMarketplace marketplace;
	private final Credentials credentials;
	private final Path folder;
	private volatile StorefrontResult result;
	private volatile String error;

	public StorefrontJob(SavedMarketplace marketplace, Credentials credentials, Path folder) {
		super(NLS.bind(CoreText.StorefrontJob_name, marketplace.name()));
		this.marketplace = marketplace;
		this.credentials = credentials;
		this.folder = folder;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			result = new StorefrontGenerator(Marketplaces.connect(marketplace.target(), credentials), marketplace.target(), null, null)
					.withSecurityCheck(securityCheck()).generate(folder, new MonitorProgress(monitor, monitor));
			return Status.OK_STATUS;
		} catch (PublishException e) {
			error = e.getMessage();
			return e.kind() == PublishException.Kind.CANCELLED ? Status.CANCEL_STATUS : Status.warning(e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}

	/**
	 * The maintenance watch's check of each release, trusting Debian's archive keyring, with the archive's indexes in
	 * the build cache the workbench's builds use.
	 */
	static SecurityCheck securityCheck() {
		return new ReleaseSecurityCheck(null, ImageEngine.defaultCacheDirectory().resolve(BuildCache.Kind.ARCHIVE_INDEX.folder()));
	}

	/** The generated site, once the job succeeded. */
	public StorefrontResult result() {
		return result;
	}

	/** Why it failed, or {@code null}. */
	public String error() {
		return error;
	}
}
