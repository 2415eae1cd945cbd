package dev.kiln.publish.storefront;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Serves a generated storefront on 127.0.0.1 for a local preview (the JDK's HTTP server): GET and HEAD of
 * the site's files (single byte ranges too, as RAUC streams update bundles), {@code index.html} for a folder, nothing outside the folder and no hidden file.
 * Close it to stop it.
 */
public final class StorefrontServer implements AutoCloseable {

	private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8", "js", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"text/javascript; charset=utf-8", "json", "application/json; charset=utf-8", "png", "image/png", "jpg", "image/jpeg"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private final HttpServer server;
	private final ExecutorService threads;
	private final Path site;

	private StorefrontServer(HttpServer server, ExecutorService threads, Path site) {
		this.server = server;
		this.threads = threads;
		this.site = site;
	}

	/** Serves {@code site} on 127.0.0.1; port 0 takes a free one. */
	public static StorefrontServer start(Path site, int port) throws IOException {
		Path root = site.toAbsolutePath().normalize().toRealPath();
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
		ExecutorService threads = Executors.newFixedThreadPool(4, runnable -> {
			Thread thread = new Thread(runnable, "kiln-storefront-server"); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		});
		StorefrontServer storefront = new StorefrontServer(server, threads, root);
		server.createContext("/", storefront::answer); //$NON-NLS-1$
		server.setExecutor(threads);
		server.start();
		return storefront;
	}

	/** The site's address, e.g. {@code http://127.0.0.1:8080/}. */
	public URI url() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			if (!method.equals("GET") && !method.equals("HEAD")) { //$NON-NLS-1$ //$NON-NLS-2$
				exchange.getResponseHeaders().set("Allow", "GET, HEAD"); //$NON-NLS-1$ //$NON-NLS-2$
				exchange.sendResponseHeaders(405, -1);
				return;
			}
			Path file = resolve(exchange.getRequestURI().getRawPath());
			if (file == null) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			String name = file.getFileName().toString();
			String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
			exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream")); //$NON-NLS-1$ //$NON-NLS-2$
			exchange.getResponseHeaders().set("Cache-Control", "no-cache"); //$NON-NLS-1$ //$NON-NLS-2$
			exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff"); //$NON-NLS-1$ //$NON-NLS-2$
			exchange.getResponseHeaders().set("Accept-Ranges", "bytes"); //$NON-NLS-1$ //$NON-NLS-2$
			long size = Files.size(file);
			long[] range = range(exchange.getRequestHeaders().getFirst("Range"), size); //$NON-NLS-1$
			if (range == UNSATISFIABLE) {
				exchange.getResponseHeaders().set("Content-Range", "bytes */" + size); //$NON-NLS-1$ //$NON-NLS-2$
				exchange.sendResponseHeaders(416, -1);
				return;
			}
			long length = range == null ? size : range[1] - range[0] + 1;
			int status = range == null ? 200 : 206;
			if (range != null) {
				exchange.getResponseHeaders().set("Content-Range", "bytes " + range[0] + "-" + range[1] + "/" + size); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			if (method.equals("HEAD")) { //$NON-NLS-1$
				exchange.getResponseHeaders().set("Content-Length", Long.toString(length)); //$NON-NLS-1$
				exchange.sendResponseHeaders(status, -1);
				return;
			}
			exchange.sendResponseHeaders(status, length == 0 ? -1 : length);
			try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
				in.skipNBytes(range == null ? 0 : range[0]);
				copy(in, out, length);
			}
		}
	}

	private static final long[] UNSATISFIABLE = {};

	/**
	 * The first and last byte of a single-range {@code Range: bytes=…} header (RFC 9110 §14.1.2: {@code a-b}, {@code a-},
	 * {@code -suffix}), {@code null} to send the whole file (no header, or one this server does not serve as a range:
	 * several ranges, another unit), or {@link #UNSATISFIABLE}. RAUC streams a verity bundle by such requests.
	 */
	static long[] range(String header, long size) {
		if (header == null || !header.startsWith("bytes=") || header.contains(",")) { //$NON-NLS-1$ //$NON-NLS-2$
			return null;
		}
		String spec = header.substring("bytes=".length()).strip(); //$NON-NLS-1$
		int dash = spec.indexOf('-');
		try {
			if (dash < 0) {
				return null;
			}
			long first;
			long last;
			if (dash == 0) {
				long suffix = Long.parseLong(spec.substring(1));
				if (suffix <= 0 || size == 0) {
					return UNSATISFIABLE;
				}
				first = Math.max(0, size - suffix);
				last = size - 1;
			} else {
				first = Long.parseLong(spec.substring(0, dash));
				last = dash == spec.length() - 1 ? size - 1 : Math.min(size - 1, Long.parseLong(spec.substring(dash + 1)));
				if (last < first && dash != spec.length() - 1) {
					return null; // invalid: ignored, as RFC 9110 says
				}
			}
			return first >= size ? UNSATISFIABLE : new long[] { first, last };
		} catch (NumberFormatException e) {
			return null;
		}
	}

	private static void copy(InputStream in, OutputStream out, long length) throws IOException {
		byte[] buffer = new byte[1 << 16];
		for (long left = length; left > 0;) {
			int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
			if (n < 0) {
				break;
			}
			out.write(buffer, 0, n);
			left -= n;
		}
	}

	/** The file a request path names, or null when there is none to serve. */
	private Path resolve(String rawPath) {
		String path = URLDecoder.decode(rawPath == null ? "/" : rawPath.replace("+", "%2B"), StandardCharsets.UTF_8); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path file = site;
		for (String segment : path.split("/")) { //$NON-NLS-1$
			if (segment.isEmpty()) {
				continue;
			}
			if (segment.startsWith(".") || segment.contains("\\") || segment.contains("\0")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				return null; // no hidden files (the generator's state), no way out of the site
			}
			file = file.resolve(segment);
		}
		if (Files.isDirectory(file)) {
			file = file.resolve("index.html"); //$NON-NLS-1$
		}
		try {
			Path real = file.toRealPath();
			return real.startsWith(site) && Files.isRegularFile(real) ? real : null;
		} catch (IOException e) {
			return null;
		}
	}

	@Override
	public void close() {
		server.stop(0);
		threads.shutdownNow();
	}
}
