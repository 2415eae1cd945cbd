package dev.kiln.publish.internal.oci;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

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
		json.addProperty("schemaVersion", 2);
		json.addProperty("mediaType", OciMediaTypes.IMAGE_MANIFEST);
		Json.put(json, "artifactType", artifactType);
		json.add("config", config.toJson());
		JsonArray array = new JsonArray();
		layers.forEach(layer -> array.add(layer.toJson()));
		json.add("layers", array);
		if (subject != null) {
			json.add("subject", subject.toJson());
		}
		if (!annotations.isEmpty()) {
			json.add("annotations", Json.stringMap(annotations));
		}
		return Json.bytes(json);
	}

	/** Reads a manifest; fails with {@link IllegalArgumentException} on anything but an OCI image manifest. */
	public static ImageManifest parse(byte[] content) {
		JsonObject json = Json.parse(content, "the manifest");
		String mediaType = Json.string(json, "mediaType");
		if (mediaType != null && !OciMediaTypes.IMAGE_MANIFEST.equals(mediaType)) {
			throw new IllegalArgumentException("not an OCI image manifest but " + mediaType);
		}
		List<Descriptor> layers = new ArrayList<>();
		if (json.has("layers")) {
			json.getAsJsonArray("layers").forEach(e -> layers.add(Descriptor.fromJson(e.getAsJsonObject())));
		}
		return new ImageManifest(Json.string(json, "artifactType"), Descriptor.fromJson(json.getAsJsonObject("config")), layers,
				json.has("subject") ? Descriptor.fromJson(json.getAsJsonObject("subject")) : null,
				json.has("annotations") ? Json.toStringMap(json.getAsJsonObject("annotations")) : null);
	}

	/** The effective artifact type: artifactType, else the config's media type (image-spec guidance). */
	public String effectiveArtifactType() {
		return artifactType != null ? artifactType : config.mediaType();
	}

	/** An OCI image index of {@code manifests} (used by the referrers tag schema). */
	public static byte[] index(List<Descriptor> manifests) {
		JsonObject json = new JsonObject();
		json.addProperty("schemaVersion", 2);
		json.addProperty("mediaType", OciMediaTypes.IMAGE_INDEX);
		JsonArray array = new JsonArray();
		manifests.forEach(m -> array.add(m.toJson()));
		json.add("manifests", array);
		return Json.bytes(json);
	}

	/** The manifests of an image index. */
	public static List<Descriptor> parseIndex(byte[] content) {
		JsonObject json = Json.parse(content, "the image index");
		List<Descriptor> manifests = new ArrayList<>();
		if (json.has("manifests")) {
			json.getAsJsonArray("manifests").forEach(e -> manifests.add(Descriptor.fromJson(e.getAsJsonObject())));
		}
		return manifests;
	}
}
