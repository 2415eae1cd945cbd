package dev.kiln.publish.internal.oci;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.kiln.image.BuildReport;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.Listing;

/**
 * A CycloneDX 1.5 JSON SBOM of a release: the appliance as the main component, each Debian package
 * of the build report as a component with its package URL ({@code pkg:deb/debian/name@version?arch=…})
 * and, when known, the archive pocket it came from (property {@value #POCKET}); the state of each
 * pocket the build read is a property of the metadata ({@value #POCKET_STATE}{@code <suite>}, see
 * {@link #stateValue}), so that an audit knows what the images were built from.
 * Deterministic for a given release, so re-publishing attaches the same document.
 */
public final class SbomWriter {

	/** The component property naming the pocket a package came from, e.g. {@code trixie-security}. */
	public static final String POCKET = "dev.kiln:pocket"; //$NON-NLS-1$
	/** The prefix of the metadata properties holding each pocket's state, followed by the pocket's suite. */
	public static final String POCKET_STATE = "dev.kiln:pocket-state:"; //$NON-NLS-1$
	static final String MIRROR = "mirror="; //$NON-NLS-1$
	static final String DATE = "date="; //$NON-NLS-1$
	static final String IN_RELEASE_SHA256 = "inrelease-sha256="; //$NON-NLS-1$

	private SbomWriter() {
	}

	public static byte[] write(Listing listing, Iterable<BuildReport.InstalledPackage> packages, List<PocketState> archiveState,
			Instant created) {
		JsonObject json = new JsonObject();
		json.addProperty("bomFormat", "CycloneDX"); //$NON-NLS-1$ //$NON-NLS-2$
		json.addProperty("specVersion", "1.5"); //$NON-NLS-1$ //$NON-NLS-2$
		json.addProperty("serialNumber", "urn:uuid:" + UUID.nameUUIDFromBytes((listing.id() + "@" + listing.version() + "/sbom") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.getBytes(StandardCharsets.UTF_8)));
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
		if (!archiveState.isEmpty()) {
			JsonArray properties = new JsonArray();
			archiveState.forEach(state -> properties.add(property(POCKET_STATE + state.suite(), stateValue(state))));
			metadata.add("properties", properties); //$NON-NLS-1$
		}
		json.add("metadata", metadata); //$NON-NLS-1$
		JsonArray components = new JsonArray();
		for (BuildReport.InstalledPackage p : packages) {
			JsonObject component = new JsonObject();
			component.addProperty("type", "library"); //$NON-NLS-1$ //$NON-NLS-2$
			component.addProperty("name", p.name()); //$NON-NLS-1$
			component.addProperty("version", p.version()); //$NON-NLS-1$
			component.addProperty("purl", "pkg:deb/debian/" + p.name() + "@" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ URLEncoder.encode(p.version(), StandardCharsets.UTF_8) + "?arch=" + p.architecture()); //$NON-NLS-1$
			if (!p.pocket().isEmpty()) {
				JsonArray properties = new JsonArray();
				properties.add(property(POCKET, p.pocket()));
				component.add("properties", properties); //$NON-NLS-1$
			}
			components.add(component);
		}
		json.add("components", components); //$NON-NLS-1$
		return Json.bytes(json);
	}

	/** {@code mirror=<uri> date=<ISO 8601 instant> inrelease-sha256=<hex>}: words without spaces, in this order. */
	static String stateValue(PocketState state) {
		return MIRROR + state.mirror() + " " + DATE + state.date() + " " + IN_RELEASE_SHA256 + state.inReleaseSha256(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static JsonObject property(String name, String value) {
		JsonObject property = new JsonObject();
		property.addProperty("name", name); //$NON-NLS-1$
		property.addProperty("value", value); //$NON-NLS-1$
		return property;
	}
}
