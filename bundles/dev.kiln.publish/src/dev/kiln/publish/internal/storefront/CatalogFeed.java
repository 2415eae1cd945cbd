package dev.kiln.publish.internal.storefront;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.kiln.publish.Listing;
import dev.kiln.publish.PublishedRelease;
import dev.kiln.publish.storefront.SecurityStatus;

/**
 * {@code catalog.json}: the storefront's catalog for other tools, in the order of the index; each
 * appliance with its newest listing and every release with its files, digests and download URLs, its
 * package changes and, when checked, its security status.
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

	/** @param updateChannels  by repository, the channels of its update folder ({@link SiteUpdates}); none for an appliance without updates */
	byte[] render(List<StoreAppliance> appliances, Map<String, List<String>> updateChannels) {
		JsonObject feed = new JsonObject();
		feed.addProperty("schemaVersion", SCHEMA_VERSION); //$NON-NLS-1$
		feed.addProperty("registry", registry); //$NON-NLS-1$
		JsonArray array = new JsonArray();
		for (StoreAppliance appliance : appliances) {
			array.add(appliance(appliance, updateChannels.getOrDefault(appliance.repository(), List.of())));
		}
		feed.add("appliances", array); //$NON-NLS-1$
		return (new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(feed) + "\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
	}

	private JsonObject appliance(StoreAppliance appliance, List<String> channels) {
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
			releases.add(release(appliance, release));
		}
		json.add("releases", releases); //$NON-NLS-1$
		if (!channels.isEmpty()) {
			JsonObject updates = new JsonObject();
			updates.addProperty("url", SiteUpdates.folder(appliance.repository())); //$NON-NLS-1$
			updates.add("channels", strings(channels)); //$NON-NLS-1$
			json.add("updates", updates); //$NON-NLS-1$
		}
		return json;
	}

	private JsonObject release(StoreAppliance appliance, PublishedRelease release) {
		JsonObject json = new JsonObject();
		json.addProperty("version", release.version()); //$NON-NLS-1$
		json.addProperty("digest", release.digest()); //$NON-NLS-1$
		JsonArray signedBy = new JsonArray();
		for (StoreAppliance.Signer signer : appliance.signersOf(release)) {
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
		appliance.securityOf(release).ifPresent(status -> json.add("security", security(status))); //$NON-NLS-1$
		appliance.changesOf(release).ifPresent(changes -> json.add("changes", changes(changes))); //$NON-NLS-1$
		return json;
	}

	/** A release's {@code security} object; also what the page's fingerprint takes of it. */
	static JsonObject security(SecurityStatus status) {
		JsonObject json = new JsonObject();
		json.addProperty("status", SecurityStatusBlock.state(status)); //$NON-NLS-1$
		if (status.checked() != null) {
			json.addProperty("checked", status.checked().toString()); //$NON-NLS-1$
		}
		if (!status.isChecked()) {
			json.addProperty("reason", status.problem()); //$NON-NLS-1$
			return json;
		}
		JsonArray fixes = new JsonArray();
		for (SecurityStatus.Fix fix : status.fixes()) {
			JsonObject f = new JsonObject();
			f.addProperty("package", fix.name()); //$NON-NLS-1$
			f.addProperty("architecture", fix.architecture()); //$NON-NLS-1$
			f.addProperty("shipped", fix.shippedVersion()); //$NON-NLS-1$
			f.addProperty("fixed", fix.fixedVersion()); //$NON-NLS-1$
			f.addProperty("pocket", fix.pocket()); //$NON-NLS-1$
			f.add("cves", strings(fix.cves())); //$NON-NLS-1$
			f.addProperty("summary", fix.summary()); //$NON-NLS-1$
			fixes.add(f);
		}
		json.add("fixes", fixes); //$NON-NLS-1$
		json.addProperty("otherUpdates", status.otherUpdates()); //$NON-NLS-1$
		return json;
	}

	/** A release's {@code changes} object; also what the page's fingerprint takes of it. */
	static JsonObject changes(PackageChanges changes) {
		JsonObject json = new JsonObject();
		json.addProperty("since", changes.since()); //$NON-NLS-1$
		if (changes.unknown() != null) {
			json.addProperty("unknown", changes.unknown()); //$NON-NLS-1$
			return json;
		}
		json.add("upgraded", changeList(changes.upgraded())); //$NON-NLS-1$
		json.add("downgraded", changeList(changes.downgraded())); //$NON-NLS-1$
		json.add("added", changeList(changes.added())); //$NON-NLS-1$
		json.add("removed", changeList(changes.removed())); //$NON-NLS-1$
		return json;
	}

	private static JsonArray changeList(List<PackageChanges.Change> changes) {
		JsonArray array = new JsonArray();
		for (PackageChanges.Change change : changes) {
			JsonObject c = new JsonObject();
			c.addProperty("package", change.name()); //$NON-NLS-1$
			c.addProperty("architecture", change.architecture()); //$NON-NLS-1$
			put(c, "from", change.from()); //$NON-NLS-1$
			put(c, "to", change.to()); //$NON-NLS-1$
			c.addProperty("pocket", change.pocket()); //$NON-NLS-1$
			if (change.from() != null && change.to() != null) {
				c.add("fixes", strings(change.fixes())); //$NON-NLS-1$
			}
			array.add(c);
		}
		return array;
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
