package dev.kiln.publish.internal.oci;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.kiln.publish.Credentials;

/**
 * The Authorization header for a registry: HTTP Basic, or a bearer token obtained from the token
 * service that a {@code WWW-Authenticate: Bearer realm=…,service=…,scope=…} challenge names
 * (distribution's token authentication). Tokens are kept per scope. Secrets never leave this class
 * except in the header.
 */
final class RegistryAuth {

	/** A parsed WWW-Authenticate challenge (RFC 7235): scheme and parameters. */
	record Challenge(String scheme, Map<String, String> parameters) {

		private static final Pattern PARAMETER = Pattern.compile("([A-Za-z0-9_-]+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^,\\s]*))"); //$NON-NLS-1$

		static Optional<Challenge> parse(String header) {
			if (header == null || header.isBlank()) {
				return Optional.empty();
			}
			String trimmed = header.strip();
			int space = trimmed.indexOf(' ');
			String scheme = space < 0 ? trimmed : trimmed.substring(0, space);
			Map<String, String> parameters = new LinkedHashMap<>();
			if (space > 0) {
				Matcher m = PARAMETER.matcher(trimmed.substring(space + 1));
				while (m.find()) {
					parameters.put(m.group(1).toLowerCase(java.util.Locale.ROOT), m.group(2) != null ? m.group(2).replace("\\\"", "\"") : m.group(3)); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
			return Optional.of(new Challenge(scheme, parameters));
		}

		boolean isBearer() {
			return "bearer".equalsIgnoreCase(scheme); //$NON-NLS-1$
		}
	}

	private final Credentials credentials;
	private final URI server;
	private final Map<String, String> tokens = new ConcurrentHashMap<>();
	private volatile Challenge bearer;
	private volatile boolean basic;

	RegistryAuth(URI server, Credentials credentials) {
		this.server = server;
		this.credentials = credentials;
	}

	Optional<Credentials.Secret> secret() {
		return credentials.forServer(server);
	}

	/** The header to send for {@code scope}, if the registry asked for one before. */
	Optional<String> header(String scope) {
		if (bearer != null) {
			return Optional.ofNullable(tokens.get(scope)).map(token -> "Bearer " + token); //$NON-NLS-1$
		}
		if (basic) {
			return secret().map(RegistryAuth::basicHeader);
		}
		return Optional.empty();
	}

	void useBasic() {
		basic = true;
	}

	void useBearer(Challenge challenge) {
		bearer = challenge;
	}

	Challenge bearerChallenge() {
		return bearer;
	}

	void putToken(String scope, String token) {
		tokens.put(scope, token);
	}

	/** The token service's URL for a scope (distribution token spec: {@code realm?service=…&scope=…}). */
	URI tokenUri(Challenge challenge, String scope) {
		StringBuilder url = new StringBuilder(challenge.parameters().getOrDefault("realm", "")); //$NON-NLS-1$ //$NON-NLS-2$
		char separator = url.indexOf("?") < 0 ? '?' : '&'; //$NON-NLS-1$
		String service = challenge.parameters().get("service"); //$NON-NLS-1$
		if (service != null) {
			url.append(separator).append("service=").append(URLEncoder.encode(service, StandardCharsets.UTF_8)); //$NON-NLS-1$
			separator = '&';
		}
		if (scope != null) {
			url.append(separator).append("scope=").append(URLEncoder.encode(scope, StandardCharsets.UTF_8)); //$NON-NLS-1$
		}
		return URI.create(url.toString());
	}

	static String basicHeader(Credentials.Secret secret) {
		return "Basic " + Base64.getEncoder().encodeToString((secret.user() + ":" + secret.password()).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
