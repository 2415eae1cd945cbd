package dev.kiln.image.update;

import java.util.HexFormat;

/**
 * A RAUC manifest ({@code manifest.raucm}, a GLib key file) of a verity bundle with one image, with the
 * keys RAUC's {@code src/manifest.c} reads: {@code [update] compatible, version, description, build},
 * {@code [bundle] format=verity, verity-hash, verity-salt, verity-size} and
 * {@code [image.<slot class>] filename, sha256, size, adaptive}.
 */
final class RaucManifest {

	private final RaucBundleWriter.Release release;
	private final String slotClass;
	private final String imageName;
	private final ImageDigests image;
	private final boolean adaptive;

	RaucManifest(RaucBundleWriter.Release release, String slotClass, String imageName, ImageDigests image, boolean adaptive) {
		this.release = release;
		this.slotClass = slotClass;
		this.imageName = imageName;
		this.image = image;
		this.adaptive = adaptive;
	}

	/** The manifest inside the squashfs, as {@code rauc bundle} leaves it there: without the verity keys. */
	String bundled() {
		return render(null, null, 0);
	}

	/** The manifest the CMS signature carries: with the verity tree's root hash, salt and size. */
	String signed(byte[] verityHash, byte[] veritySalt, long veritySize) {
		return render(verityHash, veritySalt, veritySize);
	}

	private String render(byte[] verityHash, byte[] veritySalt, long veritySize) {
		StringBuilder text = new StringBuilder();
		text.append("[update]\n"); //$NON-NLS-1$
		entry(text, "compatible", release.compatible()); //$NON-NLS-1$
		entry(text, "version", release.version()); //$NON-NLS-1$
		optional(text, "description", release.description()); //$NON-NLS-1$
		optional(text, "build", release.build()); //$NON-NLS-1$
		text.append("\n[bundle]\n"); //$NON-NLS-1$
		entry(text, "format", "verity"); //$NON-NLS-1$ //$NON-NLS-2$
		if (verityHash != null) {
			entry(text, "verity-hash", HexFormat.of().formatHex(verityHash)); //$NON-NLS-1$
			entry(text, "verity-salt", HexFormat.of().formatHex(veritySalt)); //$NON-NLS-1$
			entry(text, "verity-size", Long.toString(veritySize)); //$NON-NLS-1$
		}
		text.append("\n[image.").append(slotClass).append("]\n"); //$NON-NLS-1$ //$NON-NLS-2$
		entry(text, "filename", imageName); //$NON-NLS-1$
		entry(text, "sha256", image.sha256()); //$NON-NLS-1$
		entry(text, "size", Long.toString(image.size())); //$NON-NLS-1$
		if (adaptive) {
			// a string list in key file syntax: ';'-terminated
			entry(text, "adaptive", RaucBundleWriter.BLOCK_HASH_INDEX + ";"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	private static void optional(StringBuilder text, String key, String value) {
		if (value != null && !value.isBlank()) {
			entry(text, key, value);
		}
	}

	/** A key file entry; the writer has refused control characters, so only '\' and leading blanks need escapes. */
	private static void entry(StringBuilder text, String key, String value) {
		String escaped = value.replace("\\", "\\\\"); //$NON-NLS-1$ //$NON-NLS-2$
		if (escaped.startsWith(" ")) { //$NON-NLS-1$
			escaped = "\\s" + escaped.substring(1); //$NON-NLS-1$
		}
		text.append(key).append('=').append(escaped).append('\n');
	}
}
