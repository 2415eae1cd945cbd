package dev.kiln.publish.internal.storefront;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import dev.kiln.image.Progress;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.internal.PublishText;
import dev.kiln.publish.storefront.SecurityCheck;
import dev.kiln.publish.storefront.SecurityStatus;
import dev.kiln.publish.storefront.StorefrontResult;

/**
 * One generation of the site in a folder: reads the catalog, checks each release's security status (when
 * asked to), fetches the pictures, writes the update folders (signed indexes and bundles), renders the pages whose fingerprint changed, the index and the feed,
 * removes what is gone and saves the state.
 */
public final class StorefrontSite {

	/** The static files of every site, shipped next to this class. */
	static final List<String> ASSETS = List.of(PageLayout.STYLE_SHEET, PageLayout.SCRIPT);

	private final Marketplace marketplace;
	private final Path site;
	private final String registry;
	private final DownloadLinks links;
	private final PageLayout layout;
	private final String settings;
	private final SecurityCheck check;

	/**
	 * @param check  finds each release's security status, or {@code null} for none
	 */
	public StorefrontSite(Marketplace marketplace, Path site, String registry, String mirror, String title, SecurityCheck check) {
		this.marketplace = marketplace;
		this.check = check;
		this.site = site;
		this.registry = registry;
		this.links = new DownloadLinks(URI.create(registry), mirror);
		this.layout = new PageLayout(title);
		this.settings = registry + "\n" + (mirror == null ? "" : mirror) + "\n" + title; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	public StorefrontResult generate(Progress progress, Consumer<String> warn, List<String> warnings) throws PublishException {
		List<StoreAppliance> appliances = new ArrayList<>();
		for (StoreAppliance appliance : new CatalogReader(marketplace, warn).read(progress)) {
			appliances.add(check == null ? appliance : checked(appliance, progress, warn));
		}
		StorefrontState state = StorefrontState.read(site);
		SiteFiles files = new SiteFiles(site);
		SiteMedia media = new SiteMedia(marketplace, site);
		SiteUpdates updates = new SiteUpdates(marketplace, site, files);
		for (String asset : ASSETS) {
			files.write(asset, asset(asset));
		}
		AppliancePage pages = new AppliancePage(layout, links);
		Map<String, String> fingerprints = new TreeMap<>();
		List<String> unchanged = new ArrayList<>();
		Map<String, List<String>> updateChannels = new TreeMap<>();
		for (StoreAppliance appliance : appliances) {
			checkCancelled(progress);
			progress.phase(PublishText.bind(PublishText.Storefront_writing, appliance.repository()), -1);
			media.fetch(appliance, progress);
			List<String> channels = updates.write(appliance, progress, warn);
			updateChannels.put(appliance.repository(), channels);
			String fingerprint = StorefrontState.fingerprint(settings + "\nupdates " + channels, appliance); //$NON-NLS-1$
			fingerprints.put(appliance.page(), fingerprint);
			if (state.isCurrent(appliance.page(), fingerprint) && Files.isRegularFile(site.resolve(appliance.page()))) {
				unchanged.add(appliance.page());
			} else {
				files.write(appliance.page(), pages.render(appliance, channels));
			}
		}
		List<String> removed = new ArrayList<>();
		for (String page : state.pages().keySet()) {
			if (!fingerprints.containsKey(page)) {
				files.delete(page);
				removed.add(page);
			}
		}
		files.write(IndexPage.FILE, new IndexPage(layout).render(appliances));
		files.write(CatalogFeed.FILE, new CatalogFeed(registry, links).render(appliances, updateChannels));
		removed.addAll(media.removeUnreferenced());
		removed.addAll(updates.removeUnreferenced());
		new SiteFiles(site).write(StorefrontState.FILE, StorefrontState.bytes(fingerprints));

		List<String> written = new ArrayList<>(media.written());
		written.addAll(updates.written());
		written.addAll(files.written());
		unchanged.addAll(files.unchanged());
		return new StorefrontResult(site, appliances.size(), sorted(written), sorted(unchanged), sorted(removed), warnings);
	}

	/**
	 * The appliance with the security status of each release: not checked when its SBOM could not be read; a check that
	 * failed is also a warning.
	 */
	private StoreAppliance checked(StoreAppliance appliance, Progress progress, Consumer<String> warn) throws PublishException {
		Map<String, SecurityStatus> statuses = new HashMap<>();
		for (PublishedRelease release : appliance.releases()) {
			checkCancelled(progress);
			StoreAppliance.Sbom sbom = appliance.sbomOf(release);
			if (sbom.content() == null) {
				statuses.put(release.digest(), SecurityStatus.notChecked(sbom.problem()));
				continue;
			}
			progress.phase(PublishText.bind(PublishText.Storefront_checking, release.appliance(), release.version()), -1);
			SecurityStatus status;
			try {
				status = Objects.requireNonNull(check.check(release, sbom.content(), progress), "status"); //$NON-NLS-1$
			} catch (CancellationException e) {
				throw new PublishException(PublishException.Kind.CANCELLED, PublishText.Storefront_cancelled, e);
			}
			if (status.failed()) {
				warn.accept(PublishText.bind(PublishText.Storefront_notChecked, release.appliance(), release.version(), status.problem()));
			}
			statuses.put(release.digest(), status);
		}
		return appliance.withSecurity(statuses);
	}

	private static List<String> sorted(List<String> paths) {
		return paths.stream().sorted().toList();
	}

	private static byte[] asset(String name) throws PublishException {
		try (InputStream in = StorefrontSite.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException(PublishText.Storefront_assetMissing);
			}
			return in.readAllBytes();
		} catch (IOException e) {
			throw new PublishException(PublishException.Kind.IO, PublishText.bind(PublishText.Oci_readFailed, name, e.getMessage()), e);
		}
	}

	private static void checkCancelled(Progress progress) throws PublishException {
		if (progress.isCancelled()) {
			throw new PublishException(PublishException.Kind.CANCELLED, PublishText.Storefront_cancelled);
		}
	}
}
