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

	static final String FILE = "catalog.json";
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
		feed.addProperty("schemaVersion", SCHEMA_VERSION);
		feed.addProperty("registry", registry);
		JsonArray array = new JsonArray();
		for (StoreAppliance appliance : appliances) {
			array.add(appliance(appliance));
		}
		feed.add("appliances", array);
		return (new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(feed) + "\n").getBytes(StandardCharsets.UTF_8);
	}

	private JsonObject appliance(StoreAppliance appliance) {
		Listing listing = appliance.listing();
		JsonObject json = new JsonObject();
		json.addProperty("repository", appliance.repository());
		put(json, "id", listing.id());
		json.addProperty("title", appliance.title());
		put(json, "summary", listing.summary());
		put(json, "description", listing.description());
		put(json, "vendor", listing.vendor());
		json.add("categories", strings(List.copyOf(new TreeSet<>(listing.categories()))));
		json.addProperty("latest", appliance.latest().version());
		json.addProperty("page", appliance.page());
		SiteMedia.picture(appliance.latest(), listing.logo()).flatMap(SiteMedia::path).ifPresent(logo -> json.addProperty("logo", logo));
		JsonArray releases = new JsonArray();
		for (PublishedRelease release : appliance.releases()) {
			releases.add(release(release, appliance.signersOf(release)));
		}
		json.add("releases", releases);
		return json;
	}

	private JsonObject release(PublishedRelease release, List<StoreAppliance.Signer> signers) {
		JsonObject json = new JsonObject();
		json.addProperty("version", release.version());
		json.addProperty("digest", release.digest());
		JsonArray signedBy = new JsonArray();
		for (StoreAppliance.Signer signer : signers) {
			JsonObject s = new JsonObject();
			s.addProperty("subject", signer.subject());
			s.addProperty("fingerprint", signer.fingerprint());
			signedBy.add(s);
		}
		json.add("signers", signedBy);
		put(json, "releaseNotes", release.listing().releaseNotes());
		put(json, "license", release.listing().license());
		JsonArray files = new JsonArray();
		for (PublishedRelease.File file : release.files()) {
			JsonObject f = new JsonObject();
			f.addProperty("name", file.name());
			f.addProperty("mediaType", file.mediaType());
			f.addProperty("digest", file.digest());
			f.addProperty("size", file.size());
			f.addProperty("url", links.url(release.appliance(), file.digest()));
			files.add(f);
		}
		json.add("files", files);
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
