package dev.kiln.publish.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.kiln.image.BuildRecipe.OutputFormat;
import dev.kiln.image.BuildReport;
import dev.kiln.image.Progress;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.Listing;
import dev.kiln.publish.Marketplace;
import dev.kiln.publish.MarketplaceTarget;
import dev.kiln.publish.Marketplaces;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishOptions;
import dev.kiln.publish.PublishResult;
import dev.kiln.publish.Release;
import dev.kiln.publish.internal.oci.Descriptor;
import dev.kiln.publish.internal.oci.ImageManifest;
import dev.kiln.publish.internal.oci.OciMediaTypes;
import dev.kiln.publish.internal.oci.RegistryClient;
import dev.kiln.publish.storefront.SecurityCheck;
import dev.kiln.publish.storefront.StorefrontGenerator;
import dev.kiln.publish.storefront.StorefrontResult;
import dev.kiln.publish.testsupport.LocalRegistry;
import dev.kiln.publish.testsupport.ReleaseFiles;

/** Appliances published with Kiln's publisher into a registry open for anonymous pulls, and storefronts generated from it. */
final class StorefrontFixture {

	private final LocalRegistry registry;
	private final Path files;

	StorefrontFixture(LocalRegistry registry, Path files) {
		this.registry = registry;
		this.files = files;
	}

	MarketplaceTarget target(String repository) {
		return new MarketplaceTarget("storefront", MarketplaceTarget.OCI, registry.url(), repository);
	}

	Marketplace marketplace(String repository) throws PublishException {
		return Marketplaces.connect(target(repository), Credentials.NONE);
	}

	/** A listing whose title, description and categories are the test's. */
	static Listing listing(String id, String version, String title, String description, List<String> categories) {
		return new Listing(id, title, version, "Kiln Tests", title, title + ": an appliance published by the storefront tests.", description,
				categories, "Changes of " + version + ": none but the version.", "free", "Apache-2.0",
				"Licensed under the Apache License, Version 2.0.\n\nYou accept it by downloading.",
				new Listing.Support("support@example.org", "https://example.org/support"), new Listing.Hardware(2, 1024, 2048, "hybrid"),
				null, List.of());
	}

	/** Publishes a release of small real files (an OVA-like tar, a qcow2, a logo, a screenshot) with the listing. */
	PublishResult publish(String repository, Listing listing) throws IOException, PublishException {
		return publish(repository, listing, PublishOptions.defaults());
	}

	/** Publishes a release as {@link #publish(String, Listing)} does, with these options. */
	PublishResult publish(String repository, Listing listing, PublishOptions options) throws IOException, PublishException {
		return publish(repository, listing, options, List.of(), List.of());
	}

	/** Publishes a release as {@link #publish(String, Listing)} does, its SBOM listing these packages and archive state. */
	PublishResult publish(String repository, Listing listing, List<BuildReport.InstalledPackage> packages, List<PocketState> archiveState)
			throws IOException, PublishException {
		return publish(repository, listing, PublishOptions.defaults(), packages, archiveState);
	}

	/** Publishes a release as {@link #publish(String, Listing)} does, with images of these further formats (a few bytes each). */
	PublishResult publishWithFormats(String repository, Listing listing, List<String> formats) throws IOException, PublishException {
		return publish(repository, listing, PublishOptions.defaults(), List.of(), List.of(), formats);
	}

	private PublishResult publish(String repository, Listing listing, PublishOptions options, List<BuildReport.InstalledPackage> packages,
			List<PocketState> archiveState) throws IOException, PublishException {
		return publish(repository, listing, options, packages, archiveState, List.of());
	}

	private PublishResult publish(String repository, Listing listing, PublishOptions options, List<BuildReport.InstalledPackage> packages,
			List<PocketState> archiveState, List<String> moreFormats) throws IOException, PublishException {
		Path folder = Files.createDirectories(files.resolve(repository + "-" + listing.id() + "-" + listing.version()));
		Path ova = ReleaseFiles.ova(folder, listing.id() + "-" + listing.version(), 1 << 20, (listing.id() + listing.version()).hashCode());
		Path qcow2 = ReleaseFiles.qcow2(folder, listing.id() + "-" + listing.version(), 16);
		Path logo = ReleaseFiles.picture(folder.resolve("logo.png"), 96, 96, "png");
		Path screenshot = ReleaseFiles.picture(folder.resolve("console.png"), 480, 300, "png");
		List<Release.Image> images = new ArrayList<>(List.of(new Release.Image("ova", ova, null), new Release.Image("qcow2", qcow2, null)));
		for (String format : moreFormats) {
			String name = listing.id() + "-" + listing.version() + "." + OutputFormat.extension(format);
			images.add(new Release.Image(format, Files.writeString(folder.resolve(name), format + " image\n"), null));
		}
		Release release = new Release(listing, images, logo, List.of(screenshot), packages, TestReleases.CREATED, archiveState);
		return marketplace(repository).publish(release, options, Progress.NONE);
	}

	/** Pushes a plain OCI image (no Kiln artifact type, no listing) under {@code repository:latest}, as another tool would. */
	void pushPlainImage(String repository) throws PublishException {
		RegistryClient client = new RegistryClient(registry.url(), Credentials.NONE);
		byte[] config = "{\"architecture\":\"amd64\",\"os\":\"linux\",\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]}}".getBytes(StandardCharsets.UTF_8);
		byte[] layer = "not an appliance".getBytes(StandardCharsets.UTF_8);
		client.pushBytes(repository, config);
		client.pushBytes(repository, layer);
		ImageManifest manifest = new ImageManifest(null, Descriptor.of("application/vnd.oci.image.config.v1+json", config),
				List.of(Descriptor.of("application/vnd.oci.image.layer.v1.tar", layer)), null, null);
		byte[] bytes = manifest.toBytes();
		client.putManifest(repository, "latest", bytes, OciMediaTypes.IMAGE_MANIFEST);
	}

	StorefrontResult generate(String repository, Path site) throws PublishException {
		return new StorefrontGenerator(marketplace(repository), target(repository), null, null).generate(site, Progress.NONE);
	}

	/** Generates the storefront of {@code repository} showing each release's security status as {@code check} finds it. */
	StorefrontResult generate(String repository, Path site, SecurityCheck check) throws PublishException {
		return new StorefrontGenerator(marketplace(repository), target(repository), null, null).withSecurityCheck(check).generate(site,
				Progress.NONE);
	}
}
