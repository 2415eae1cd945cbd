package dev.kiln.publish.internal.storefront;

import static dev.kiln.publish.internal.storefront.IndexPage.fact;
import static dev.kiln.publish.internal.storefront.IndexPage.t;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import dev.kiln.publish.Listing;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.internal.PublishText;
import dev.kiln.publish.internal.oci.OciMediaTypes;

/**
 * The page of one appliance: description, screenshots, hardware minimums, support, the newest release
 * with its downloads and how to deploy each format, then the older releases; each release with its
 * security status (when checked) and its package changes since the version before it. Each release's downloads
 * stay hidden until its license agreement is accepted (a checkbox; the style sheet shows the links).
 */
final class AppliancePage {

	private final PageLayout layout;
	private final DownloadLinks links;

	AppliancePage(PageLayout layout, DownloadLinks links) {
		this.layout = layout;
		this.links = links;
	}

	/** @param channels  the appliance's update channels in {@link SiteUpdates#folder}; empty when it has no updates */
	byte[] render(StoreAppliance appliance, List<String> channels) {
		Listing listing = appliance.listing();
		String root = appliance.root();
		String title = appliance.title();
		StringBuilder main = new StringBuilder();
		main.append("<nav aria-label=\"").append(t(PublishText.Storefront_breadcrumb)).append("\"><a href=\"").append(root).append(IndexPage.FILE) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\">").append(t(PublishText.Storefront_allAppliances)).append("</a></nav>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		main.append("<article class=\"appliance\">\n<header>\n"); //$NON-NLS-1$
		SiteMedia.picture(appliance.latest(), listing.logo()).flatMap(SiteMedia::path).ifPresent(logo -> main.append("<img class=\"logo\" src=\"") //$NON-NLS-1$
				.append(root).append(Html.attribute(logo)).append("\" alt=\"").append(t(PublishText.Storefront_logoAlt, title)) //$NON-NLS-1$
				.append("\" width=\"96\" height=\"96\">\n")); //$NON-NLS-1$
		main.append("<h1>").append(Html.text(title)).append("</h1>\n<p class=\"summary\">").append(Html.text(listing.summary())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		main.append("<dl class=\"facts\">\n"); //$NON-NLS-1$
		if (listing.vendor() != null) {
			fact(main, t(PublishText.Storefront_vendor), Html.text(listing.vendor()), "vendor"); //$NON-NLS-1$
		}
		fact(main, t(PublishText.Storefront_latestVersion), "<span id=\"latest-version\">" + Html.text(appliance.latest().version()) + "</span>", "version"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		fact(main, t(PublishText.Storefront_categories), Html.text(String.join(", ", new TreeSet<>(listing.categories()))), "categories"); //$NON-NLS-1$ //$NON-NLS-2$
		if (listing.license() != null) {
			fact(main, t(PublishText.Storefront_license), Html.text(listing.license()), "license"); //$NON-NLS-1$
		}
		if (listing.pricing() != null) {
			fact(main, t(PublishText.Storefront_pricing), Html.text(listing.pricing()), "pricing"); //$NON-NLS-1$
		}
		main.append("</dl>\n</header>\n"); //$NON-NLS-1$

		section(main, "about", t(PublishText.Storefront_about)); //$NON-NLS-1$
		main.append("<div class=\"description\" id=\"description\">\n").append(Html.paragraphs(listing.description())).append("</div>\n</section>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		screenshots(main, appliance, root);
		hardware(main, listing.hardware());
		support(main, listing.support());

		section(main, "download", t(PublishText.Storefront_downloadHeading, appliance.latest().version())); //$NON-NLS-1$
		release(main, appliance, appliance.latest(), 0);
		main.append("</section>\n"); //$NON-NLS-1$
		new DeployInstructions(links).render(main, appliance.latest(), appliance.repository());
		updates(main, appliance, channels, root);

		if (appliance.releases().size() > 1) {
			section(main, "versions", t(PublishText.Storefront_olderVersions)); //$NON-NLS-1$
			List<PublishedRelease> older = appliance.releases().subList(1, appliance.releases().size());
			for (int i = 0; i < older.size(); i++) {
				PublishedRelease release = older.get(i);
				main.append("<details class=\"release-older\">\n<summary>").append(t(PublishText.Storefront_version, release.version())).append("</summary>\n"); //$NON-NLS-1$ //$NON-NLS-2$
				release(main, appliance, release, i + 1);
				main.append("</details>\n"); //$NON-NLS-1$
			}
			main.append("</section>\n"); //$NON-NLS-1$
		}
		main.append("</article>\n"); //$NON-NLS-1$
		return layout.page(root, title + " – " + layout.siteTitle(), main.toString()); //$NON-NLS-1$
	}

	/**
	 * Where deployed appliances find their updates, and the commands that point one at them; the script replaces the
	 * folder's relative address with the absolute one the browser sees.
	 */
	private static void updates(StringBuilder main, StoreAppliance appliance, List<String> channels, String root) {
		if (channels.isEmpty()) {
			return;
		}
		String folder = SiteUpdates.folder(appliance.repository());
		section(main, "updates", t(PublishText.Storefront_updates)); //$NON-NLS-1$
		main.append("<p>").append(t(PublishText.Storefront_updatesFrom)).append(" <a class=\"update-url\" href=\"").append(root) //$NON-NLS-1$ //$NON-NLS-2$
				.append(Html.attribute(folder)).append("\"><code class=\"site-url\" data-href=\"").append(root).append(Html.attribute(folder)).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
				.append(Html.text(folder)).append("</code></a></p>\n"); //$NON-NLS-1$
		main.append("<p class=\"update-channels\">").append(t(PublishText.Storefront_updateChannels, String.join(", ", channels))).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		main.append("<p>").append(t(PublishText.Storefront_updatesHowTo)).append("</p>\n<pre><code>kiln-update source <span class=\"site-url\" data-href=\"") //$NON-NLS-1$ //$NON-NLS-2$
				.append(root).append(Html.attribute(folder)).append("\">").append(Html.text(PublishText.Storefront_updatesPlaceholder + "/" + folder)) //$NON-NLS-1$ //$NON-NLS-2$
				.append("</span>\nkiln-update channel ").append(Html.text(channels.contains("stable") ? "stable" : channels.get(0))) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\nkiln-update check</code></pre>\n</section>\n"); //$NON-NLS-1$
	}

	private static void section(StringBuilder main, String id, String headingHtml) {
		main.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n<h2 id=\"").append(id) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("-heading\">").append(headingHtml).append("</h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static void screenshots(StringBuilder main, StoreAppliance appliance, String root) {
		List<String> names = appliance.listing().screenshots();
		List<PublishedRelease.File> pictures = names.stream().flatMap(n -> SiteMedia.picture(appliance.latest(), n).stream()).toList();
		if (pictures.isEmpty()) {
			return;
		}
		section(main, "screenshots", t(PublishText.Storefront_screenshots)); //$NON-NLS-1$
		main.append("<ul class=\"screenshots\">\n"); //$NON-NLS-1$
		for (int i = 0; i < pictures.size(); i++) {
			PublishedRelease.File picture = pictures.get(i);
			main.append("<li><figure><img src=\"").append(root).append(Html.attribute(SiteMedia.path(picture).orElseThrow())).append("\" alt=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(t(PublishText.Storefront_screenshotAlt, i + 1, appliance.title(), picture.name())).append("\" loading=\"lazy\">") //$NON-NLS-1$
					.append("<figcaption>").append(Html.text(picture.name())).append("</figcaption></figure></li>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		main.append("</ul>\n</section>\n"); //$NON-NLS-1$
	}

	private static void hardware(StringBuilder main, Listing.Hardware hardware) {
		if (hardware == null) {
			return;
		}
		section(main, "hardware", t(PublishText.Storefront_hardware)); //$NON-NLS-1$
		main.append("<dl class=\"facts\">\n"); //$NON-NLS-1$
		fact(main, t(PublishText.Storefront_cpus), Integer.toString(hardware.cpus()), "cpus"); //$NON-NLS-1$
		fact(main, t(PublishText.Storefront_memory), t(PublishText.Storefront_mebibytes, hardware.memoryMb()), "memory"); //$NON-NLS-1$
		fact(main, t(PublishText.Storefront_disk), t(PublishText.Storefront_mebibytes, hardware.diskMb()), "disk"); //$NON-NLS-1$
		if (hardware.firmware() != null) {
			fact(main, t(PublishText.Storefront_firmware), Html.text(hardware.firmware()), "firmware"); //$NON-NLS-1$
		}
		main.append("</dl>\n</section>\n"); //$NON-NLS-1$
	}

	private static void support(StringBuilder main, Listing.Support support) {
		if (support == null || (support.email() == null && support.url() == null)) {
			return;
		}
		section(main, "support", t(PublishText.Storefront_support)); //$NON-NLS-1$
		main.append("<ul class=\"support\">\n"); //$NON-NLS-1$
		if (support.email() != null) {
			main.append("<li>").append(t(PublishText.Storefront_supportEmail)).append(' '); //$NON-NLS-1$
			main.append(Html.isEmail(support.email()) ? "<a href=\"mailto:" + Html.attribute(support.email()) + "\">" + Html.text(support.email()) + "</a>" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					: Html.text(support.email()));
			main.append("</li>\n"); //$NON-NLS-1$
		}
		if (support.url() != null) {
			main.append("<li>").append(t(PublishText.Storefront_supportUrl)).append(' '); //$NON-NLS-1$
			main.append(Html.isWebUrl(support.url()) ? "<a href=\"" + Html.attribute(support.url()) + "\" rel=\"noopener noreferrer\">" //$NON-NLS-1$ //$NON-NLS-2$
					+ Html.text(support.url()) + "</a>" : Html.text(support.url())); //$NON-NLS-1$
			main.append("</li>\n"); //$NON-NLS-1$
		}
		main.append("</ul>\n</section>\n"); //$NON-NLS-1$
	}

	/**
	 * A release: digest, signers, security status, package changes, release notes, the license agreement, and the
	 * downloads it gates.
	 */
	private void release(StringBuilder main, StoreAppliance appliance, PublishedRelease release, int index) {
		Listing listing = release.listing();
		String id = "r" + index; //$NON-NLS-1$
		main.append("<div class=\"release\" data-version=\"").append(Html.attribute(release.version())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
		main.append("<p class=\"digest\">").append(t(PublishText.Storefront_manifestDigest)).append(" <code>").append(Html.text(release.digest())) //$NON-NLS-1$ //$NON-NLS-2$
				.append("</code></p>\n"); //$NON-NLS-1$
		List<StoreAppliance.Signer> signers = appliance.signersOf(release);
		if (signers.isEmpty()) {
			main.append("<p class=\"signer unsigned\">").append(t(PublishText.Storefront_unsigned)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (StoreAppliance.Signer signer : signers) {
			main.append("<p class=\"signer\">").append(t(PublishText.Storefront_signedBy, signer.subject())).append(" <code>") //$NON-NLS-1$ //$NON-NLS-2$
					.append(Html.text(signer.fingerprint())).append("</code></p>\n"); //$NON-NLS-1$
		}
		appliance.securityOf(release).ifPresent(status -> SecurityStatusBlock.render(main, id, status));
		appliance.changesOf(release).ifPresent(changes -> PackageChangesBlock.render(main, id, changes));
		main.append("<h3>").append(t(PublishText.Storefront_releaseNotes, release.version())).append("</h3>\n<div class=\"notes\">\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append(Html.paragraphs(listing.releaseNotes())).append("</div>\n"); //$NON-NLS-1$
		List<PublishedRelease.File> images = release.files().stream().filter(f -> OciMediaTypes.isImage(f.mediaType())).toList();
		main.append("<div class=\"get\">\n"); //$NON-NLS-1$
		boolean gated = listing.eula() != null && !listing.eula().isBlank();
		if (gated) {
			main.append("<h3 id=\"").append(id).append("-eula-heading\">").append(t(PublishText.Storefront_eula)).append("</h3>\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					.append("<div class=\"eula\" tabindex=\"0\" role=\"region\" aria-labelledby=\"").append(id).append("-eula-heading\">\n") //$NON-NLS-1$ //$NON-NLS-2$
					.append(Html.paragraphs(listing.eula())).append("</div>\n") //$NON-NLS-1$
					.append("<input type=\"checkbox\" class=\"accept\" id=\"").append(id).append("-accept\" aria-controls=\"").append(id) //$NON-NLS-1$ //$NON-NLS-2$
					.append("-downloads\">\n<label for=\"").append(id).append("-accept\">") //$NON-NLS-1$ //$NON-NLS-2$
					.append(t(PublishText.Storefront_accept, appliance.title(), release.version())).append("</label>\n") //$NON-NLS-1$
					.append("<p class=\"gate-note\">").append(t(PublishText.Storefront_gateNote)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		main.append("<div class=\"downloads").append(gated ? " gated" : "").append("\" id=\"").append(id).append("-downloads\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		main.append("<h3>").append(t(PublishText.Storefront_downloads)).append("</h3>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		main.append("<table>\n<thead><tr><th scope=\"col\">").append(t(PublishText.Storefront_file)).append("</th><th scope=\"col\">") //$NON-NLS-1$ //$NON-NLS-2$
				.append(t(PublishText.Storefront_format)).append("</th><th scope=\"col\">").append(t(PublishText.Storefront_size)).append("</th><th scope=\"col\">") //$NON-NLS-1$ //$NON-NLS-2$
				.append(t(PublishText.Storefront_sha256)).append("</th></tr></thead>\n<tbody>\n"); //$NON-NLS-1$
		StringBuilder commands = new StringBuilder();
		for (PublishedRelease.File file : images) {
			String url = links.url(release.appliance(), file.digest());
			String format = format(file);
			main.append("<tr><td><a class=\"download\" data-format=\"").append(Html.attribute(format)).append("\" href=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(Html.attribute(url)).append("\">").append(Html.text(file.name())).append("</a></td><td>").append(Html.text(format)) //$NON-NLS-1$ //$NON-NLS-2$
					.append("</td><td>").append(size(file.size())).append("</td><td><code class=\"sha256\">") //$NON-NLS-1$ //$NON-NLS-2$
					.append(Html.text(file.digest().substring(file.digest().indexOf(':') + 1))).append("</code></td></tr>\n"); //$NON-NLS-1$
			String name = Shell.quote(file.name());
			commands.append("curl -fL -o ").append(name).append(' ').append(Shell.quote(url)).append('\n') //$NON-NLS-1$
					.append("echo ").append(Shell.quote(file.digest().substring(file.digest().indexOf(':') + 1) + "  " + file.name())) //$NON-NLS-1$ //$NON-NLS-2$
					.append(" | sha256sum -c\n"); //$NON-NLS-1$
		}
		main.append("</tbody>\n</table>\n"); //$NON-NLS-1$
		if (!images.isEmpty()) {
			main.append("<p>").append(t(PublishText.Storefront_commandLine)).append("</p>\n<pre><code>").append(Html.text(commands.toString())) //$NON-NLS-1$ //$NON-NLS-2$
					.append("</code></pre>\n"); //$NON-NLS-1$
		}
		main.append("</div>\n</div>\n</div>\n"); //$NON-NLS-1$
	}

	/** The format of an image layer: its media type's last word ({@code application/vnd.kiln.image.ova} → ova). */
	static String format(PublishedRelease.File file) {
		return file.mediaType().substring(file.mediaType().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}

	private static String size(long bytes) {
		return t(PublishText.Storefront_mebibytes, String.format(Locale.ROOT, "%.1f", bytes / 1048576.0)); //$NON-NLS-1$
	}
}
