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
 * {@code index.html}: a card per appliance (logo, title, summary, vendor, categories, latest version),
 * a search field and a category filter. The script filters the cards by the words in {@code data-search}
 * and the categories in {@code data-categories}; without script every card shows.
 */
final class IndexPage {

	static final String FILE = "index.html";
	private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final PageLayout layout;

	IndexPage(PageLayout layout) {
		this.layout = layout;
	}

	byte[] render(List<StoreAppliance> appliances) {
		StringBuilder main = new StringBuilder();
		main.append("<h1>").append(Html.text(layout.siteTitle())).append("</h1>\n");
		main.append("<div class=\"filters\" role=\"search\">\n")
				.append("<label for=\"search\">").append(t("Storefront_searchLabel")).append("</label>\n")
				.append("<input id=\"search\" type=\"search\" autocomplete=\"off\" aria-describedby=\"count\">\n")
				.append("<label for=\"category\">").append(t("Storefront_categoryLabel")).append("</label>\n")
				.append("<select id=\"category\">\n<option value=\"\">").append(t("Storefront_allCategories")).append("</option>\n");
		categories(appliances).forEach((category, count) -> main.append("<option value=\"").append(Html.attribute(category)).append("\">")
				.append(Html.text(category)).append(" (").append(count).append(")</option>\n"));
		main.append("</select>\n</div>\n");
		main.append("<p id=\"count\" role=\"status\" aria-live=\"polite\" data-none=\"").append(t("Storefront_countNone"))
				.append("\" data-one=\"").append(t("Storefront_countOne")).append("\" data-many=\"").append(t("Storefront_countMany", "{0}"))
				.append("\">").append(count(appliances.size())).append("</p>\n");
		main.append("<ul id=\"appliances\" class=\"cards\">\n");
		for (StoreAppliance appliance : appliances) {
			card(main, appliance);
		}
		main.append("</ul>\n");
		return layout.page("", layout.siteTitle(), main.toString());
	}

	private static void card(StringBuilder main, StoreAppliance appliance) {
		Listing listing = appliance.listing();
		main.append("<li class=\"card\" data-repository=\"").append(Html.attribute(appliance.repository()))
				.append("\" data-search=\"").append(Html.attribute(searchWords(listing, appliance.title())))
				.append("\" data-categories=\"").append(Html.attribute(" " + String.join(" ", new TreeSet<>(listing.categories())) + " "))
				.append("\">\n");
		SiteMedia.picture(appliance.latest(), listing.logo()).flatMap(SiteMedia::path).ifPresent(logo -> main.append("<img class=\"logo\" src=\"")
				.append(Html.attribute(logo)).append("\" alt=\"").append(t("Storefront_logoAlt", appliance.title()))
				.append("\" width=\"64\" height=\"64\">\n"));
		main.append("<h2><a href=\"").append(Html.attribute(appliance.page())).append("\">").append(Html.text(appliance.title())).append("</a></h2>\n");
		main.append("<p class=\"summary\">").append(Html.text(listing.summary())).append("</p>\n");
		main.append("<dl class=\"facts\">\n");
		if (listing.vendor() != null) {
			fact(main, t("Storefront_vendor"), Html.text(listing.vendor()), "vendor");
		}
		fact(main, t("Storefront_latestVersion"), Html.text(appliance.latest().version()), "version");
		fact(main, t("Storefront_categories"), Html.text(String.join(", ", new TreeSet<>(listing.categories()))), "categories");
		main.append("</dl>\n</li>\n");
	}

	static void fact(StringBuilder html, String term, String valueHtml, String cssClass) {
		html.append("<dt>").append(term).append("</dt><dd class=\"").append(cssClass).append("\">").append(valueHtml).append("</dd>\n");
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
		return " " + String.join(" ", words) + " ";
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
		return n == 0 ? t("Storefront_countNone") : n == 1 ? t("Storefront_countOne") : t("Storefront_countMany", n);
	}

	/** A text of the site, escaped for HTML. */
	static String t(String key, Object... arguments) {
		return Html.text(PublishText.format(key, arguments));
	}
}
