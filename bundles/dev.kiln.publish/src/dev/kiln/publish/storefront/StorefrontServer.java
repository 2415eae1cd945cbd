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
 * the site's files, {@code index.html} for a folder, nothing outside the folder and no hidden file.
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
			long size = Files.size(file);
			if (method.equals("HEAD")) { //$NON-NLS-1$
				exchange.getResponseHeaders().set("Content-Length", Long.toString(size)); //$NON-NLS-1$
				exchange.sendResponseHeaders(200, -1);
				return;
			}
			exchange.sendResponseHeaders(200, size == 0 ? -1 : size);
			try (InputStream in = Files.newInputStream(file); OutputStream out = exchange.getResponseBody()) {
				in.transferTo(out);
			}
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
