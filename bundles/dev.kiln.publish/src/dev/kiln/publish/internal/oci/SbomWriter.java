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
		json.addProperty("bomFormat", "CycloneDX"); //$NON-NLS-1$ //$NON-NLS-2$
		json.addProperty("specVersion", "1.5"); //$NON-NLS-1$ //$NON-NLS-2$
		json.addProperty("serialNumber", "urn:uuid:" + UUID.nameUUIDFromBytes((listing.id() + "@" + listing.version() + "/sbom") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		json.addProperty("version", 1); //$NON-NLS-1$
		JsonObject metadata = new JsonObject();
		metadata.addProperty("timestamp", created.toString()); //$NON-NLS-1$
		JsonObject tool = new JsonObject();
		tool.addProperty("vendor", "Kiln"); //$NON-NLS-1$ //$NON-NLS-2$
		tool.addProperty("name", "dev.kiln.publish"); //$NON-NLS-1$ //$NON-NLS-2$
		JsonArray tools = new JsonArray();
		tools.add(tool);
		metadata.add("tools", tools); //$NON-NLS-1$
		JsonObject main = new JsonObject();
		main.addProperty("type", "operating-system"); //$NON-NLS-1$ //$NON-NLS-2$
		main.addProperty("name", listing.id()); //$NON-NLS-1$
		Json.put(main, "version", listing.version()); //$NON-NLS-1$
		Json.put(main, "publisher", listing.vendor()); //$NON-NLS-1$
		metadata.add("component", main); //$NON-NLS-1$
		json.add("metadata", metadata); //$NON-NLS-1$
		JsonArray components = new JsonArray();
		for (BuildReport.InstalledPackage p : packages) {
			JsonObject component = new JsonObject();
			component.addProperty("type", "library"); //$NON-NLS-1$ //$NON-NLS-2$
			component.addProperty("name", p.name()); //$NON-NLS-1$
			component.addProperty("version", p.version()); //$NON-NLS-1$
			component.addProperty("purl", "pkg:deb/debian/" + p.name() + "@" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ java.net.URLEncoder.encode(p.version(), java.nio.charset.StandardCharsets.UTF_8) + "?arch=" + p.architecture()); //$NON-NLS-1$
			components.add(component);
		}
		json.add("components", components); //$NON-NLS-1$
		return Json.bytes(json);
	}
}
