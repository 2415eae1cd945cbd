package dev.kiln.publish.internal.storefront;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.TreeSet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.kiln.publish.Listing;
import dev.kiln.publish.PublishedRelease;

/**
 * {@code catalog.json}: the storefront's catalog for other tools, in the order of the index; each
 * appliance with its newest listing and every release with its files, digests and download URLs.
 * Written the same way every time (fields in a fixed order, no time of generation).
 */
final class CatalogFeed {

	static final String FILE = "catalog.json"; //$NON-NLS-1$
	/** Version of the feed's format. */
	static final int SCHEMA_VERSION = 1;

	private final String registry;
	private final DownloadLinks links;

	CatalogFeed(String registry, DownloadLinks links) {
		this.registry = registry;
		this.links = links;
	}

	byte[] render(List<StoreAppliance> appliances) {
		JsonObject feed = new JsonObject();
		feed.addProperty("schemaVersion", SCHEMA_VERSION); //$NON-NLS-1$
		feed.addProperty("registry", registry); //$NON-NLS-1$
		JsonArray array = new JsonArray();
		for (StoreAppliance appliance : appliances) {
			array.add(appliance(appliance));
		}
		feed.add("appliances", array); //$NON-NLS-1$
		return (new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(feed) + "\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
	}

	private JsonObject appliance(StoreAppliance appliance) {
		Listing listing = appliance.listing();
		JsonObject json = new JsonObject();
		json.addProperty("repository", appliance.repository()); //$NON-NLS-1$
		put(json, "id", listing.id()); //$NON-NLS-1$
		json.addProperty("title", appliance.title()); //$NON-NLS-1$
		put(json, "summary", listing.summary()); //$NON-NLS-1$
		put(json, "description", listing.description()); //$NON-NLS-1$
		put(json, "vendor", listing.vendor()); //$NON-NLS-1$
		json.add("categories", strings(List.copyOf(new TreeSet<>(listing.categories())))); //$NON-NLS-1$
		json.addProperty("latest", appliance.latest().version()); //$NON-NLS-1$
		json.addProperty("page", appliance.page()); //$NON-NLS-1$
		SiteMedia.picture(appliance.latest(), listing.logo()).flatMap(SiteMedia::path).ifPresent(logo -> json.addProperty("logo", logo)); //$NON-NLS-1$
		JsonArray releases = new JsonArray();
		for (PublishedRelease release : appliance.releases()) {
			releases.add(release(release, appliance.signersOf(release)));
		}
		json.add("releases", releases); //$NON-NLS-1$
		return json;
	}

	private JsonObject release(PublishedRelease release, List<StoreAppliance.Signer> signers) {
		JsonObject json = new JsonObject();
		json.addProperty("version", release.version()); //$NON-NLS-1$
		json.addProperty("digest", release.digest()); //$NON-NLS-1$
		JsonArray signedBy = new JsonArray();
		for (StoreAppliance.Signer signer : signers) {
			JsonObject s = new JsonObject();
			s.addProperty("subject", signer.subject()); //$NON-NLS-1$
			s.addProperty("fingerprint", signer.fingerprint()); //$NON-NLS-1$
			signedBy.add(s);
		}
		json.add("signers", signedBy); //$NON-NLS-1$
		put(json, "releaseNotes", release.listing().releaseNotes()); //$NON-NLS-1$
		put(json, "license", release.listing().license()); //$NON-NLS-1$
		JsonArray files = new JsonArray();
		for (PublishedRelease.File file : release.files()) {
			JsonObject f = new JsonObject();
			f.addProperty("name", file.name()); //$NON-NLS-1$
			f.addProperty("mediaType", file.mediaType()); //$NON-NLS-1$
			f.addProperty("digest", file.digest()); //$NON-NLS-1$
			f.addProperty("size", file.size()); //$NON-NLS-1$
			f.addProperty("url", links.url(release.appliance(), file.digest())); //$NON-NLS-1$
			files.add(f);
		}
		json.add("files", files); //$NON-NLS-1$
		return json;
	}

	private static void put(JsonObject json, String key, String value) {
		if (value != null) {
			json.addProperty(key, value);
		}
	}

	private static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}
}
