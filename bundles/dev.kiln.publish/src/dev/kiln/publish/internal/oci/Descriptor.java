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
		json.addProperty("mediaType", mediaType); //$NON-NLS-1$
		if (artifactType != null) {
			json.addProperty("artifactType", artifactType); //$NON-NLS-1$
		}
		json.addProperty("digest", digest); //$NON-NLS-1$
		json.addProperty("size", size); //$NON-NLS-1$
		if (!annotations.isEmpty()) {
			json.add("annotations", Json.stringMap(annotations)); //$NON-NLS-1$
		}
		return json;
	}

	static Descriptor fromJson(JsonObject json) {
		JsonElement annotations = json.get("annotations"); //$NON-NLS-1$
		return new Descriptor(Json.string(json, "mediaType"), Json.string(json, "digest"), json.get("size").getAsLong(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				Json.string(json, "artifactType"), annotations == null ? null : Json.toStringMap(annotations.getAsJsonObject())); //$NON-NLS-1$
	}
}
