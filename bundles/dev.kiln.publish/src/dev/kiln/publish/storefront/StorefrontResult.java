package dev.kiln.publish.storefront;

import java.nio.file.Path;
import java.util.List;

/**
 * What a generation of the storefront did. Paths are relative to the site's folder, with {@code /}.
 *
 * @param site        the site's folder; open {@code index.html} in it
 * @param appliances  appliances listed
 * @param written     files written because they are new or their content changed
 * @param unchanged   pages and files that were already up to date (not written again)
 * @param removed     pages and pictures of appliances that are gone, deleted
 * @param warnings    what was skipped and why (a repository that holds no Kiln appliance, an unreadable release)
 */
public record StorefrontResult(Path site, int appliances, List<String> written, List<String> unchanged, List<String> removed,
		List<String> warnings) {

	public StorefrontResult {
		written = List.copyOf(written);
		unchanged = List.copyOf(unchanged);
		removed = List.copyOf(removed);
		warnings = List.copyOf(warnings);
	}

	/** The site's start page. */
	public Path index() {
		return site.resolve("index.html"); //$NON-NLS-1$
	}
}
