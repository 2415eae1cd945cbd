package dev.kiln.publish.internal.oci;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.kiln.publish.internal.PublishText;

/** Compact, deterministic JSON: fields in the order they were added, no HTML escaping. */
final class Json {

	private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

	private Json() {
	}

	static byte[] bytes(JsonElement json) {
		return GSON.toJson(json).getBytes(StandardCharsets.UTF_8);
	}

	/** Parses a JSON object; {@code what} names it in the error. */
	static JsonObject parse(byte[] content, String what) {
		try {
			JsonElement element = JsonParser.parseString(new String(content, StandardCharsets.UTF_8));
			if (!element.isJsonObject()) {
				throw new IllegalArgumentException(PublishText.bind(PublishText.Oci_notJsonObject, what));
			}
			return element.getAsJsonObject();
		} catch (JsonParseException e) {
			throw new IllegalArgumentException(PublishText.bind(PublishText.Oci_notJson, what, e.getMessage()), e);
		}
	}

	static String string(JsonObject json, String key) {
		JsonElement value = json.get(key);
		return value == null || value.isJsonNull() ? null : value.getAsString();
	}

	static void put(JsonObject json, String key, String value) {
		if (value != null) {
			json.addProperty(key, value);
		}
	}

	static JsonArray strings(List<String> values) {
		JsonArray array = new JsonArray();
		values.forEach(array::add);
		return array;
	}

	static List<String> toStrings(JsonElement array) {
		List<String> values = new ArrayList<>();
		if (array != null && array.isJsonArray()) {
			array.getAsJsonArray().forEach(e -> values.add(e.getAsString()));
		}
		return values;
	}

	static JsonObject stringMap(Map<String, String> values) {
		JsonObject json = new JsonObject();
		values.forEach(json::addProperty);
		return json;
	}

	static Map<String, String> toStringMap(JsonObject json) {
		Map<String, String> values = new LinkedHashMap<>();
		json.entrySet().forEach(e -> values.put(e.getKey(), e.getValue().getAsString()));
		return values;
	}
}
