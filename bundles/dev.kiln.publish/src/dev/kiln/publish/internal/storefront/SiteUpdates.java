package dev.kiln.publish.internal.storefront;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.Sha256;
import dev.kiln.image.update.UpdateIndex;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.PublishedUpdateIndex;
import dev.kiln.publish.internal.PublishText;
import dev.kiln.publish.internal.oci.OciMediaTypes;

/**
 * The update folder of each appliance with signed update indexes (ADR 026), laid out as a deployed appliance reads it
 * from its update source {@code <site>/updates/<repository>/}: {@code <channel>/index} and {@code <channel>/index.p7s}
 * byte for byte as published, and the bundles the indexes list beside the channels, fetched from the registry by digest.
 * A bundle already there with the SHA-256 the index names is not fetched again.
 */
final class SiteUpdates {

	static final String FOLDER = "updates"; //$NON-NLS-1$
	/** What a bundle's name in an index must look like to become a file of the site (no path, no hidden file). */
	private static final Pattern BUNDLE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*\\.raucb"); //$NON-NLS-1$

	private final Marketplace marketplace;
	private final Path site;
	private final SiteFiles files;
	private final Set<String> referenced = new TreeSet<>();
	private final List<String> written = new ArrayList<>();

	SiteUpdates(Marketplace marketplace, Path site, SiteFiles files) {
		this.marketplace = marketplace;
		this.site = site;
		this.files = files;
	}

	/** The update source of an appliance, relative to the site's root: {@code updates/<repository>/}. */
	static String folder(String repository) {
		return FOLDER + "/" + repository + "/"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Writes the appliance's update folder; returns the channels it holds, in name order (empty: no updates). */
	List<String> write(StoreAppliance appliance, Progress progress, Consumer<String> warn) throws PublishException {
		String repository = appliance.repository();
		Map<String, UpdateIndex.Entry> bundles = new LinkedHashMap<>();
		Set<String> channels = new TreeSet<>();
		for (PublishedUpdateIndex published : marketplace.updateIndexes(repository)) {
			if (!PublishOptions.isChannel(published.channel())) {
				warn.accept(PublishText.bind(PublishText.Storefront_updateChannelName, repository, published.channel()));
				continue;
			}
			UpdateIndex index;
			try {
				index = UpdateIndex.parse(published.index());
			} catch (ImageBuildException e) {
				warn.accept(PublishText.bind(PublishText.Storefront_updateIndexUnreadable, repository, published.channel(), e.getMessage()));
				continue;
			}
			String channelFolder = folder(repository) + published.channel() + "/"; //$NON-NLS-1$
			files.write(channelFolder + UpdateIndex.FILE_NAME, published.index());
			files.write(channelFolder + UpdateIndex.SIGNATURE_NAME, published.signature());
			referenced.add(channelFolder + UpdateIndex.FILE_NAME);
			referenced.add(channelFolder + UpdateIndex.SIGNATURE_NAME);
			channels.add(published.channel());
			for (UpdateIndex.Entry entry : index.entries()) {
				UpdateIndex.Entry known = bundles.putIfAbsent(entry.file(), entry);
				if (!BUNDLE_NAME.matcher(entry.file()).matches() || known != null && !known.sha256().equals(entry.sha256())) {
					warn.accept(PublishText.bind(PublishText.Storefront_updateBundleName, repository, published.channel(), entry.file()));
				}
			}
		}
		for (UpdateIndex.Entry entry : bundles.values()) {
			if (BUNDLE_NAME.matcher(entry.file()).matches()) {
				fetch(appliance, entry, progress, warn);
			}
		}
		return List.copyOf(channels);
	}

	private void fetch(StoreAppliance appliance, UpdateIndex.Entry entry, Progress progress, Consumer<String> warn) throws PublishException {
		String relative = folder(appliance.repository()) + entry.file();
		referenced.add(relative);
		Path target = site.resolve(relative);
		try {
			if (Files.isRegularFile(target) && Files.size(target) == entry.size() && Sha256.of(target).equals(entry.sha256())) {
				return;
			}
		} catch (IOException e) {
			throw new PublishException(PublishException.Kind.IO, PublishText.bind(PublishText.Oci_readFailed, target, e.getMessage()), e);
		}
		PublishedRelease.File file = new PublishedRelease.File(entry.file(), OciMediaTypes.UPDATE_BUNDLE, "sha256:" + entry.sha256(), entry.size()); //$NON-NLS-1$
		progress.phase(PublishText.bind(PublishText.Storefront_fetchingBundle, entry.file()), entry.size());
		try {
			SiteFiles.fetch(marketplace, appliance.latest(), file, site, relative, progress);
			written.add(relative);
		} catch (PublishException e) {
			if (e.kind() != PublishException.Kind.NOT_FOUND) {
				throw e;
			}
			warn.accept(PublishText.bind(PublishText.Storefront_updateBundleMissing, appliance.repository(), entry.file(), e.getMessage()));
		}
	}

	/** Removes the indexes and bundles no appliance lists any more, and the folders they leave empty; returns their site paths. */
	List<String> removeUnreferenced() throws PublishException {
		return SiteFiles.removeUnreferenced(site, FOLDER, referenced);
	}

	/** The bundles this generation fetched. */
	List<String> written() {
		return written;
	}
}
