package dev.kiln.publish.internal.oci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.kiln.publish.internal.PublishText;

/**
 * An OCI 1.1 image manifest used as an artifact (image-spec manifest.md): artifactType, config,
 * layers, optional subject (for referrers) and annotations.
 */
public record ImageManifest(String artifactType, Descriptor config, List<Descriptor> layers, Descriptor subject,
		Map<String, String> annotations) {

	public ImageManifest {
		layers = List.copyOf(layers);
		annotations = annotations == null ? Map.of() : new TreeMap<>(annotations);
	}

	/** The manifest's canonical bytes: what is pushed and what its digest is computed over. */
	public byte[] toBytes() {
		JsonObject json = new JsonObject();
		json.addProperty("schemaVersion", 2); //$NON-NLS-1$
		json.addProperty("mediaType", OciMediaTypes.IMAGE_MANIFEST); //$NON-NLS-1$
		Json.put(json, "artifactType", artifactType); //$NON-NLS-1$
		json.add("config", config.toJson()); //$NON-NLS-1$
		JsonArray array = new JsonArray();
		layers.forEach(layer -> array.add(layer.toJson()));
		json.add("layers", array); //$NON-NLS-1$
		if (subject != null) {
			json.add("subject", subject.toJson()); //$NON-NLS-1$
		}
		if (!annotations.isEmpty()) {
			json.add("annotations", Json.stringMap(annotations)); //$NON-NLS-1$
		}
		return Json.bytes(json);
	}

	/** Reads a manifest; fails with {@link IllegalArgumentException} on anything but an OCI image manifest. */
	public static ImageManifest parse(byte[] content) {
		JsonObject json = Json.parse(content, PublishText.Oci_theManifest);
		String mediaType = Json.string(json, "mediaType"); //$NON-NLS-1$
		if (mediaType != null && !OciMediaTypes.IMAGE_MANIFEST.equals(mediaType)) {
			throw new IllegalArgumentException(PublishText.bind(PublishText.Oci_notImageManifest, mediaType));
		}
		List<Descriptor> layers = new ArrayList<>();
		if (json.has("layers")) { //$NON-NLS-1$
			json.getAsJsonArray("layers").forEach(e -> layers.add(Descriptor.fromJson(e.getAsJsonObject()))); //$NON-NLS-1$
		}
		return new ImageManifest(Json.string(json, "artifactType"), Descriptor.fromJson(json.getAsJsonObject("config")), layers, //$NON-NLS-1$ //$NON-NLS-2$
				json.has("subject") ? Descriptor.fromJson(json.getAsJsonObject("subject")) : null, //$NON-NLS-1$ //$NON-NLS-2$
				json.has("annotations") ? Json.toStringMap(json.getAsJsonObject("annotations")) : null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The effective artifact type: artifactType, else the config's media type (image-spec guidance). */
	public String effectiveArtifactType() {
		return artifactType != null ? artifactType : config.mediaType();
	}

	/** An OCI image index of {@code manifests} (used by the referrers tag schema). */
	public static byte[] index(List<Descriptor> manifests) {
		JsonObject json = new JsonObject();
		json.addProperty("schemaVersion", 2); //$NON-NLS-1$
		json.addProperty("mediaType", OciMediaTypes.IMAGE_INDEX); //$NON-NLS-1$
		JsonArray array = new JsonArray();
		manifests.forEach(m -> array.add(m.toJson()));
		json.add("manifests", array); //$NON-NLS-1$
		return Json.bytes(json);
	}

	/** The manifests of an image index. */
	public static List<Descriptor> parseIndex(byte[] content) {
		JsonObject json = Json.parse(content, PublishText.Oci_theImageIndex);
		List<Descriptor> manifests = new ArrayList<>();
		if (json.has("manifests")) { //$NON-NLS-1$
			json.getAsJsonArray("manifests").forEach(e -> manifests.add(Descriptor.fromJson(e.getAsJsonObject()))); //$NON-NLS-1$
		}
		return manifests;
	}
}
