package dev.kiln.publish.internal.storefront;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.kiln.image.Sha256;
import dev.kiln.publish.PublishedRelease;

/**
 * What the last generation wrote, in {@value #FILE}: for each appliance page the fingerprint of what it
 * shows (the generator's settings, every release's manifest digest, package changes and security status). A page whose fingerprint is
 * unchanged is not rendered again. A missing or unreadable state file only means everything is rendered.
 */
final class StorefrontState {

	static final String FILE = ".kiln-storefront.json"; //$NON-NLS-1$
	/** Raise it when the pages change, so a new Kiln renders every page again. */
	static final int GENERATOR_VERSION = 2;

	private final Map<String, String> pages;

	private StorefrontState(Map<String, String> pages) {
		this.pages = new TreeMap<>(pages);
	}

	static StorefrontState empty() {
		return new StorefrontState(Map.of());
	}

	static StorefrontState read(Path site) {
		Path file = site.resolve(FILE);
		if (!Files.isRegularFile(file)) {
			return empty();
		}
		try {
			JsonObject json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
			Map<String, String> pages = new TreeMap<>();
			json.getAsJsonObject("pages").entrySet().forEach(e -> pages.put(e.getKey(), e.getValue().getAsString())); //$NON-NLS-1$
			return new StorefrontState(pages);
		} catch (IOException | JsonParseException | IllegalStateException | NullPointerException e) {
			return empty(); // rendering everything again is always right
		}
	}

	/**
	 * The fingerprint of an appliance's page under {@code settings} (registry, mirror, title). A security status
	 * holds the time of its check, so a checked page changes with every check.
	 */
	static String fingerprint(String settings, StoreAppliance appliance) {
		StringBuilder text = new StringBuilder().append(GENERATOR_VERSION).append('\n').append(settings).append('\n')
				.append(appliance.repository()).append('\n');
		for (PublishedRelease release : appliance.releases()) {
			text.append(release.version()).append(' ').append(release.digest()).append('\n');
			appliance.securityOf(release).ifPresent(status -> text.append(CatalogFeed.security(status)).append('\n'));
			appliance.changesOf(release).ifPresent(changes -> text.append(CatalogFeed.changes(changes)).append('\n'));
		}
		return Sha256.of(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	boolean isCurrent(String page, String fingerprint) {
		return fingerprint.equals(pages.get(page));
	}

	Map<String, String> pages() {
		return pages;
	}

	/** The state file's bytes for these pages. */
	static byte[] bytes(Map<String, String> pages) {
		JsonObject json = new JsonObject();
		json.addProperty("generator", GENERATOR_VERSION); //$NON-NLS-1$
		JsonObject map = new JsonObject();
		new TreeMap<>(pages).forEach(map::addProperty);
		json.add("pages", map); //$NON-NLS-1$
		return (new GsonBuilder().setPrettyPrinting().create().toJson(json) + "\n").getBytes(StandardCharsets.UTF_8); //$NON-NLS-1$
	}
}
