package dev.kiln.model.internal.validation;

import dev.kiln.model.AppliancePackage.Literals;
import dev.kiln.model.Listing;
import dev.kiln.model.SupportContact;
import dev.kiln.model.internal.ModelText;
import dev.kiln.model.validation.ManifestRule;

/** Rules of the marketplace listing and its support contact. */
public final class ListingRules {

	/** Marketplace limits: a title fits one line of a catalog tile, a summary two. */
	static final int TITLE_MAX_LENGTH = 72;
	static final int SUMMARY_MAX_LENGTH = 160;

	public void listing(Listing listing, Reporter reporter) {
		String title = listing.getTitle();
		if (title != null && title.codePointCount(0, title.length()) > TITLE_MAX_LENGTH) {
			reporter.report(ManifestRule.LISTING_TITLE_TOO_LONG, listing, Literals.LISTING__TITLE,
					Integer.valueOf(title.codePointCount(0, title.length())), Integer.valueOf(TITLE_MAX_LENGTH));
		}
		String summary = listing.getSummary();
		if (summary != null && summary.codePointCount(0, summary.length()) > SUMMARY_MAX_LENGTH) {
			reporter.report(ManifestRule.LISTING_SUMMARY_TOO_LONG, listing, Literals.LISTING__SUMMARY,
					Integer.valueOf(summary.codePointCount(0, summary.length())), Integer.valueOf(SUMMARY_MAX_LENGTH));
		}
		for (String category : listing.getCategories()) {
			if (!ListingCategories.KNOWN.contains(category)) {
				reporter.report(ManifestRule.LISTING_CATEGORY_UNKNOWN, listing, Literals.LISTING__CATEGORIES, category,
						ListingCategories.names());
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
