package dev.kiln.publish.internal.oci;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;


import dev.kiln.image.ImageBuildException;
import dev.kiln.image.Progress;
import dev.kiln.image.update.UpdateIndex;
import dev.kiln.publish.CatalogEntry;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Listing;
import dev.kiln.publish.ListingProblem;
import dev.kiln.publish.ListingRules;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishException.Kind;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.PublishedUpdateIndex;
import dev.kiln.publish.Release;
import dev.kiln.image.identity.VendorIdentity;
import dev.kiln.publish.ReleaseSignature;
import dev.kiln.publish.internal.PublishText;

/**
 * The marketplace on an OCI distribution registry. A release is one OCI 1.1 image manifest with
 * artifactType {@value OciMediaTypes#APPLIANCE}, tagged with the version: the listing as config, the
 * images, the update bundle, logo and screenshots as layers; SBOM and signature are referrers (API or tag schema).
 * The manifest is pushed by digest and tagged last, so a failed publish leaves no tag behind; then the update
 * channel's signed index ({@link UpdateIndexArtifact}) lists the update bundle.
 */
public final class OciMarketplace implements Marketplace {

	private final MarketplaceTarget target;
	private final RegistryClient client;
	private final ListingRules rules = new ListingRules();

	public OciMarketplace(MarketplaceTarget target, Credentials credentials) {
		this.target = target;
		this.client = new RegistryClient(target.url(), credentials, target.caCertificate());
	}

	/** The registry client, for tests that look at what was published. */
	public RegistryClient client() {
		return client;
	}

	@Override
	public String describe() {
		return PublishText.bind(PublishText.Oci_describe, client.host() + (target.repository().isEmpty() ? "" : "/" + target.repository())); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Override
	public void testConnection() throws PublishException {
		client.ping();
	}

	@Override
	public List<ListingProblem> check(Release release, boolean overwrite) throws PublishException {
		List<ListingProblem> problems = new ArrayList<>(rules.check(release));
		Listing listing = release.listing();
		if (!overwrite && listing.id() != null && listing.version() != null && !listing.version().isBlank()) {
			String repository = target.repositoryOf(listing.id());
			if (client.hasManifest(repository, listing.version())) {
				problems.add(new ListingProblem("version", //$NON-NLS-1$
						PublishText.bind(PublishText.ListingRules_versionPublished, listing.version(), client.host() + "/" + repository))); //$NON-NLS-1$
			}
		}
		return problems;
	}

	@Override
	public PublishResult publish(Release release, PublishOptions options, Progress progress) throws PublishException {
		progress.phase(PublishText.bind(PublishText.Oci_checking, describe()), -1);
		client.ping();
		List<ListingProblem> problems = new ArrayList<>(check(release, options.overwrite()));
		Path qcow2 = options.containerDisk() ? containerDiskSource(release, problems) : null;
		if (!problems.isEmpty()) {
			throw new PublishException(PublishText.bind(PublishText.Oci_listingRejected, problems.size(),
					problems.stream().map(ListingProblem::toString).collect(Collectors.joining("\n"))), problems); //$NON-NLS-1$
		}
		String repository = target.repositoryOf(release.listing().id());
		List<Layer> layers = layers(release);
		Listing listing = release.listing().withImages(
				release.logo() == null ? null : release.logo().getFileName().toString(),
				release.screenshots().stream().map(p -> p.getFileName().toString()).toList());
		byte[] config = ListingJson.write(listing);

		List<String> uploaded = new ArrayList<>();
		List<String> skipped = new ArrayList<>();
		long bytes = 0;
		(client.pushBytes(repository, config) ? uploaded : skipped).add(Digests.of(config));
		for (Layer layer : layers) {
			checkCancelled(progress);
			if (client.hasBlob(repository, layer.descriptor.digest())) {
				skipped.add(layer.descriptor.digest());
				progress.log(PublishText.bind(PublishText.Oci_hasBlob, layer.file.getFileName()));
				continue;
			}
			progress.phase(PublishText.bind(PublishText.Oci_uploading, layer.file.getFileName()), layer.descriptor.size());
			BlobUpload upload = new BlobUpload(client, repository, layer.file, layer.descriptor.size(), layer.descriptor.digest(),
					options.chunkSize(), progress);
			upload.run();
			bytes += upload.bytesSent();
			uploaded.add(layer.descriptor.digest());
		}
		checkCancelled(progress);

		Map<String, String> annotations = annotations(release);
		ContainerDiskImage containerDisk = null;
		ContainerDiskImage.Pushed containerDiskPushed = null;
		if (qcow2 != null) {
			containerDisk = new ContainerDiskImage(client, repository, release, qcow2);
			containerDiskPushed = containerDisk.push(options.chunkSize(), progress);
			uploaded.addAll(containerDiskPushed.uploaded());
			skipped.addAll(containerDiskPushed.skipped());
			bytes += containerDiskPushed.bytesUploaded();
			// in the signed release manifest, so the signature covers the containerDisk as well
			annotations.put(OciMediaTypes.CONTAINER_DISK, containerDiskPushed.digest());
			checkCancelled(progress);
		}

		progress.phase(PublishText.Oci_publishingManifest, -1);
		ImageManifest manifest = new ImageManifest(OciMediaTypes.APPLIANCE, Descriptor.of(OciMediaTypes.LISTING, config),
				layers.stream().map(Layer::descriptor).toList(), null, annotations);
		byte[] manifestBytes = manifest.toBytes();
		String digest = client.putManifest(repository, Digests.of(manifestBytes), manifestBytes, OciMediaTypes.IMAGE_MANIFEST).digest();
		Descriptor subject = new Descriptor(OciMediaTypes.IMAGE_MANIFEST, digest, manifestBytes.length).withArtifactType(OciMediaTypes.APPLIANCE);

		List<String> referrers = new ArrayList<>();
		byte[] sbom = SbomWriter.write(listing, release.packages(), release.archiveState(), release.created());
		referrers.add(new Referrers(client, repository).attach(subject, OciMediaTypes.SBOM, sbom, "sbom.cdx.json", release.created())); //$NON-NLS-1$
		if (options.signer() != null) {
			byte[] signature = signature(options.signer(), digest);
			referrers.add(new Referrers(client, repository).attach(subject, OciMediaTypes.SIGNATURE, signature, "signature.json", release.created())); //$NON-NLS-1$
		}
		checkCancelled(progress);

		if (containerDisk != null) {
			containerDisk.tag(containerDiskPushed);
		}
		client.putManifest(repository, release.listing().version(), manifestBytes, OciMediaTypes.IMAGE_MANIFEST);
		// what the customer pulls must be what was pushed
		RegistryClient.Fetched served = client.manifest(repository, release.listing().version())
				.orElseThrow(() -> new PublishException(Kind.NOT_FOUND, PublishText.bind(PublishText.Oci_notFound, repository, release.listing().version())));
		if (!served.digest().equals(digest)) {
			throw new PublishException(Kind.DIGEST_MISMATCH, PublishText.bind(PublishText.Oci_digestMismatch, repository + ":" + release.listing().version(), //$NON-NLS-1$
					served.digest(), digest));
		}
		String name = client.host() + "/" + repository; //$NON-NLS-1$
		PublishResult.Update update = release.update() == null ? null
				: updateIndex(release, repository, layers.get(release.images().size()).descriptor(), options, progress);
		return new PublishResult(name + "@" + digest, name + ":" + release.listing().version(), digest, uploaded, skipped, bytes, referrers, //$NON-NLS-1$ //$NON-NLS-2$
				containerDiskPushed == null ? null : name + "@" + containerDiskPushed.digest(), update); //$NON-NLS-1$
	}

	/**
	 * Lists the release's update bundle in its channel's signed index. An identity that cannot sign updates, or none,
	 * leaves the index alone with a warning: the release is published all the same. A registry that fails now fails
	 * the publish with a message that says the release is out and how to retry.
	 */
	private PublishResult.Update updateIndex(Release release, String repository, Descriptor bundle, PublishOptions options, Progress progress)
			throws PublishException {
		String channel = options.channel() != null ? options.channel() : release.update().channel();
		String file = bundle.annotation(OciMediaTypes.TITLE);
		if (options.signer() == null) {
			return new PublishResult.Update(file, bundle.digest(), channel, null, PublishText.bind(PublishText.UpdateIndex_unsigned, channel));
		}
		progress.phase(PublishText.bind(PublishText.UpdateIndex_updating, channel), -1);
		UpdateIndex.Entry entry = new UpdateIndex.Entry(release.listing().version(), file, bundle.size(), Digests.hex(bundle.digest()));
		try {
			String digest = new UpdateIndexArtifact(client, repository).add(release.listing().id(), channel, entry, options.signer(), release.created());
			return new PublishResult.Update(file, bundle.digest(), channel, client.host() + "/" + repository + "@" + digest, null); //$NON-NLS-1$ //$NON-NLS-2$
		} catch (ImageBuildException e) {
			return new PublishResult.Update(file, bundle.digest(), channel, null, PublishText.bind(PublishText.UpdateIndex_notSigned, channel, e.getMessage()));
		} catch (PublishException e) {
			throw new PublishException(e.kind(), PublishText.bind(PublishText.UpdateIndex_failed, repository + ":" + release.listing().version(), channel, //$NON-NLS-1$
					e.getMessage()), e);
		}
	}

	@Override
	public List<PublishedUpdateIndex> updateIndexes(String appliance) throws PublishException {
		UpdateIndexArtifact artifact = new UpdateIndexArtifact(client, appliance);
		List<PublishedUpdateIndex> indexes = new ArrayList<>();
		for (String channel : UpdateIndexArtifact.channels(client.tags(appliance))) {
			artifact.read(channel).ifPresent(indexes::add);
		}
		return indexes;
	}

	/** The qcow2 image a containerDisk is made of; adds a problem when the release has none. */
	private static Path containerDiskSource(Release release, List<ListingProblem> problems) {
		Optional<Path> qcow2 = release.images().stream().filter(i -> "qcow2".equals(i.format())).map(Release.Image::file).findFirst(); //$NON-NLS-1$
		if (qcow2.isEmpty()) {
			problems.add(new ListingProblem("images", PublishText.ListingRules_containerDiskNeedsQcow2)); //$NON-NLS-1$
		}
		return qcow2.orElse(null);
	}

	@Override
	public List<CatalogEntry> catalog(Progress progress) throws PublishException {
		return catalog(progress, skipped -> progress.log(PublishText.bind(PublishText.Oci_catalogNotAppliance, skipped.repository())));
	}

	@Override
	public List<CatalogEntry> catalog(Progress progress, Consumer<Skipped> skipped) throws PublishException {
		List<CatalogEntry> entries = new ArrayList<>();
		String prefix = target.repository().isEmpty() ? "" : target.repository() + "/"; //$NON-NLS-1$ //$NON-NLS-2$
		for (String repository : client.catalog()) {
			checkCancelled(progress);
			if (!repository.startsWith(prefix) && !repository.equals(target.repository())) {
				continue;
			}
			List<String> versions = client.tags(repository).stream()
					.filter(tag -> !tag.startsWith("sha256-") && !tag.endsWith(OciMediaTypes.CONTAINER_DISK_TAG_SUFFIX) //$NON-NLS-1$
							&& !tag.startsWith(OciMediaTypes.UPDATE_INDEX_TAG_PREFIX))
					.toList();
			if (versions.isEmpty()) {
				progress.log(PublishText.bind(PublishText.Oci_catalogNoTags, repository)); // every tag deleted: nothing to list
				continue;
			}
			String latest = versions.get(versions.size() - 1);
			Optional<String> notAppliance = notAppliance(repository, latest);
			if (notAppliance.isEmpty()) {
				entries.add(new CatalogEntry(repository, versions));
			} else {
				skipped.accept(new Skipped(repository, notAppliance.get()));
			}
		}
		return entries;
	}

	/** Why the tag is not a Kiln appliance release, or empty when it is one. */
	private Optional<String> notAppliance(String repository, String tag) throws PublishException {
		Optional<RegistryClient.Fetched> fetched = client.manifest(repository, tag);
		if (fetched.isEmpty()) {
			return Optional.of(PublishText.bind(PublishText.Oci_notFound, repository, tag));
		}
		if (!fetched.get().mediaType().startsWith(OciMediaTypes.IMAGE_MANIFEST)) {
			return Optional.of(PublishText.bind(PublishText.Oci_notAppliance, repository, tag, fetched.get().mediaType()));
		}
		try {
			String type = ImageManifest.parse(fetched.get().content()).effectiveArtifactType();
			return OciMediaTypes.APPLIANCE.equals(type) ? Optional.empty()
					: Optional.of(PublishText.bind(PublishText.Oci_notAppliance, repository, tag, type));
		} catch (IllegalArgumentException e) {
			return Optional.of(PublishText.bind(PublishText.Oci_notAppliance, repository, tag, e.getMessage()));
		}
	}

	@Override
	public PublishedRelease release(String appliance, String version) throws PublishException {
		RegistryClient.Fetched fetched = client.manifest(appliance, version)
				.orElseThrow(() -> new PublishException(Kind.NOT_FOUND, PublishText.bind(PublishText.Oci_notFound, appliance, version)));
		ImageManifest manifest;
		try {
			manifest = ImageManifest.parse(fetched.content());
		} catch (IllegalArgumentException e) {
			throw new PublishException(Kind.PROTOCOL, PublishText.bind(PublishText.Oci_notAppliance, appliance, version, e.getMessage()), e);
		}
		if (!OciMediaTypes.APPLIANCE.equals(manifest.effectiveArtifactType())) {
			throw new PublishException(Kind.PROTOCOL, PublishText.bind(PublishText.Oci_notAppliance, appliance, version, manifest.effectiveArtifactType()));
		}
		Listing listing;
		try {
			listing = ListingJson.read(client.blob(appliance, manifest.config().digest()));
		} catch (IllegalArgumentException e) {
			throw new PublishException(Kind.PROTOCOL, PublishText.bind(PublishText.Oci_notAppliance, appliance, version, e.getMessage()), e);
		}
		List<PublishedRelease.File> files = new ArrayList<>();
		for (Descriptor layer : manifest.layers()) {
			String name = layer.annotation(OciMediaTypes.TITLE);
			files.add(new PublishedRelease.File(name == null ? Digests.hex(layer.digest()) : name, layer.mediaType(), layer.digest(), layer.size()));
		}
		String containerDisk = manifest.annotations().get(OciMediaTypes.CONTAINER_DISK);
		return new PublishedRelease(appliance, version, fetched.digest(), listing, files,
				containerDisk == null ? null : new PublishedRelease.ContainerDisk(ContainerDiskImage.tag(version), containerDisk));
	}

	@Override
	public List<Path> download(PublishedRelease release, Path directory, Progress progress) throws PublishException {
		List<Path> files = new ArrayList<>();
		try {
			Files.createDirectories(directory);
		} catch (IOException e) {
			throw new PublishException(Kind.IO, PublishText.bind(PublishText.Oci_writeFailed, directory, e.getMessage()), e);
		}
		for (PublishedRelease.File file : release.files()) {
			checkCancelled(progress);
			Path target = directory.resolve(Path.of(file.name()).getFileName().toString());
			progress.phase(PublishText.bind(PublishText.Oci_downloading, file.name()), file.size());
			client.download(release.appliance(), file.digest(), file.size(), target, progress);
			files.add(target);
		}
		return files;
	}

	// --- the release's parts ---------------------------------------------------------------------

	/** A layer: the file and its descriptor. */
	private record Layer(Path file, Descriptor descriptor) {
	}

	private static List<Layer> layers(Release release) throws PublishException {
		List<Layer> layers = new ArrayList<>();
		Set<String> names = new LinkedHashSet<>();
		for (Release.Image image : release.images()) {
			layers.add(layer(image.file(), OciMediaTypes.image(image.format()), image.sha256(), "image", names)); //$NON-NLS-1$
		}
		if (release.update() != null) {
			// right after the images: publish() finds it there
			layers.add(layer(release.update().file(), OciMediaTypes.UPDATE_BUNDLE, release.update().sha256(), OciMediaTypes.ROLE_UPDATE, names));
		}
		if (release.logo() != null) {
			layers.add(layer(release.logo(), pictureType(release.logo()), null, "logo", names)); //$NON-NLS-1$
		}
		for (Path screenshot : release.screenshots()) {
			layers.add(layer(screenshot, pictureType(screenshot), null, "screenshot", names)); //$NON-NLS-1$
		}
		return layers;
	}

	private static Layer layer(Path file, String mediaType, String sha256, String role, Set<String> names) throws PublishException {
		try {
			String digest = sha256 != null ? Digests.SHA256 + sha256 : Digests.of(file);
			String name = file.getFileName().toString();
			if (!names.add(name)) {
				throw new PublishException(Kind.IO, PublishText.bind(PublishText.Oci_readFailed, file, PublishText.bind(PublishText.Oci_sameName, name)));
			}
			Map<String, String> annotations = new LinkedHashMap<>();
			annotations.put(OciMediaTypes.TITLE, name);
			annotations.put(OciMediaTypes.ROLE, role);
			return new Layer(file, new Descriptor(mediaType, digest, Files.size(file)).withAnnotations(annotations));
		} catch (IOException e) {
			throw new PublishException(Kind.IO, PublishText.bind(PublishText.Oci_readFailed, file, e.getMessage()), e);
		}
	}

	private static String pictureType(Path file) throws PublishException {
		try {
			String type = ListingRules.pictureType(file);
			return type == null ? "application/octet-stream" : type; //$NON-NLS-1$
		} catch (IOException e) {
			throw new PublishException(Kind.IO, PublishText.bind(PublishText.Oci_readFailed, file, e.getMessage()), e);
		}
	}

	private static Map<String, String> annotations(Release release) {
		Listing listing = release.listing();
		Map<String, String> annotations = new LinkedHashMap<>();
		annotations.put(OciMediaTypes.TITLE, listing.title());
		annotations.put(OciMediaTypes.DESCRIPTION, listing.summary());
		annotations.put(OciMediaTypes.VERSION, listing.version());
		annotations.put(OciMediaTypes.CREATED, release.created().toString());
		if (listing.vendor() != null) {
			annotations.put(OciMediaTypes.VENDOR, listing.vendor());
		}
		if (listing.license() != null) {
			annotations.put(OciMediaTypes.LICENSES, listing.license());
		}
		if (listing.support() != null && listing.support().url() != null) {
			annotations.put(OciMediaTypes.URL, listing.support().url());
		}
		annotations.values().removeIf(java.util.Objects::isNull);
		return annotations;
	}

	private static byte[] signature(VendorIdentity signer, String digest) throws PublishException {
		try {
			return ReleaseSignature.sign(signer, digest).toJson();
		} catch (GeneralSecurityException e) {
			throw new PublishException(Kind.IO, PublishText.bind(PublishText.Oci_signFailed, e.getMessage()), e);
		}
	}

	@Override
	public List<ReleaseSignature> signatures(PublishedRelease release) throws PublishException {
		List<ReleaseSignature> signatures = new ArrayList<>();
		for (byte[] content : referrerContents(release, OciMediaTypes.SIGNATURE, PublishText.Oci_signatureWithoutLayer,
				PublishText.Oci_signatureUnreadable)) {
			try {
				signatures.add(ReleaseSignature.parse(content));
			} catch (IllegalArgumentException e) {
				throw new PublishException(Kind.PROTOCOL, PublishText.bind(PublishText.Oci_signatureUnreadable, release.appliance() + "@" + release.digest(), //$NON-NLS-1$
						e.getMessage()), e);
			}
		}
		return signatures;
	}

	@Override
	public Optional<byte[]> sbom(PublishedRelease release) throws PublishException {
		return referrerContents(release, OciMediaTypes.SBOM, PublishText.Oci_sbomWithoutLayer, PublishText.Oci_sbomUnreadable).stream().findFirst();
	}

	/**
	 * The first layer's content of each referrer of the release with this artifact type.
	 *
	 * @param withoutLayer  the message of a referrer without layers
	 * @param unreadable    the message of a referrer whose manifest cannot be read: release and why
	 */
	private List<byte[]> referrerContents(PublishedRelease release, String artifactType, String withoutLayer, String unreadable)
			throws PublishException {
		List<byte[]> contents = new ArrayList<>();
		for (Descriptor referrer : new Referrers(client, release.appliance()).of(release.digest())) {
			if (!artifactType.equals(referrer.artifactType())) {
				continue;
			}
			RegistryClient.Fetched fetched = client.manifest(release.appliance(), referrer.digest())
					.orElseThrow(() -> new PublishException(Kind.NOT_FOUND, PublishText.bind(PublishText.Oci_notFound, release.appliance(), referrer.digest())));
			try {
				ImageManifest manifest = ImageManifest.parse(fetched.content());
				if (manifest.layers().isEmpty()) {
					throw new IllegalArgumentException(withoutLayer);
				}
				contents.add(client.blob(release.appliance(), manifest.layers().get(0).digest()));
			} catch (IllegalArgumentException e) {
				throw new PublishException(Kind.PROTOCOL, PublishText.bind(unreadable, release.appliance() + "@" + release.digest(), //$NON-NLS-1$
						e.getMessage()), e);
			}
		}
		return contents;
	}

	private static void checkCancelled(Progress progress) throws PublishException {
		if (progress.isCancelled()) {
			throw new PublishException(Kind.CANCELLED, PublishText.Oci_cancelled);
		}
	}
}
