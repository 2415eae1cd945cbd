package dev.kiln.image.debian;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import dev.kiln.image.debian.DebianArchiveException.Reason;
import dev.kiln.image.internal.ImageText;

/**
 * GETs files below a mirror's base URI with bounded timeouts and a bounded number of attempts.
 * Connection failures, timeouts and 5xx/408/429 answers are retried; a 404 is an answer, not a failure.
 */
final class MirrorClient {

	/** What a download wrote: its size and SHA256, to be compared with the signed Release. */
	record Download(long size, String sha256) {
	}

	private static final String USER_AGENT = "Kiln (dev.kiln.image)"; //$NON-NLS-1$

	private final URI mirror;
	private final HttpClient http;
	private final Duration requestTimeout;
	private final int attempts;
	private final Duration backoff;

	MirrorClient(URI mirror, Duration connectTimeout, Duration requestTimeout, int attempts, Duration backoff) {
		this.mirror = mirror;
		this.requestTimeout = requestTimeout;
		this.attempts = Math.max(1, attempts);
		this.backoff = backoff;
		// the default selector honours -Dhttp.proxyHost/-Dhttps.proxyHost (and java.net.useSystemProxies)
		this.http = HttpClient.newBuilder().connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NORMAL)
				.proxy(ProxySelector.getDefault()).build();
	}

	URI uri(String path) {
		return mirror.resolve(path);
	}

	/** @return the body, or null when the mirror answers 404 */
	byte[] get(String path) throws DebianArchiveException {
		return attempt(path, () -> {
			HttpResponse<byte[]> response = http.send(request(path, true), HttpResponse.BodyHandlers.ofByteArray());
			return status(path, response.statusCode()) ? response.body() : null;
		});
	}

	/**
	 * Streams a file into {@code target}, stopping after {@code limit} bytes so a mirror cannot fill the disk.
	 *
	 * @return size and SHA256 of what was written, or null when the mirror answers 404
	 */
	Download download(String path, Path target, long limit) throws DebianArchiveException {
		return attempt(path, () -> {
			HttpResponse<InputStream> response = http.send(request(path, false), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				if (!status(path, response.statusCode())) {
					return null;
				}
				MessageDigest sha256 = sha256();
				long size = 0;
				try (OutputStream out = Files.newOutputStream(target)) {
					byte[] buffer = new byte[1 << 16];
					int read;
					while (size <= limit && (read = body.read(buffer)) > 0) {
						out.write(buffer, 0, read);
						sha256.update(buffer, 0, read);
						size += read;
					}
				}
				return new Download(size, HexFormat.of().formatHex(sha256.digest()));
			}
		});
	}

	static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every Java runtime has SHA-256", e); //$NON-NLS-1$
		}
	}

	private HttpRequest request(String path, boolean revalidate) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(requestTimeout).header("User-Agent", USER_AGENT); //$NON-NLS-1$
		if (revalidate) {
			// like apt for InRelease: a proxy between here and the mirror must not answer from its cache
			request.header("Cache-Control", "max-age=0"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return request.GET().build();
	}

	/** @return true for 200, false for 404; throws a retryable {@link StatusException} or a final error otherwise */
	private boolean status(String path, int status) throws StatusException {
		if (status == 200) {
			return true;
		}
		if (status == 404 || status == 410) {
			return false;
		}
		throw new StatusException(status, status >= 500 || status == 408 || status == 429);
	}

	private static final class StatusException extends IOException {
		private static final long serialVersionUID = 1L;
		final int status;
		final boolean retryable;

		StatusException(int status, boolean retryable) {
			super("HTTP " + status); //$NON-NLS-1$
			this.status = status;
			this.retryable = retryable;
		}
	}

	private interface Exchange<T> {
		T run() throws IOException, InterruptedException;
	}

	private <T> T attempt(String path, Exchange<T> exchange) throws DebianArchiveException {
		IOException last = null;
		for (int attempt = 1; attempt <= attempts; attempt++) {
			try {
				return exchange.run();
			} catch (StatusException e) {
				if (!e.retryable || attempt == attempts) {
					throw new DebianArchiveException(Reason.HTTP_STATUS,
							ImageText.bind(ImageText.MirrorClient_status, mirror, e.status, path), e);
				}
				last = e;
			} catch (IOException e) {
				last = e;
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new DebianArchiveException(Reason.UNREACHABLE,
						ImageText.bind(ImageText.MirrorClient_unreachable, mirror, ImageText.MirrorClient_interrupted), e);
			}
			if (attempt < attempts && !pause(attempt)) {
				break;
			}
		}
		throw new DebianArchiveException(Reason.UNREACHABLE,
				ImageText.bind(ImageText.MirrorClient_unreachable, mirror, CauseDescription.of(last)), last);
	}

	/** @return false when interrupted */
	private boolean pause(int attempt) {
		try {
			Thread.sleep(backoff.multipliedBy(attempt));
			return true;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}
}
