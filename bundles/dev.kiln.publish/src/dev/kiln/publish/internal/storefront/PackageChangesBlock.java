package dev.kiln.publish.internal.storefront;

import static dev.kiln.publish.internal.storefront.IndexPage.t;

import java.util.List;

import dev.kiln.publish.internal.PublishText;

/**
 * What changed in a release's packages since the version before it, as the site shows it: one list each of the
 * packages upgraded (with the CVE ids an upgrade is known to fix), downgraded, added and removed, with versions and
 * pockets; or that nothing changed, or why that is not known.
 */
final class PackageChangesBlock {

	private PackageChangesBlock() {
	}

	/**
	 * @param id  the release's prefix of ids on the page ({@code r0} for the newest)
	 */
	static void render(StringBuilder html, String id, PackageChanges changes) {
		html.append("<div class=\"changes\" id=\"").append(id).append("-changes\">\n<h3>") //$NON-NLS-1$ //$NON-NLS-2$
				.append(t(PublishText.Storefront_changesHeading, changes.since())).append("</h3>\n"); //$NON-NLS-1$
		if (changes.unknown() != null) {
			html.append("<p class=\"changes-unknown\">").append(t(PublishText.Storefront_changesUnknown, changes.unknown())).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		} else if (changes.none()) {
			html.append("<p class=\"changes-none\">").append(t(PublishText.Storefront_changesNone)).append("</p>\n"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		list(html, "upgraded", PublishText.Storefront_changesUpgraded, changes.upgraded()); //$NON-NLS-1$
		list(html, "downgraded", PublishText.Storefront_changesDowngraded, changes.downgraded()); //$NON-NLS-1$
		list(html, "added", PublishText.Storefront_changesAdded, changes.added()); //$NON-NLS-1$
		list(html, "removed", PublishText.Storefront_changesRemoved, changes.removed()); //$NON-NLS-1$
		html.append("</div>\n"); //$NON-NLS-1$
	}

	private static void list(StringBuilder html, String kind, String heading, List<PackageChanges.Change> changes) {
		if (changes.isEmpty()) {
			return;
		}
		html.append("<h4>").append(t(heading)).append("</h4>\n<ul class=\"package-changes ").append(kind).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		for (PackageChanges.Change change : changes) {
			String name = changes.stream().filter(c -> c.name().equals(change.name())).count() > 1 ? change.name() + ":" + change.architecture() //$NON-NLS-1$
					: change.name();
			boolean pocket = !change.pocket().isEmpty();
			String text;
			if (change.from() != null && change.to() != null) {
				text = pocket ? t(PublishText.Storefront_changedPackage, name, change.from(), change.to(), change.pocket())
						: t(PublishText.Storefront_changedPackageWithoutPocket, name, change.from(), change.to());
			} else {
				String version = change.to() != null ? change.to() : change.from();
				text = pocket ? t(PublishText.Storefront_listedPackage, name, version, change.pocket())
						: t(PublishText.Storefront_listedPackageWithoutPocket, name, version);
			}
			html.append("<li data-package=\"").append(Html.attribute(change.name())).append("\">").append(text); //$NON-NLS-1$ //$NON-NLS-2$
			if (!change.fixes().isEmpty()) {
				html.append("<span class=\"fixed-cves\">").append(t(PublishText.Storefront_changeFixes, String.join(", ", change.fixes()))) //$NON-NLS-1$ //$NON-NLS-2$
						.append("</span>"); //$NON-NLS-1$
			}
			html.append("</li>\n"); //$NON-NLS-1$
		}
		html.append("</ul>\n"); //$NON-NLS-1$
	}
}
