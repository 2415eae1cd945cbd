package dev.kiln.publish.storefront;

import java.util.concurrent.CancellationException;

import dev.kiln.image.Progress;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.ReleaseSbom;

/**
 * Finds the security status of a published release for the storefront: which of the packages its SBOM lists have
 * security fixes pending in the archive. The storefront generator calls it for every release whose SBOM it could read,
 * from the generating thread; it may block on the network. Kiln's own is {@code dev.kiln.build.ReleaseSecurityCheck}
 * (the maintenance watch); this bundle depends on none.
 */
@FunctionalInterface
public interface SecurityCheck {

	/**
	 * @param release   the release
	 * @param sbom      what its SBOM says: its packages with their pockets, and the archive state it was built from
	 * @param progress  where to report, and whether to stop
	 * @return its status: {@link SecurityStatus#checked}, {@link SecurityStatus#failed} with the problem when the
	 *         archive could not be read, {@link SecurityStatus#notChecked} with the reason when there is nothing to check
	 * @throws CancellationException when {@code progress} asks to stop
	 */
	SecurityStatus check(PublishedRelease release, ReleaseSbom sbom, Progress progress);
}
