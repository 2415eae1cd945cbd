package dev.kiln.publish.internal.oci;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.net.ssl.SSLHandshakeException;

import com.google.gson.JsonObject;

import dev.kiln.image.Progress;
import dev.kiln.publish.Credentials;
import dev.kiln.publish.PublishException;
import dev.kiln.publish.PublishException.Kind;
import dev.kiln.publish.internal.PublishText;

/**
 * A client of the OCI Distribution API v2 (distribution-spec 1.1) on {@code java.net.http}: blobs,
 * manifests, tags, catalog and referrers, with Basic and bearer-token authentication. Messages name
 * the registry and the HTTP status, never a secret. Thread-safe.
 */
public final class RegistryClient {

	/** Time to wait for a connection; a registry on the network answers within it or is unreachable. */
	static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
	/** Time for one request other than a chunk upload. */
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
	/** Pages of a catalog or tag list read at most. */
	private static final int MAX_PAGES = 100;
	private static final Pattern NEXT_LINK = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?"); //$NON-NLS-1$
	/**
	 * Every manifest kind a repository may hold, Docker's too: distribution answers a GET whose Accept
	 * lacks the stored manifest's type with 400 MANIFEST_INVALID (it tries to convert to schema 1), so a
	 * repository of plain Docker images could not even be told apart from a Kiln release.
	 */
	private static final String ACCEPT_MANIFESTS = String.join(", ", OciMediaTypes.IMAGE_MANIFEST, OciMediaTypes.IMAGE_INDEX, //$NON-NLS-1$
			OciMediaTypes.DOCKER_MANIFEST, OciMediaTypes.DOCKER_MANIFEST_LIST);

	private final URI base;
	private final RegistryAuth auth;
	private final Path caCertificate;
	/** Built on first use, so that a bad CA file is reported by a call, as a {@link PublishException}. */
	private HttpClient http;

	/** @param base  the registry, e.g. {@code http://127.0.0.1:5000} */
	public RegistryClient(URI base, Credentials credentials) {
		this(base, credentials, null);
	}

	/**
	 * @param base           the registry, e.g. {@code https://127.0.0.1:5000}
	 * @param caCertificate  a PEM file of CA certificates to trust besides the JVM's, or {@code null}
	 */
	public RegistryClient(URI base, Credentials credentials, Path caCertificate) {
		String text = base.toString();
		this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text); //$NON-NLS-1$
		this.auth = new RegistryAuth(this.base, credentials);
		this.caCertificate = caCertificate;
	}

	private synchronized HttpClient http() throws PublishException {
		if (http == null) {
			HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
					.followRedirects(HttpClient.Redirect.NORMAL);
			if (caCertificate != null) {
				try {
					builder.sslContext(RegistryTrust.sslContext(caCertificate));
				} catch (IOException | GeneralSecurityException e) {
					throw new PublishException(Kind.IO, PublishText.bind(PublishText.Oci_caCertificateUnusable, caCertificate, host(),
							e instanceof java.nio.file.NoSuchFileException ? PublishText.Oci_noSuchFile
									: e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
				}
			}
			http = builder.build();
		}
		return http;
	}

	/** The registry as written in references: {@code host:port}. */
	public String host() {
		return base.getAuthority();
	}

	URI base() {
		return base;
	}

	/** A manifest as served: its bytes, media type and digest. */
	public record Fetched(byte[] content, String mediaType, String digest) {
	}

	/** The answer to a manifest upload: its digest, and whether the registry says it processed the subject. */
	public record Pushed(String digest, boolean subjectProcessed) {
	}

	// --- requests -------------------------------------------------------------------------------

	/** {@code GET /v2/}: the registry answers and takes the credentials. */
	public void ping() throws PublishException {
		HttpResponse<byte[]> response = call("GET", url("/v2/"), "", Map.of(), BodyPublishers::noBody, BodyHandlers.ofByteArray()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (response.statusCode() != 200) {
			throw unexpected(response, "GET", "/v2/"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Whether the registry has the blob ({@code HEAD}). */
	public boolean hasBlob(String repository, String digest) throws PublishException {
		return exists(repository, "/blobs/" + digest); //$NON-NLS-1$
	}

	/** Whether the registry has a manifest by tag or digest ({@code HEAD}). */
	public boolean hasManifest(String repository, String reference) throws PublishException {
		return exists(repository, "/manifests/" + reference); //$NON-NLS-1$
	}

	private boolean exists(String repository, String path) throws PublishException {
		String full = "/v2/" + repository + path; //$NON-NLS-1$
		HttpResponse<byte[]> response = call("HEAD", url(full), pushScope(repository), Map.of("Accept", ACCEPT_MANIFESTS), //$NON-NLS-1$ //$NON-NLS-2$
				BodyPublishers::noBody, BodyHandlers.ofByteArray());
		return switch (response.statusCode()) {
			case 200 -> true;
			case 404 -> false;
			default -> throw unexpected(response, "HEAD", full); //$NON-NLS-1$
		};
	}

	/** The manifest by tag or digest, or empty when the registry does not have it. */
	public Optional<Fetched> manifest(String repository, String reference) throws PublishException {
		String path = "/v2/" + repository + "/manifests/" + reference; //$NON-NLS-1$ //$NON-NLS-2$
		HttpResponse<byte[]> response = call("GET", url(path), pullScope(repository), Map.of("Accept", ACCEPT_MANIFESTS), //$NON-NLS-1$ //$NON-NLS-2$
				BodyPublishers::noBody, BodyHandlers.ofByteArray());
		if (response.statusCode() == 404) {
			return Optional.empty();
		}
		if (response.statusCode() != 200) {
			throw unexpected(response, "GET", path); //$NON-NLS-1$
		}
		String digest = Digests.of(response.body());
		if (reference.startsWith(Digests.SHA256) && !reference.equals(digest)) {
			throw new PublishException(Kind.DIGEST_MISMATCH, PublishText.bind(PublishText.Oci_digestMismatch, repository + "@" + reference, digest, reference)); //$NON-NLS-1$
		}
		return Optional.of(new Fetched(response.body(), response.headers().firstValue("Content-Type").orElse(""), digest)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Uploads a manifest under a tag or its digest. */
	public Pushed putManifest(String repository, String reference, byte[] content, String mediaType) throws PublishException {
		String path = "/v2/" + repository + "/manifests/" + reference; //$NON-NLS-1$ //$NON-NLS-2$
		HttpResponse<byte[]> response = call("PUT", url(path), pushScope(repository), Map.of("Content-Type", mediaType), //$NON-NLS-1$ //$NON-NLS-2$
				() -> BodyPublishers.ofByteArray(content), BodyHandlers.ofByteArray());
		if (response.statusCode() != 201) {
			throw unexpected(response, "PUT", path); //$NON-NLS-1$
		}
		String expected = Digests.of(content);
		String digest = response.headers().firstValue("Docker-Content-Digest").orElse(expected); //$NON-NLS-1$
		if (!digest.equals(expected)) {
			throw new PublishException(Kind.DIGEST_MISMATCH, PublishText.bind(PublishText.Oci_digestMismatch, repository + ":" + reference, digest, expected)); //$NON-NLS-1$
		}
		return new Pushed(digest, response.headers().firstValue("OCI-Subject").isPresent()); //$NON-NLS-1$
	}

	/** A small blob (a config, a listing) in memory, checked against its digest. */
	public byte[] blob(String repository, String digest) throws PublishException {
		String path = "/v2/" + repository + "/blobs/" + digest; //$NON-NLS-1$ //$NON-NLS-2$
		HttpResponse<byte[]> response = call("GET", url(path), pullScope(repository), Map.of(), BodyPublishers::noBody, BodyHandlers.ofByteArray()); //$NON-NLS-1$
		if (response.statusCode() != 200) {
			throw unexpected(response, "GET", path); //$NON-NLS-1$
		}
		String actual = Digests.of(response.body());
		if (!actual.equals(digest)) {
			throw new PublishException(Kind.DIGEST_MISMATCH, PublishText.bind(PublishText.Oci_digestMismatch, repository + "@" + digest, actual, digest)); //$NON-NLS-1$
		}
		return response.body();
	}

	/**
	 * Downloads a blob to {@code target}, hashing while it streams; the file gets its name only when
	 * size and digest match.
	 */
	public void download(String repository, String digest, long size, Path target, Progress progress) throws PublishException {
		String path = "/v2/" + repository + "/blobs/" + digest; //$NON-NLS-1$ //$NON-NLS-2$
		HttpResponse<InputStream> response = call("GET", url(path), pullScope(repository), Map.of(), BodyPublishers::noBody, //$NON-NLS-1$
				BodyHandlers.ofInputStream());
		Path partial = target.resolveSibling(target.getFileName() + ".partial"); //$NON-NLS-1$
		try (InputStream in = response.body()) {
			if (response.statusCode() != 200) {
				throw unexpected(response.statusCode(), new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8), "GET", path); //$NON-NLS-1$
			}
			MessageDigest sha256 = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			long count = 0;
			try (OutputStream out = Files.newOutputStream(partial)) {
				byte[] buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					if (progress.isCancelled()) {
						throw new PublishException(Kind.CANCELLED, PublishText.Oci_cancelled);
					}
					sha256.update(buffer, 0, n);
					out.write(buffer, 0, n);
					count += n;
					progress.worked(n);
				}
			}
			String actual = Digests.SHA256 + HexFormat.of().formatHex(sha256.digest());
			if (!actual.equals(digest) || count != size) {
				throw new PublishException(Kind.DIGEST_MISMATCH, PublishText.bind(PublishText.Oci_digestMismatch, target.getFileName(), actual, digest));
			}
			Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (IOException e) {
			throw new PublishException(Kind.IO, PublishText.bind(PublishText.Oci_writeFailed, target, e.getMessage()), e);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		} finally {
			try {
				Files.deleteIfExists(partial);
			} catch (IOException e) {
				// best effort: a left-over .partial is overwritten by the next download
			}
		}
	}

	/** Uploads a small blob in one request (POST, then PUT with the digest), unless the registry has it. */
	public boolean pushBytes(String repository, byte[] content) throws PublishException {
		String digest = Digests.of(content);
		if (hasBlob(repository, digest)) {
			return false;
		}
		URI location = startUpload(repository);
		URI target = withDigest(location, digest);
		HttpResponse<byte[]> response = call("PUT", target, pushScope(repository), Map.of("Content-Type", "application/octet-stream"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				() -> BodyPublishers.ofByteArray(content), BodyHandlers.ofByteArray());
		if (response.statusCode() != 201) {
			throw unexpected(response, "PUT", target.getPath()); //$NON-NLS-1$
		}
		return true;
	}

	/** {@code POST /v2/<repo>/blobs/uploads/}: a new upload session's location. */
	public URI startUpload(String repository) throws PublishException {
		String path = "/v2/" + repository + "/blobs/uploads/"; //$NON-NLS-1$ //$NON-NLS-2$
		HttpResponse<byte[]> response = call("POST", url(path), pushScope(repository), Map.of(), BodyPublishers::noBody, BodyHandlers.ofByteArray()); //$NON-NLS-1$
		if (response.statusCode() != 202) {
			throw unexpected(response, "POST", path); //$NON-NLS-1$
		}
		return location(response);
	}

	/** The repositories of the registry ({@code /v2/_catalog}, following {@code Link} pages). */
	public List<String> catalog() throws PublishException {
		return pages("/v2/_catalog?n=1000", "registry:catalog:*", "repositories"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** The tags of a repository; empty when it does not exist. */
	public List<String> tags(String repository) throws PublishException {
		return pages("/v2/" + repository + "/tags/list?n=1000", pullScope(repository), "tags"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private List<String> pages(String first, String scope, String field) throws PublishException {
		List<String> values = new ArrayList<>();
		String next = first;
		for (int page = 0; next != null && page < MAX_PAGES; page++) {
			HttpResponse<byte[]> response = call("GET", url(next), scope, Map.of(), BodyPublishers::noBody, BodyHandlers.ofByteArray()); //$NON-NLS-1$
			if (response.statusCode() == 404) {
				return values;
			}
			if (response.statusCode() != 200) {
				throw unexpected(response, "GET", next); //$NON-NLS-1$
			}
			JsonObject json = Json.parse(response.body(), next);
			values.addAll(Json.toStrings(json.get(field)));
			next = response.headers().firstValue("Link").map(link -> { //$NON-NLS-1$
				Matcher m = NEXT_LINK.matcher(link);
				return m.find() ? m.group(1) : null;
			}).orElse(null);
		}
		return values;
	}

	/**
	 * The referrers of a manifest by the referrers API ({@code GET /v2/<repo>/referrers/<digest>}),
	 * or empty when the registry has no such API (404 with no index).
	 */
	public Optional<List<Descriptor>> referrers(String repository, String digest) throws PublishException {
		String path = "/v2/" + repository + "/referrers/" + digest; //$NON-NLS-1$ //$NON-NLS-2$
		HttpResponse<byte[]> response = call("GET", url(path), pullScope(repository), Map.of("Accept", OciMediaTypes.IMAGE_INDEX), //$NON-NLS-1$ //$NON-NLS-2$
				BodyPublishers::noBody, BodyHandlers.ofByteArray());
		if (response.statusCode() == 200 && response.headers().firstValue("Content-Type").orElse("").startsWith(OciMediaTypes.IMAGE_INDEX)) { //$NON-NLS-1$ //$NON-NLS-2$
			return Optional.of(ImageManifest.parseIndex(response.body()));
		}
		return Optional.empty();
	}

	// --- the HTTP exchange with authentication ----------------------------------------------------

	/**
	 * Sends a request and answers authentication challenges (Basic, bearer token) once each; I/O
	 * failures become {@link Kind#UNREACHABLE}.
	 */
	<T> HttpResponse<T> call(String method, URI uri, String scope, Map<String, String> headers, Supplier<BodyPublisher> body,
			BodyHandler<T> handler) throws PublishException {
		try {
			return exchange(method, uri, scope, headers, body, handler, REQUEST_TIMEOUT);
		} catch (IOException e) {
			throw unreachable(e);
		}
	}

	/** As {@link #call}, but I/O failures are thrown as they are (the uploader retries them). */
	<T> HttpResponse<T> exchange(String method, URI uri, String scope, Map<String, String> headers, Supplier<BodyPublisher> body,
			BodyHandler<T> handler, Duration timeout) throws PublishException, IOException {
		boolean answeredBasic = false;
		boolean answeredBearer = false;
		for (int attempt = 0; attempt < 3; attempt++) {
			HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).method(method, body.get());
			headers.forEach(request::header);
			auth.header(scope).ifPresent(value -> request.header("Authorization", value)); //$NON-NLS-1$
			HttpResponse<T> response = send(request.build(), handler);
			if (response.statusCode() != 401) {
				if (response.statusCode() == 403) {
					discard(response);
					throw new PublishException(Kind.AUTHENTICATION, PublishText.bind(PublishText.Oci_forbidden, host(), method + " " + uri.getPath())); //$NON-NLS-1$
				}
				return response;
			}
			discard(response);
			Optional<RegistryAuth.Challenge> challenge = RegistryAuth.Challenge.parse(response.headers().firstValue("WWW-Authenticate").orElse(null)); //$NON-NLS-1$
			if (auth.secret().isEmpty() && !(challenge.isPresent() && challenge.get().isBearer())) {
				throw new PublishException(Kind.AUTHENTICATION, PublishText.bind(PublishText.Oci_noCredentials, host()));
			}
			if (challenge.isPresent() && challenge.get().isBearer()) {
				if (answeredBearer) {
					break;
				}
				answeredBearer = true;
				auth.useBearer(challenge.get());
				fetchToken(challenge.get(), scope);
			} else {
				if (answeredBasic) {
					break;
				}
				answeredBasic = true;
				auth.useBasic();
			}
		}
		throw authenticationFailed(401);
	}

	/** Gets a bearer token for {@code scope} from the token service of the challenge. */
	private void fetchToken(RegistryAuth.Challenge challenge, String scope) throws PublishException, IOException {
		String wanted = challenge.parameters().getOrDefault("scope", scope); //$NON-NLS-1$
		URI tokenUri = auth.tokenUri(challenge, wanted == null || wanted.isEmpty() ? null : wanted);
		HttpRequest.Builder request = HttpRequest.newBuilder(tokenUri).timeout(REQUEST_TIMEOUT).GET();
		auth.secret().ifPresent(secret -> request.header("Authorization", RegistryAuth.basicHeader(secret))); //$NON-NLS-1$
		HttpResponse<byte[]> response = send(request.build(), BodyHandlers.ofByteArray());
		if (response.statusCode() == 401 || response.statusCode() == 403) {
			throw authenticationFailed(response.statusCode());
		}
		if (response.statusCode() != 200) {
			throw new PublishException(Kind.AUTHENTICATION, PublishText.bind(PublishText.Oci_tokenFailed, tokenUri.getHost(), wanted, response.statusCode()));
		}
		JsonObject json = Json.parse(response.body(), PublishText.Oci_theTokenAnswer);
		String token = Json.string(json, "token"); //$NON-NLS-1$
		if (token == null) {
			token = Json.string(json, "access_token"); //$NON-NLS-1$
		}
		if (token == null) {
			throw new PublishException(Kind.AUTHENTICATION, PublishText.bind(PublishText.Oci_tokenFailed, tokenUri.getHost(), wanted, response.statusCode()));
		}
		auth.putToken(scope, token);
	}

	private <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler) throws IOException, PublishException {
		try {
			return http().send(request, handler);
		} catch (SSLHandshakeException e) {
			// not worth a retry: the same certificate comes back
			throw untrusted(e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new PublishException(Kind.CANCELLED, PublishText.bind(PublishText.Oci_interrupted, host()), e);
		}
	}

	private static void discard(HttpResponse<?> response) {
		if (response.body() instanceof InputStream in) {
			try {
				in.close();
			} catch (IOException e) {
				// nothing to do: the body is not needed
			}
		}
	}

	// --- helpers ----------------------------------------------------------------------------------

	URI url(String path) {
		return URI.create(base + path);
	}

	/** The upload location of a response ({@code Location}, maybe relative to the registry). */
	URI location(HttpResponse<?> response) throws PublishException {
		String location = response.headers().firstValue("Location") //$NON-NLS-1$
				.orElseThrow(() -> unexpected(response.statusCode(), PublishText.Oci_noLocation, response.request().method(), response.uri().getPath()));
		return base.resolve(location);
	}

	static URI withDigest(URI location, String digest) {
		String text = location.toString();
		return URI.create(text + (text.contains("?") ? "&" : "?") + "digest=" + java.net.URLEncoder.encode(digest, java.nio.charset.StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	static String pushScope(String repository) {
		return "repository:" + repository + ":pull,push"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	static String pullScope(String repository) {
		return "repository:" + repository + ":pull"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	PublishException authenticationFailed(int status) {
		String user = auth.secret().map(s -> PublishText.bind(PublishText.Oci_ofUser, s.user())).orElse(""); //$NON-NLS-1$
		return new PublishException(Kind.AUTHENTICATION, PublishText.bind(PublishText.Oci_authenticationFailed, host(), user, status));
	}

	PublishException unreachable(IOException e) {
		String reason = e instanceof ConnectException ? PublishText.Oci_connectionRefused
				: e instanceof HttpTimeoutException ? PublishText.Oci_noAnswer : String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
		return new PublishException(Kind.UNREACHABLE, PublishText.bind(PublishText.Oci_unreachable, base, reason), e);
	}

	/** The registry's certificate does not chain to a trusted CA, or does not name the host. */
	PublishException untrusted(SSLHandshakeException e) {
		Throwable root = e;
		for (int depth = 0; root.getCause() != null && depth < 10; depth++) {
			root = root.getCause();
		}
		String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
		return new PublishException(Kind.UNTRUSTED, caCertificate == null ? PublishText.bind(PublishText.Oci_untrusted, host(), reason)
				: PublishText.bind(PublishText.Oci_untrustedWithCa, host(), reason, caCertificate, base.getHost()), e);
	}

	PublishException unexpected(HttpResponse<byte[]> response, String method, String path) {
		return unexpected(response.statusCode(), new String(response.body() == null ? new byte[0] : response.body(), java.nio.charset.StandardCharsets.UTF_8),
				method, path);
	}

	PublishException unexpected(int status, String body, String method, String path) {
		String detail = body == null || body.isBlank() ? "." : ": " + errorText(body); //$NON-NLS-1$ //$NON-NLS-2$
		Kind kind = status == 404 ? Kind.NOT_FOUND : Kind.PROTOCOL;
		return new PublishException(kind, PublishText.bind(PublishText.Oci_unexpected, host(), status, method, path, detail));
	}

	/** The codes and messages of a distribution error body ({@code {"errors":[{"code","message"}]}}), else the text. */
	static String errorText(String body) {
		try {
			JsonObject json = Json.parse(body.getBytes(java.nio.charset.StandardCharsets.UTF_8), "error"); //$NON-NLS-1$
			List<String> errors = new ArrayList<>();
			json.getAsJsonArray("errors").forEach(e -> errors.add(Json.string(e.getAsJsonObject(), "code") + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					+ Json.string(e.getAsJsonObject(), "message"))); //$NON-NLS-1$
			return String.join("; ", errors); //$NON-NLS-1$
		} catch (RuntimeException e) {
			return body.length() > 200 ? body.substring(0, 200) + "…" : body.strip(); //$NON-NLS-1$
		}
	}
}
