package dev.kiln.publish.internal.storefront;

import static dev.kiln.publish.internal.storefront.IndexPage.fact;
import static dev.kiln.publish.internal.storefront.IndexPage.t;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import dev.kiln.publish.Listing;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.internal.oci.OciMediaTypes;

/**
 * The page of one appliance: description, screenshots, hardware minimums, support, the newest release
 * with its downloads and how to deploy each format, then the older releases. Each release's downloads
 * stay hidden until its license agreement is accepted (a checkbox; the style sheet shows the links).
 */
final class AppliancePage {

	private final PageLayout layout;
	private final DownloadLinks links;

	AppliancePage(PageLayout layout, DownloadLinks links) {
		this.layout = layout;
		this.links = links;
	}

	byte[] render(StoreAppliance appliance) {
		Listing listing = appliance.listing();
		String root = appliance.root();
		String title = appliance.title();
		StringBuilder main = new StringBuilder();
		main.append("<nav aria-label=\"").append(t("Storefront_breadcrumb")).append("\"><a href=\"").append(root).append(IndexPage.FILE)
				.append("\">").append(t("Storefront_allAppliances")).append("</a></nav>\n");
		main.append("<article class=\"appliance\">\n<header>\n");
		SiteMedia.picture(appliance.latest(), listing.logo()).flatMap(SiteMedia::path).ifPresent(logo -> main.append("<img class=\"logo\" src=\"")
				.append(root).append(Html.attribute(logo)).append("\" alt=\"").append(t("Storefront_logoAlt", title))
				.append("\" width=\"96\" height=\"96\">\n"));
		main.append("<h1>").append(Html.text(title)).append("</h1>\n<p class=\"summary\">").append(Html.text(listing.summary())).append("</p>\n");
		main.append("<dl class=\"facts\">\n");
		if (listing.vendor() != null) {
			fact(main, t("Storefront_vendor"), Html.text(listing.vendor()), "vendor");
		}
		fact(main, t("Storefront_latestVersion"), "<span id=\"latest-version\">" + Html.text(appliance.latest().version()) + "</span>", "version");
		fact(main, t("Storefront_categories"), Html.text(String.join(", ", new TreeSet<>(listing.categories()))), "categories");
		if (listing.license() != null) {
			fact(main, t("Storefront_license"), Html.text(listing.license()), "license");
		}
		if (listing.pricing() != null) {
			fact(main, t("Storefront_pricing"), Html.text(listing.pricing()), "pricing");
		}
		main.append("</dl>\n</header>\n");

		section(main, "about", t("Storefront_about"));
		main.append("<div class=\"description\" id=\"description\">\n").append(Html.paragraphs(listing.description())).append("</div>\n</section>\n");
		screenshots(main, appliance, root);
		hardware(main, listing.hardware());
		support(main, listing.support());

		section(main, "download", t("Storefront_downloadHeading", appliance.latest().version()));
		release(main, appliance, appliance.latest(), 0);
		main.append("</section>\n");
		new DeployInstructions(links).render(main, appliance.latest(), appliance.repository());

		if (appliance.releases().size() > 1) {
			section(main, "versions", t("Storefront_olderVersions"));
			List<PublishedRelease> older = appliance.releases().subList(1, appliance.releases().size());
			for (int i = 0; i < older.size(); i++) {
				PublishedRelease release = older.get(i);
				main.append("<details class=\"release-older\">\n<summary>").append(t("Storefront_version", release.version())).append("</summary>\n");
				release(main, appliance, release, i + 1);
				main.append("</details>\n");
			}
			main.append("</section>\n");
		}
		main.append("</article>\n");
		return layout.page(root, title + " – " + layout.siteTitle(), main.toString());
	}

	private static void section(StringBuilder main, String id, String headingHtml) {
		main.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-heading\">\n<h2 id=\"").append(id)
				.append("-heading\">").append(headingHtml).append("</h2>\n");
	}

	private static void screenshots(StringBuilder main, StoreAppliance appliance, String root) {
		List<String> names = appliance.listing().screenshots();
		List<PublishedRelease.File> pictures = names.stream().flatMap(n -> SiteMedia.picture(appliance.latest(), n).stream()).toList();
		if (pictures.isEmpty()) {
			return;
		}
		section(main, "screenshots", t("Storefront_screenshots"));
		main.append("<ul class=\"screenshots\">\n");
		for (int i = 0; i < pictures.size(); i++) {
			PublishedRelease.File picture = pictures.get(i);
			main.append("<li><figure><img src=\"").append(root).append(Html.attribute(SiteMedia.path(picture).orElseThrow())).append("\" alt=\"")
					.append(t("Storefront_screenshotAlt", i + 1, appliance.title(), picture.name())).append("\" loading=\"lazy\">")
					.append("<figcaption>").append(Html.text(picture.name())).append("</figcaption></figure></li>\n");
		}
		main.append("</ul>\n</section>\n");
	}

	private static void hardware(StringBuilder main, Listing.Hardware hardware) {
		if (hardware == null) {
			return;
		}
		section(main, "hardware", t("Storefront_hardware"));
		main.append("<dl class=\"facts\">\n");
		fact(main, t("Storefront_cpus"), Integer.toString(hardware.cpus()), "cpus");
		fact(main, t("Storefront_memory"), t("Storefront_mebibytes", hardware.memoryMb()), "memory");
		fact(main, t("Storefront_disk"), t("Storefront_mebibytes", hardware.diskMb()), "disk");
		if (hardware.firmware() != null) {
			fact(main, t("Storefront_firmware"), Html.text(hardware.firmware()), "firmware");
		}
		main.append("</dl>\n</section>\n");
	}

	private static void support(StringBuilder main, Listing.Support support) {
		if (support == null || (support.email() == null && support.url() == null)) {
			return;
		}
		section(main, "support", t("Storefront_support"));
		main.append("<ul class=\"support\">\n");
		if (support.email() != null) {
			main.append("<li>").append(t("Storefront_supportEmail")).append(' ');
			main.append(Html.isEmail(support.email()) ? "<a href=\"mailto:" + Html.attribute(support.email()) + "\">" + Html.text(support.email()) + "</a>"
					: Html.text(support.email()));
			main.append("</li>\n");
		}
		if (support.url() != null) {
			main.append("<li>").append(t("Storefront_supportUrl")).append(' ');
			main.append(Html.isWebUrl(support.url()) ? "<a href=\"" + Html.attribute(support.url()) + "\" rel=\"noopener noreferrer\">"
					+ Html.text(support.url()) + "</a>" : Html.text(support.url()));
			main.append("</li>\n");
		}
		main.append("</ul>\n</section>\n");
	}

	/** A release: digest, release notes, the license agreement, and the downloads it gates. */
	private void release(StringBuilder main, StoreAppliance appliance, PublishedRelease release, int index) {
		Listing listing = release.listing();
		String id = "r" + index;
		main.append("<div class=\"release\" data-version=\"").append(Html.attribute(release.version())).append("\">\n");
		main.append("<p class=\"digest\">").append(t("Storefront_manifestDigest")).append(" <code>").append(Html.text(release.digest()))
				.append("</code></p>\n");
		List<StoreAppliance.Signer> signers = appliance.signersOf(release);
		if (signers.isEmpty()) {
			main.append("<p class=\"signer unsigned\">").append(t("Storefront_unsigned")).append("</p>\n");
		}
		for (StoreAppliance.Signer signer : signers) {
			main.append("<p class=\"signer\">").append(t("Storefront_signedBy", signer.subject())).append(" <code>")
					.append(Html.text(signer.fingerprint())).append("</code></p>\n");
		}
		main.append("<h3>").append(t("Storefront_releaseNotes", release.version())).append("</h3>\n<div class=\"notes\">\n")
				.append(Html.paragraphs(listing.releaseNotes())).append("</div>\n");
		List<PublishedRelease.File> images = release.files().stream().filter(f -> OciMediaTypes.isImage(f.mediaType())).toList();
		main.append("<div class=\"get\">\n");
		boolean gated = listing.eula() != null && !listing.eula().isBlank();
		if (gated) {
			main.append("<h3 id=\"").append(id).append("-eula-heading\">").append(t("Storefront_eula")).append("</h3>\n")
					.append("<div class=\"eula\" tabindex=\"0\" role=\"region\" aria-labelledby=\"").append(id).append("-eula-heading\">\n")
					.append(Html.paragraphs(listing.eula())).append("</div>\n")
					.append("<input type=\"checkbox\" class=\"accept\" id=\"").append(id).append("-accept\" aria-controls=\"").append(id)
					.append("-downloads\">\n<label for=\"").append(id).append("-accept\">")
					.append(t("Storefront_accept", appliance.title(), release.version())).append("</label>\n")
					.append("<p class=\"gate-note\">").append(t("Storefront_gateNote")).append("</p>\n");
		}
		main.append("<div class=\"downloads").append(gated ? " gated" : "").append("\" id=\"").append(id).append("-downloads\">\n");
		main.append("<h3>").append(t("Storefront_downloads")).append("</h3>\n");
		main.append("<table>\n<thead><tr><th scope=\"col\">").append(t("Storefront_file")).append("</th><th scope=\"col\">")
				.append(t("Storefront_format")).append("</th><th scope=\"col\">").append(t("Storefront_size")).append("</th><th scope=\"col\">")
				.append(t("Storefront_sha256")).append("</th></tr></thead>\n<tbody>\n");
		StringBuilder commands = new StringBuilder();
		for (PublishedRelease.File file : images) {
			String url = links.url(release.appliance(), file.digest());
			String format = format(file);
			main.append("<tr><td><a class=\"download\" data-format=\"").append(Html.attribute(format)).append("\" href=\"")
					.append(Html.attribute(url)).append("\">").append(Html.text(file.name())).append("</a></td><td>").append(Html.text(format))
					.append("</td><td>").append(size(file.size())).append("</td><td><code class=\"sha256\">")
					.append(Html.text(file.digest().substring(file.digest().indexOf(':') + 1))).append("</code></td></tr>\n");
			String name = Shell.quote(file.name());
			commands.append("curl -fL -o ").append(name).append(' ').append(Shell.quote(url)).append('\n')
					.append("echo ").append(Shell.quote(file.digest().substring(file.digest().indexOf(':') + 1) + "  " + file.name()))
					.append(" | sha256sum -c\n");
		}
		main.append("</tbody>\n</table>\n");
		if (!images.isEmpty()) {
			main.append("<p>").append(t("Storefront_commandLine")).append("</p>\n<pre><code>").append(Html.text(commands.toString()))
					.append("</code></pre>\n");
		}
		main.append("</div>\n</div>\n</div>\n");
	}

	/** The format of an image layer: its media type's last word ({@code application/vnd.kiln.image.ova} → ova). */
	static String format(PublishedRelease.File file) {
		return file.mediaType().substring(file.mediaType().lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
	}

	private static String size(long bytes) {
		return Html.text(String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0));
	}
}
