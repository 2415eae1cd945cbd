package dev.kiln.model.internal.validation;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Listing;
import dev.kiln.model.SupportContact;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.validation.ListingLimits;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the marketplace listing and its support contact; the catalog's limits are given. */
public final class ListingRules {

	private final ListingLimits limits;

	public ListingRules(ListingLimits limits) {
		this.limits = limits;
	}

	public void listing(Listing listing, Reporter reporter) {
		String title = listing.getTitle();
		if (title != null && title.codePointCount(0, title.length()) > limits.titleMaxLength()) {
			reporter.report(ManifestRule.LISTING_TITLE_TOO_LONG, listing, Literals.LISTING__TITLE,
					Integer.valueOf(title.codePointCount(0, title.length())), Integer.valueOf(limits.titleMaxLength()));
		}
		String summary = listing.getSummary();
		if (summary != null && summary.codePointCount(0, summary.length()) > limits.summaryMaxLength()) {
			reporter.report(ManifestRule.LISTING_SUMMARY_TOO_LONG, listing, Literals.LISTING__SUMMARY,
					Integer.valueOf(summary.codePointCount(0, summary.length())), Integer.valueOf(limits.summaryMaxLength()));
		}
		for (String category : listing.getCategories()) {
			if (!limits.categories().contains(category)) {
				reporter.report(ManifestRule.LISTING_CATEGORY_UNKNOWN, listing, Literals.LISTING__CATEGORIES, category,
						String.join(", ", limits.categories())); //$NON-NLS-1$
			}
		}
		for (String screenshot : listing.getScreenshots()) {
			ProjectPaths.check(reporter, listing, Literals.LISTING__SCREENSHOTS, ModelText.ListingRules_screenshot, screenshot, true);
		}
	}

	public void support(SupportContact support, Reporter reporter) {
		if (support.getEmail() != null && !NamePatterns.matches(NamePatterns.EMAIL, support.getEmail())) {
			reporter.report(ManifestRule.SUPPORT_EMAIL_INVALID, support, Literals.SUPPORT_CONTACT__EMAIL,
					support.getEmail());
		}
		if (support.getUrl() != null && !HttpUrls.isHttpUrl(support.getUrl())) {
			reporter.report(ManifestRule.SUPPORT_URL_INVALID, support, Literals.SUPPORT_CONTACT__URL, support.getUrl());
		}
	}
}
