package dev.kiln.publish.internal.oci;

import java.io.IOException;
import java.nio.file.Path;

import dev.kiln.image.Sha256;

/** OCI digests ({@code sha256:<hex>}, image-spec descriptor.md "Digests"). */
public final class Digests {

	public static final String SHA256 = "sha256:"; //$NON-NLS-1$

	private Digests() {
	}

	public static String of(byte[] content) {
		return SHA256 + Sha256.of(content);
	}

	public static String of(Path file) throws IOException {
		return SHA256 + Sha256.of(file);
	}

	/** The hex part of a digest. */
	public static String hex(String digest) {
		return digest.substring(digest.indexOf(':') + 1);
	}

	/** The referrers tag schema's tag of a manifest: {@code sha256-<hex>} (distribution-spec "Referrers Tag Schema"). */
	public static String referrersTag(String digest) {
		return digest.replace(':', '-');
	}
}
