package dev.kiln.model.internal.validation;

import java.net.URI;
import java.net.URISyntaxException;

/** Absolute http(s) URLs with a host. */
final class HttpUrls {

	private HttpUrls() {
	}

	static boolean isHttpUrl(String value) {
		if (value == null) {
			return false;
		}
		try {
			URI uri = new URI(value);
			String scheme = uri.getScheme();
			return ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme)) && uri.getHost() != null; //$NON-NLS-1$ //$NON-NLS-2$
		} catch (URISyntaxException e) {
			return false;
		}
	}
}
