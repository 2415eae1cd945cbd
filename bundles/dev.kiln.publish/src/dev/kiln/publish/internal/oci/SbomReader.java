package dev.kiln.publish.internal.oci;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.kiln.image.BuildReport;
import dev.kiln.image.debian.PocketState;
import dev.kiln.publish.ReleaseSbom;
import dev.kiln.publish.internal.PublishText;

/**
 * Reads what {@link SbomWriter} writes: the Debian packages of a CycloneDX SBOM (the components whose package URL
 * is {@code pkg:deb/}), their pockets and the archive state. Components of other types, properties of other names
 * and fields Kiln does not write are left alone, so SBOMs of other tools with Debian components read too.
 */
public final class SbomReader {

	private static final String DEB_PURL = "pkg:deb/"; //$NON-NLS-1$

	private SbomReader() {
	}

	/**
	 * @throws IllegalArgumentException in words when the content is no CycloneDX JSON document, or a Kiln property of
	 *                                  it is malformed
	 */
	public static ReleaseSbom read(byte[] content) {
		JsonObject json = Json.parse(content, PublishText.Sbom_what);
		if (!"CycloneDX".equals(Json.string(json, "bomFormat"))) { //$NON-NLS-1$ //$NON-NLS-2$
			throw new IllegalArgumentException(PublishText.bind(PublishText.Sbom_notCycloneDx, Json.string(json, "bomFormat"))); //$NON-NLS-1$
		}
		String appliance = null;
		String version = null;
		List<PocketState> state = new ArrayList<>();
		JsonObject metadata = object(json.get("metadata")); //$NON-NLS-1$
		if (metadata != null) {
			JsonObject main = object(metadata.get("component")); //$NON-NLS-1$
			if (main != null) {
				appliance = Json.string(main, "name"); //$NON-NLS-1$
				version = Json.string(main, "version"); //$NON-NLS-1$
			}
			for (JsonObject property : objects(metadata.get("properties"))) { //$NON-NLS-1$
				String name = Json.string(property, "name"); //$NON-NLS-1$
				if (name != null && name.startsWith(SbomWriter.POCKET_STATE)) {
					state.add(state(name.substring(SbomWriter.POCKET_STATE.length()), Json.string(property, "value"))); //$NON-NLS-1$
				}
			}
		}
		List<BuildReport.InstalledPackage> packages = new ArrayList<>();
		for (JsonObject component : objects(json.get("components"))) { //$NON-NLS-1$
			String purl = Json.string(component, "purl"); //$NON-NLS-1$
			if (purl != null && purl.startsWith(DEB_PURL)) {
				packages.add(installed(component, purl));
			}
		}
		return new ReleaseSbom(appliance, version, packages, state);
	}

	/** {@code pkg:deb/debian/name@version?arch=amd64}; the component's version field wins over the purl's. */
	private static BuildReport.InstalledPackage installed(JsonObject component, String purl) {
		String path = purl.substring(DEB_PURL.length());
		int query = path.indexOf('?');
		String qualifiers = query < 0 ? "" : path.substring(query + 1); //$NON-NLS-1$
		path = query < 0 ? path : path.substring(0, query);
		int at = path.indexOf('@');
		String name = path.substring(path.lastIndexOf('/', at < 0 ? path.length() : at) + 1, at < 0 ? path.length() : at);
		String version = Json.string(component, "version"); //$NON-NLS-1$
		if (version == null && at >= 0) {
			version = URLDecoder.decode(path.substring(at + 1), StandardCharsets.UTF_8);
		}
		String architecture = ""; //$NON-NLS-1$
		for (String qualifier : qualifiers.split("&")) { //$NON-NLS-1$
			if (qualifier.startsWith("arch=")) { //$NON-NLS-1$
				architecture = qualifier.substring("arch=".length()); //$NON-NLS-1$
			}
		}
		if (name.isEmpty() || version == null || version.isEmpty()) {
			throw new IllegalArgumentException(PublishText.bind(PublishText.Sbom_badComponent, purl));
		}
		String pocket = ""; //$NON-NLS-1$
		for (JsonObject property : objects(component.get("properties"))) { //$NON-NLS-1$
			if (SbomWriter.POCKET.equals(Json.string(property, "name"))) { //$NON-NLS-1$
				pocket = Json.string(property, "value"); //$NON-NLS-1$
			}
		}
		return new BuildReport.InstalledPackage(name, version, architecture, pocket);
	}

	/** The inverse of {@link SbomWriter#stateValue}. */
	private static PocketState state(String suite, String value) {
		String mirror = null;
		String date = null;
		String sha256 = null;
		for (String word : (value == null ? "" : value).strip().split("\\s+")) { //$NON-NLS-1$ //$NON-NLS-2$
			if (word.startsWith(SbomWriter.MIRROR)) {
				mirror = word.substring(SbomWriter.MIRROR.length());
			} else if (word.startsWith(SbomWriter.DATE)) {
				date = word.substring(SbomWriter.DATE.length());
			} else if (word.startsWith(SbomWriter.IN_RELEASE_SHA256)) {
				sha256 = word.substring(SbomWriter.IN_RELEASE_SHA256.length());
			}
		}
		try {
			if (suite.isEmpty() || mirror == null || date == null || sha256 == null) {
				throw new IllegalArgumentException(value);
			}
			return new PocketState(suite, URI.create(mirror), Instant.parse(date), sha256);
		} catch (IllegalArgumentException | DateTimeParseException e) {
			throw new IllegalArgumentException(PublishText.bind(PublishText.Sbom_badState, SbomWriter.POCKET_STATE + suite, value), e);
		}
	}

	private static JsonObject object(JsonElement element) {
		return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
	}

	private static List<JsonObject> objects(JsonElement element) {
		List<JsonObject> objects = new ArrayList<>();
		if (element != null && element.isJsonArray()) {
			for (JsonElement item : (JsonArray) element) {
				if (item.isJsonObject()) {
					objects.add(item.getAsJsonObject());
				}
			}
		}
		return objects;
	}
}
