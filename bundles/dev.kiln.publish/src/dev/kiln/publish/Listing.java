package dev.kiln.publish;

import java.util.List;

/**
 * What a customer sees of a release in the catalog; published as the release's JSON config
 * ({@code application/vnd.kiln.listing.v1+json}, see docs/publishing.md).
 *
 * @param id            the appliance id: the last segment of the repository
 * @param name          the appliance's name
 * @param version       the release's version: the tag
 * @param vendor        who ships it
 * @param title         the catalog title (at most 72 characters)
 * @param summary       one or two lines (at most 160 characters)
 * @param description   the full description
 * @param categories    catalog categories
 * @param releaseNotes  what changed in this version
 * @param pricing       free, paid, byol or subscription ({@code null}: not said)
 * @param license       the license's name, or {@code null}
 * @param eula          the license text the customer accepts, or {@code null}
 * @param support       the support contact, or {@code null}
 * @param hardware      the minimum virtual hardware
 * @param logo          the logo's file name among the release's files, or {@code null}
 * @param screenshots   the screenshots' file names among the release's files
 */
public record Listing(String id, String name, String version, String vendor, String title, String summary,
		String description, List<String> categories, String releaseNotes, String pricing, String license, String eula,
		Support support, Hardware hardware, String logo, List<String> screenshots) {

	public Listing {
		categories = categories == null ? List.of() : List.copyOf(categories);
		screenshots = screenshots == null ? List.of() : List.copyOf(screenshots);
	}

	/** How customers reach the vendor. */
	public record Support(String email, String url) {
	}

	/** The virtual hardware the appliance needs at least. */
	public record Hardware(int cpus, int memoryMb, long diskMb, String firmware) {
	}

	/** This listing with the file names of logo and screenshots as published. */
	/** The listing as the JSON a release carries as its config (UTF-8). */
	public byte[] toJson() {
		return dev.kiln.publish.internal.oci.ListingJson.write(this);
	}

	public Listing withImages(String logoName, List<String> screenshotNames) {
		return new Listing(id, name, version, vendor, title, summary, description, categories, releaseNotes, pricing,
				license, eula, support, hardware, logoName, screenshotNames);
	}
}
