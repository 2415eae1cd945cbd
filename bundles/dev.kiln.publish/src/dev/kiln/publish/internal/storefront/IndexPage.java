package dev.kiln.publish.internal.storefront;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.kiln.publish.Listing;
import dev.kiln.publish.internal.PublishText;

/**
 * {@code index.html}: a card per appliance (logo, title, summary, vendor, categories, latest version and,
 * when checked, its security badge), a search field and a category filter. The script filters the cards by the words in {@code data-search}
 * and the categories in {@code data-categories}; without script every card shows.
 */
final class IndexPage {

	static final String FILE = "index.html"; //$NON-NLS-1$
	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+"); //$NON-NLS-1$

	private final PageLayout layout;

	IndexPage(PageLayout layout) {
		this.layout = layout;
	}

	byte[] render(List<StoreAppliance> appliances) {
		StringBuilder main = new StringBuilder();
		main.append("<h1>").append(Html.text(layout.siteTitle())).append("</h1>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		main.append("<div class=\"filters\" role=\"search\">\n") //$NON-NLS-1$
				.append("<label for=\"search\">").append(t(PublishText.Storefront_searchLabel)).append("</label>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<input id=\"search\" type=\"search\" autocomplete=\"off\" aria-describedby=\"count\">\n") //$NON-NLS-1$
				.append("<label for=\"category\">").append(t(PublishText.Storefront_categoryLabel)).append("</label>\n") //$NON-NLS-1$ //$NON-NLS-2$
				.append("<select id=\"category\">\n<option value=\"\">").append(t(PublishText.Storefront_allCategories)).append("</option>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		categories(appliances).forEach((category, count) -> main.append("<option value=\"").append(Html.attribute(category)).append("\">") //$NON-NLS-1$ //$NON-NLS-2$
				.append(Html.text(category)).append(" (").append(count).append(")</option>\n")); //$NON-NLS-1$ //$NON-NLS-2$
		main.append("</select>\n</div>\n"); //$NON-NLS-1$
		main.append("<p id=\"count\" role=\"status\" aria-live=\"polite\" data-none=\"").append(t(PublishText.Storefront_countNone)) //$NON-NLS-1$
				.append("\" data-one=\"").append(t(PublishText.Storefront_countOne)).append("\" data-many=\"").append(t(PublishText.Storefront_countMany, "{0}")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.append("\">").append(count(appliances.size())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		main.append("<ul id=\"appliances\" class=\"cards\">\n"); //$NON-NLS-1$
		for (StoreAppliance appliance : appliances) {
			card(main, appliance);
		}
		main.append("</ul>\n"); //$NON-NLS-1$
		return layout.page("", layout.siteTitle(), main.toString()); //$NON-NLS-1$
	}

	private static void card(StringBuilder main, StoreAppliance appliance) {
		Listing listing = appliance.listing();
		main.append("<li class=\"card\" data-repository=\"").append(Html.attribute(appliance.repository())) //$NON-NLS-1$
				.append("\" data-search=\"").append(Html.attribute(searchWords(listing, appliance.title()))) //$NON-NLS-1$
				.append("\" data-categories=\"").append(Html.attribute(" " + String.join(" ", new TreeSet<>(listing.categories())) + " ")) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.append("\">\n"); //$NON-NLS-1$
		SiteMedia.picture(appliance.latest(), listing.logo()).flatMap(SiteMedia::path).ifPresent(logo -> main.append("<img class=\"logo\" src=\"") //$NON-NLS-1$
				.append(Html.attribute(logo)).append("\" alt=\"").append(t(PublishText.Storefront_logoAlt, appliance.title())) //$NON-NLS-1$
				.append("\" width=\"64\" height=\"64\">\n")); //$NON-NLS-1$
		main.append("<h2><a href=\"").append(Html.attribute(appliance.page())).append("\">").append(Html.text(appliance.title())).append("</a></h2>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		main.append("<p class=\"summary\">").append(Html.text(listing.summary())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		main.append("<dl class=\"facts\">\n"); //$NON-NLS-1$
		if (listing.vendor() != null) {
			fact(main, t(PublishText.Storefront_vendor), Html.text(listing.vendor()), "vendor"); //$NON-NLS-1$
		}
		fact(main, t(PublishText.Storefront_latestVersion), Html.text(appliance.latest().version()), "version"); //$NON-NLS-1$
		fact(main, t(PublishText.Storefront_categories), Html.text(String.join(", ", new TreeSet<>(listing.categories()))), "categories"); //$NON-NLS-1$ //$NON-NLS-2$
		main.append("</dl>\n"); //$NON-NLS-1$
		appliance.securityOf(appliance.latest()).ifPresent(status -> SecurityStatusBlock.badge(main, status));
		main.append("</li>\n"); //$NON-NLS-1$
	}

	static void fact(StringBuilder html, String term, String valueHtml, String cssClass) {
		html.append("<dt>").append(term).append("</dt><dd class=\"").append(cssClass).append("\">").append(valueHtml).append("</dd>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** The words the search matches: of title, summary and description, lower case, each once, sorted. */
	static String searchWords(Listing listing, String title) {
		Set<String> words = new TreeSet<>();
		for (String text : new String[] { title, listing.summary(), listing.description() }) {
			if (text != null) {
				for (String word : NOT_A_WORD.split(text.toLowerCase(Locale.ROOT))) {
					if (!word.isEmpty()) {
						words.add(word);
					}
				}
			}
		}
		return " " + String.join(" ", words) + " "; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static Map<String, Integer> categories(List<StoreAppliance> appliances) {
		Map<String, Integer> counts = new TreeMap<>();
		for (StoreAppliance appliance : appliances) {
			for (String category : new TreeSet<>(appliance.listing().categories())) {
				counts.merge(category, 1, Integer::sum);
			}
		}
		return counts;
	}

	private static String count(int n) {
		return n == 0 ? t(PublishText.Storefront_countNone) : n == 1 ? t(PublishText.Storefront_countOne) : t(PublishText.Storefront_countMany, n);
	}

	/** A text of the site (a PublishText field), with its arguments if it has any, escaped for HTML. */
	static String t(String text, Object... arguments) {
		return Html.text(arguments.length == 0 ? text : PublishText.bind(text, arguments));
	}
}
