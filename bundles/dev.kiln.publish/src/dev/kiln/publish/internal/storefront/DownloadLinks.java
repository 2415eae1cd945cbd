package dev.kiln.publish.internal.storefront;

import java.net.URI;

/**
 * Where a customer downloads a file of a release: the registry's blob URL
 * ({@code <registry>/v2/<repository>/blobs/<digest>}, distribution-spec "Pulling blobs"), or the same path
 * under a mirror that the operator configured in place of {@code <registry>/v2}.
 */
public final class DownloadLinks {

	private final String base;
	private final String registryAuthority;

	/**
	 * @param registry  the registry's URL, e.g. {@code http://127.0.0.1:5000}
	 * @param mirror    a URL prefix that serves {@code <repository>/blobs/<digest>}, or {@code null}
	 */
	public DownloadLinks(URI registry, String mirror) {
		this.base = mirror != null && !mirror.isBlank() ? trim(mirror) : trim(registry.toString()) + "/v2"; //$NON-NLS-1$
		this.registryAuthority = registry.getRawAuthority();
	}

	/** The pull reference of an image of {@code repository} by digest, as container tools take it ({@code host:port/repo@digest}). */
	public String imageReference(String repository, String digest) {
		return registryAuthority + "/" + repository + "@" + digest; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The URL of a blob of {@code repository}. */
	public String url(String repository, String digest) {
		return base + "/" + repository + "/blobs/" + digest; //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String trim(String url) {
		String text = url.strip();
		while (text.endsWith("/")) { //$NON-NLS-1$
			text = text.substring(0, text.length() - 1);
		}
		return text;
	}
}
