package dev.kiln.publish.internal.storefront;

import java.nio.charset.StandardCharsets;

import dev.kiln.publish.internal.PublishText;

/**
 * The frame every page shares: language, character set, a content security policy that lets only the
 * site's own style sheet, script and pictures load (no CDN, no font service, nothing inline), a skip
 * link, the site's header and footer.
 */
final class PageLayout {

	/** Only the site's own files; links to downloads are navigations, which the policy does not limit. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " //$NON-NLS-1$
			+ "base-uri 'none'; form-action 'none'"; //$NON-NLS-1$
	static final String STYLE_SHEET = "storefront.css"; //$NON-NLS-1$
	static final String SCRIPT = "storefront.js"; //$NON-NLS-1$

	private final String siteTitle;

	PageLayout(String siteTitle) {
		this.siteTitle = siteTitle;
	}

	String siteTitle() {
		return siteTitle;
	}

	/**
	 * A whole page.
	 *
	 * @param root   the way to the site's root from the page ({@code ""} or {@code ../…})
	 * @param title  the page's title, as text
	 * @param main   the page's main content, as HTML
	 */
	byte[] page(String root, String title, String main) {
		StringBuilder html = new StringBuilder(main.length() + 2048);
		html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n") //$NON-NLS-1$
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n") //$NON-NLS-1$
				.append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(Html.attribute(CONTENT_SECURITY_POLICY)).append("\">\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<title>").append(Html.text(title)).append("</title>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<link rel=\"stylesheet\" href=\"").append(root).append(STYLE_SHEET).append("\">\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("</head>\n<body>\n") //$NON-NLS-1$
				.append("<a class=\"skip\" href=\"#main\">").append(Html.text(PublishText.Storefront_skipToContent)).append("</a>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<header class=\"site\"><a href=\"").append(root).append("index.html\">").append(Html.text(siteTitle)).append("</a></header>\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("<main id=\"main\">\n").append(main).append("</main>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<footer class=\"site\"><p>").append(Html.text(PublishText.Storefront_footer)) //$NON-NLS-1$
				.append(" <a href=\"").append(root).append(CatalogFeed.FILE).append("\">").append(CatalogFeed.FILE).append("</a></p></footer>\n") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("<script src=\"").append(root).append(SCRIPT).append("\"></script>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("</body>\n</html>\n"); //$NON-NLS-1$
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}
}
