package dev.kiln.publish.internal.oci;

import java.util.Map;
import java.util.TreeMap;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * An OCI content descriptor (image-spec descriptor.md): what a manifest says about a blob or
 * another manifest. Annotations are written in key order, so equal descriptors give equal bytes.
 */
public record Descriptor(String mediaType, String digest, long size, String artifactType, Map<String, String> annotations) {

	public Descriptor {
		annotations = annotations == null ? Map.of() : new TreeMap<>(annotations);
	}

	public Descriptor(String mediaType, String digest, long size) {
		this(mediaType, digest, size, null, null);
	}

	/** A descriptor of {@code content} (sha256). */
	public static Descriptor of(String mediaType, byte[] content) {
		return new Descriptor(mediaType, Digests.of(content), content.length);
	}

	public Descriptor withAnnotations(Map<String, String> values) {
		return new Descriptor(mediaType, digest, size, artifactType, values);
	}

	public Descriptor withArtifactType(String type) {
		return new Descriptor(mediaType, digest, size, type, annotations);
	}

	/** The annotation, or {@code null}. */
	public String annotation(String key) {
		return annotations.get(key);
	}

	JsonObject toJson() {
		JsonObject json = new JsonObject();
		json.addProperty("mediaType", mediaType);
		if (artifactType != null) {
			json.addProperty("artifactType", artifactType);
		}
		json.addProperty("digest", digest);
		json.addProperty("size", size);
		if (!annotations.isEmpty()) {
			json.add("annotations", Json.stringMap(annotations));
		}
		return json;
	}

	static Descriptor fromJson(JsonObject json) {
		JsonElement annotations = json.get("annotations");
		return new Descriptor(Json.string(json, "mediaType"), Json.string(json, "digest"), json.get("size").getAsLong(),
				Json.string(json, "artifactType"), annotations == null ? null : Json.toStringMap(annotations.getAsJsonObject()));
	}
}
