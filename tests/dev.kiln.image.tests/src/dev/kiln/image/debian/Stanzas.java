package dev.kiln.image.debian;

import java.util.Map;

import dev.kiln.image.Sha256;

/** Index stanzas made in tests: a package of the given name, version and architecture whose .deb is {@code content}. */
public final class Stanzas {

	private Stanzas() {
	}

	public static BinaryPackage binary(String name, String version, String architecture, byte[] content) {
		return BinaryPackage.of(Map.of("Package", name, "Version", version, "Architecture", architecture, "Filename",
				"pool/main/" + name.charAt(0) + "/" + name + "/" + name + ".deb", "Size", Long.toString(content.length), "SHA256",
				Sha256.of(content)));
	}
}
