package dev.kiln.publish.storefront;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import dev.kiln.image.Progress;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.internal.PublishText;
import dev.kiln.publish.internal.storefront.StorefrontSite;

/**
 * Writes a marketplace's storefront: a static web site of the appliances a registry holds (an index with
 * search and category filter, a page per appliance with its releases, their downloads and package changes,
 * {@code catalog.json}), read through the marketplace's catalog client; with a {@link SecurityCheck}, also
 * each release's security status. The same registry content gives the same bytes; a
 * second generation rewrites only the pages whose releases changed. Blocks: call it from a background job.
 */
public final class StorefrontGenerator {

	private static final System.Logger LOG = System.getLogger(StorefrontGenerator.class.getName());

	private final Marketplace marketplace;
	private final MarketplaceTarget target;
	private final String mirror;
	private final String title;
	private final SecurityCheck securityCheck;

	/**
	 * @param marketplace  the connected marketplace to read
	 * @param target       where it is: its URL makes the download links
	 * @param mirror       a URL prefix that serves {@code <repository>/blobs/<digest>} in place of
	 *                     {@code <registry>/v2}, or {@code null} for the registry's own blob URLs
	 * @param title        the site's title, or {@code null} for "Virtual appliances on <registry>"
	 */
	public StorefrontGenerator(Marketplace marketplace, MarketplaceTarget target, String mirror, String title) {
		this(marketplace, target, mirror == null || mirror.isBlank() ? null : mirror.strip(), title == null || title.isBlank()
				? PublishText.bind(PublishText.Storefront_siteTitle, target.url().getAuthority() + (target.repository().isEmpty() ? "" : "/" + target.repository())) //$NON-NLS-1$ //$NON-NLS-2$
				: title.strip(), null);
	}

	private StorefrontGenerator(Marketplace marketplace, MarketplaceTarget target, String mirror, String title, SecurityCheck securityCheck) {
		this.marketplace = marketplace;
		this.target = target;
		this.mirror = mirror;
		this.title = title;
		this.securityCheck = securityCheck;
	}

	/**
	 * This generator, showing each release's security status as {@code check} finds it, on the release, as a badge on
	 * the index and in {@code catalog.json}. Every release is checked on every generation, so a page shows the last
	 * check.
	 *
	 * @param check  the check, or {@code null} for no security status
	 */
	public StorefrontGenerator withSecurityCheck(SecurityCheck check) {
		return new StorefrontGenerator(marketplace, target, mirror, title, check);
	}

	/** Generates or updates the site in {@code site}; warnings are also logged and given to {@code progress}. */
	public StorefrontResult generate(Path site, Progress progress) throws PublishException {
		Path folder = site.toAbsolutePath().normalize();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new PublishException(PublishException.Kind.IO, PublishText.bind(PublishText.Oci_writeFailed, folder, e.getMessage()), e);
		}
		List<String> warnings = new ArrayList<>();
		Consumer<String> warn = warning -> {
			warnings.add(warning);
			LOG.log(Level.WARNING, warning);
			progress.log(warning);
		};
		StorefrontSite writer = new StorefrontSite(marketplace, folder, registry(), mirror, title, securityCheck);
		return writer.generate(progress, warn, warnings);
	}

	private String registry() {
		String url = target.url().toString();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url; //$NON-NLS-1$
	}
}
