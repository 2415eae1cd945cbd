package dev.kiln.publish.internal.oci;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.kiln.publish.Listing;

/** The listing as the release's config blob ({@value OciMediaTypes#LISTING}); fields as in docs/publishing.md. */
public final class ListingJson {

	/** Version of the listing document, written as {@code schemaVersion}. */
	public static final int SCHEMA_VERSION = 1;

	private ListingJson() {
	}

	public static byte[] write(Listing listing) {
		JsonObject json = new JsonObject();
		json.addProperty("schemaVersion", SCHEMA_VERSION);
		Json.put(json, "id", listing.id());
		Json.put(json, "name", listing.name());
		Json.put(json, "version", listing.version());
		Json.put(json, "vendor", listing.vendor());
		Json.put(json, "title", listing.title());
		Json.put(json, "summary", listing.summary());
		Json.put(json, "description", listing.description());
		json.add("categories", Json.strings(listing.categories()));
		Json.put(json, "releaseNotes", listing.releaseNotes());
		Json.put(json, "pricing", listing.pricing());
		Json.put(json, "license", listing.license());
		Json.put(json, "eula", listing.eula());
		if (listing.support() != null) {
			JsonObject support = new JsonObject();
			Json.put(support, "email", listing.support().email());
			Json.put(support, "url", listing.support().url());
			json.add("support", support);
		}
		if (listing.hardware() != null) {
			JsonObject hardware = new JsonObject();
			hardware.addProperty("cpus", listing.hardware().cpus());
			hardware.addProperty("memoryMb", listing.hardware().memoryMb());
			hardware.addProperty("diskMb", listing.hardware().diskMb());
			Json.put(hardware, "firmware", listing.hardware().firmware());
			json.add("hardware", hardware);
		}
		Json.put(json, "logo", listing.logo());
		json.add("screenshots", Json.strings(listing.screenshots()));
		return Json.bytes(json);
	}

	public static Listing read(byte[] content) {
		JsonObject json = Json.parse(content, "the listing");
		Listing.Support support = null;
		if (json.get("support") instanceof JsonObject s) {
			support = new Listing.Support(Json.string(s, "email"), Json.string(s, "url"));
		}
		Listing.Hardware hardware = null;
		if (json.get("hardware") instanceof JsonObject h) {
			hardware = new Listing.Hardware(number(h.get("cpus")), number(h.get("memoryMb")),
					h.has("diskMb") ? h.get("diskMb").getAsLong() : 0, Json.string(h, "firmware"));
		}
		return new Listing(Json.string(json, "id"), Json.string(json, "name"), Json.string(json, "version"),
				Json.string(json, "vendor"), Json.string(json, "title"), Json.string(json, "summary"),
				Json.string(json, "description"), Json.toStrings(json.get("categories")), Json.string(json, "releaseNotes"),
				Json.string(json, "pricing"), Json.string(json, "license"), Json.string(json, "eula"), support, hardware,
				Json.string(json, "logo"), Json.toStrings(json.get("screenshots")));
	}

	private static int number(JsonElement value) {
		return value == null ? 0 : value.getAsInt();
	}
}
