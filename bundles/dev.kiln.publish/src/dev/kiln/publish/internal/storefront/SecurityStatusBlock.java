package dev.kiln.publish.internal.storefront;

import static dev.kiln.publish.internal.storefront.IndexPage.t;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dev.kiln.publish.internal.PublishText;
import dev.kiln.publish.storefront.SecurityStatus;

/**
 * A release's security status as the site shows it: a block on the release (when it was checked, each pending
 * security fix with its CVE ids, how many other updates are pending, or why it was not checked) and a badge on the
 * index's card of the newest release. The class names {@value #UP_TO_DATE}, {@value #FIXES_PENDING} and
 * {@value #NOT_CHECKED} say which, for the style sheet and for tools; {@code catalog.json} uses the same words.
 */
final class SecurityStatusBlock {

	static final String UP_TO_DATE = "up-to-date"; //$NON-NLS-1$
	static final String FIXES_PENDING = "fixes-pending"; //$NON-NLS-1$
	static final String NOT_CHECKED = "not-checked"; //$NON-NLS-1$
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC); //$NON-NLS-1$

	private SecurityStatusBlock() {
	}

	/** @return which of the three states the status is in */
	static String state(SecurityStatus status) {
		return !status.isChecked() ? NOT_CHECKED : status.fixes().isEmpty() ? UP_TO_DATE : FIXES_PENDING;
	}

	/**
	 * The block of one release.
	 *
	 * @param id  the release's prefix of ids on the page ({@code r0} for the newest)
	 */
	static void render(StringBuilder html, String id, SecurityStatus status) {
		html.append("<div class=\"security-status ").append(state(status)).append("\" id=\"").append(id).append("-security\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (status.checked() != null) {
			html.append(" data-checked=\"").append(status.checked()).append('"'); //$NON-NLS-1$
		}
		html.append(">\n<h3>").append(t(PublishText.Storefront_securityHeading)).append("</h3>\n<p class=\"security-summary\">"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!status.isChecked()) {
			html.append(t(PublishText.Storefront_securityNotChecked, status.problem())).append("</p>\n"); //$NON-NLS-1$
		} else if (status.fixes().isEmpty()) {
			html.append(t(PublishText.Storefront_securityUpToDate, time(status.checked()))).append("</p>\n"); //$NON-NLS-1$
		} else {
			int count = status.fixes().size();
			html.append(count == 1 ? t(PublishText.Storefront_securityPendingOne, time(status.checked()))
					: t(PublishText.Storefront_securityPendingMany, count, time(status.checked()))).append("</p>\n<ul class=\"security-fixes\">\n"); //$NON-NLS-1$
			for (SecurityStatus.Fix fix : status.fixes()) {
				html.append("<li class=\"security-fix\" data-package=\"").append(Html.attribute(fix.name())).append("\">"); //$NON-NLS-1$ //$NON-NLS-2$
				html.append(fix.cves().isEmpty()
						? t(PublishText.Storefront_securityFixWithoutCve, fix.name(), fix.shippedVersion(), fix.fixedVersion(), fix.pocket())
						: t(PublishText.Storefront_securityFix, fix.name(), fix.shippedVersion(), fix.fixedVersion(), String.join(", ", fix.cves()), //$NON-NLS-1$
								fix.pocket()));
				if (!fix.summary().isEmpty()) {
					html.append("<span class=\"fix-summary\">").append(Html.text(fix.summary())).append("</span>"); //$NON-NLS-1$ //$NON-NLS-2$
				}
				html.append("</li>\n"); //$NON-NLS-1$
			}
			html.append("</ul>\n"); //$NON-NLS-1$
		}
		if (status.otherUpdates() > 0) {
			html.append("<p class=\"other-updates\">") //$NON-NLS-1$
					.append(status.otherUpdates() == 1 ? t(PublishText.Storefront_securityOtherOne)
							: t(PublishText.Storefront_securityOtherMany, status.otherUpdates()))
					.append("</p>\n"); //$NON-NLS-1$
		}
		html.append("</div>\n"); //$NON-NLS-1$
	}

	/** The badge of an appliance's newest release on the index. */
	static void badge(StringBuilder html, SecurityStatus status) {
		int count = status.fixes().size();
		String text = switch (state(status)) {
			case NOT_CHECKED -> t(PublishText.Storefront_badgeNotChecked);
			case UP_TO_DATE -> t(PublishText.Storefront_badgeUpToDate);
			default -> count == 1 ? t(PublishText.Storefront_badgePendingOne) : t(PublishText.Storefront_badgePendingMany, count);
		};
		html.append("<p class=\"security-badge ").append(state(status)).append("\">").append(text).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** A time as the page shows it: {@code 2026-12-03 10:15 UTC}. */
	static String time(Instant instant) {
		return PublishText.bind(PublishText.Storefront_securityTime, TIME.format(instant));
	}
}
