package dev.kiln.publish.internal.oci;

import java.time.Instant;
import java.util.UUID;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.kiln.image.BuildReport;
import dev.kiln.publish.Listing;

/**
 * A CycloneDX 1.5 JSON SBOM of a release: the appliance as the main component, each Debian package
 * of the build report as a component with its package URL ({@code pkg:deb/debian/name@version?arch=…}).
 * Deterministic for a given release, so re-publishing attaches the same document.
 */
public final class SbomWriter {

	private SbomWriter() {
	}

	public static byte[] write(Listing listing, Iterable<BuildReport.InstalledPackage> packages, Instant created) {
		JsonObject json = new JsonObject();
		json.addProperty("bomFormat", "CycloneDX");
		json.addProperty("specVersion", "1.5");
		json.addProperty("serialNumber", "urn:uuid:" + UUID.nameUUIDFromBytes((listing.id() + "@" + listing.version() + "/sbom")
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		json.addProperty("version", 1);
		JsonObject metadata = new JsonObject();
		metadata.addProperty("timestamp", created.toString());
		JsonObject tool = new JsonObject();
		tool.addProperty("vendor", "Kiln");
		tool.addProperty("name", "dev.kiln.publish");
		JsonArray tools = new JsonArray();
		tools.add(tool);
		metadata.add("tools", tools);
		JsonObject main = new JsonObject();
		main.addProperty("type", "operating-system");
		main.addProperty("name", listing.id());
		Json.put(main, "version", listing.version());
		Json.put(main, "publisher", listing.vendor());
		metadata.add("component", main);
		json.add("metadata", metadata);
		JsonArray components = new JsonArray();
		for (BuildReport.InstalledPackage p : packages) {
			JsonObject component = new JsonObject();
			component.addProperty("type", "library");
			component.addProperty("name", p.name());
			component.addProperty("version", p.version());
			component.addProperty("purl", "pkg:deb/debian/" + p.name() + "@"
					+ java.net.URLEncoder.encode(p.version(), java.nio.charset.StandardCharsets.UTF_8) + "?arch=" + p.architecture());
			components.add(component);
		}
		json.add("components", components);
		return Json.bytes(json);
	}
}
