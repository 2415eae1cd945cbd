package dev.kiln.publish.internal.oci;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.kiln.publish.Listing;
import dev.kiln.publish.internal.PublishText;

/** The listing as the release's config blob ({@value OciMediaTypes#LISTING}); fields as in docs/publishing.md. */
public final class ListingJson {

	/** Version of the listing document, written as {@code schemaVersion}. */
	public static final int SCHEMA_VERSION = 1;

	private ListingJson() {
	}

	public static byte[] write(Listing listing) {
		JsonObject json = new JsonObject();
		json.addProperty("schemaVersion", SCHEMA_VERSION); //$NON-NLS-1$
		Json.put(json, "id", listing.id()); //$NON-NLS-1$
		Json.put(json, "name", listing.name()); //$NON-NLS-1$
		Json.put(json, "version", listing.version()); //$NON-NLS-1$
		Json.put(json, "vendor", listing.vendor()); //$NON-NLS-1$
		Json.put(json, "title", listing.title()); //$NON-NLS-1$
		Json.put(json, "summary", listing.summary()); //$NON-NLS-1$
		Json.put(json, "description", listing.description()); //$NON-NLS-1$
		json.add("categories", Json.strings(listing.categories())); //$NON-NLS-1$
		Json.put(json, "releaseNotes", listing.releaseNotes()); //$NON-NLS-1$
		Json.put(json, "pricing", listing.pricing()); //$NON-NLS-1$
		Json.put(json, "license", listing.license()); //$NON-NLS-1$
		Json.put(json, "eula", listing.eula()); //$NON-NLS-1$
		if (listing.support() != null) {
			JsonObject support = new JsonObject();
			Json.put(support, "email", listing.support().email()); //$NON-NLS-1$
			Json.put(support, "url", listing.support().url()); //$NON-NLS-1$
			json.add("support", support); //$NON-NLS-1$
		}
		if (listing.hardware() != null) {
			JsonObject hardware = new JsonObject();
			hardware.addProperty("cpus", listing.hardware().cpus()); //$NON-NLS-1$
			hardware.addProperty("memoryMb", listing.hardware().memoryMb()); //$NON-NLS-1$
			hardware.addProperty("diskMb", listing.hardware().diskMb()); //$NON-NLS-1$
			Json.put(hardware, "firmware", listing.hardware().firmware()); //$NON-NLS-1$
			json.add("hardware", hardware); //$NON-NLS-1$
		}
		Json.put(json, "logo", listing.logo()); //$NON-NLS-1$
		json.add("screenshots", Json.strings(listing.screenshots())); //$NON-NLS-1$
		return Json.bytes(json);
	}

	public static Listing read(byte[] content) {
		JsonObject json = Json.parse(content, PublishText.Oci_theListing);
		Listing.Support support = null;
		if (json.get("support") instanceof JsonObject s) { //$NON-NLS-1$
			support = new Listing.Support(Json.string(s, "email"), Json.string(s, "url")); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Listing.Hardware hardware = null;
		if (json.get("hardware") instanceof JsonObject h) { //$NON-NLS-1$
			hardware = new Listing.Hardware(number(h.get("cpus")), number(h.get("memoryMb")), //$NON-NLS-1$ //$NON-NLS-2$
					h.has("diskMb") ? h.get("diskMb").getAsLong() : 0, Json.string(h, "firmware")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		return new Listing(Json.string(json, "id"), Json.string(json, "name"), Json.string(json, "version"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Json.string(json, "vendor"), Json.string(json, "title"), Json.string(json, "summary"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Json.string(json, "description"), Json.toStrings(json.get("categories")), Json.string(json, "releaseNotes"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Json.string(json, "pricing"), Json.string(json, "license"), Json.string(json, "eula"), support, hardware, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Json.string(json, "logo"), Json.toStrings(json.get("screenshots"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static int number(JsonElement value) {
		return value == null ? 0 : value.getAsInt();
	}
}
