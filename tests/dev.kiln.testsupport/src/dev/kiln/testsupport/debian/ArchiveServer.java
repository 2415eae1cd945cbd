package dev.kiln.testsupport.debian;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Debian mirror on 127.0.0.1 (an ephemeral port): serves the files below a folder, answers 404 for
 * anything else, and records the paths asked for.
 */
public final class ArchiveServer implements AutoCloseable {

	private final HttpServer server;
	private final ExecutorService threads = Executors.newCachedThreadPool();
	private final Path root;
	private final List<String> requests = new CopyOnWriteArrayList<>();

	private ArchiveServer(Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", this::serve);
		server.setExecutor(threads); // apt opens several connections at once
		server.start();
	}

	/** Serves the files below {@code root} at {@link #uri()}. */
	public static ArchiveServer serving(Path root) throws IOException {
		return new ArchiveServer(root);
	}

	/** The mirror's URI, e.g. {@code http://127.0.0.1:41234/}, ending with a slash. */
	public URI uri() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
	}

	/** How many requests asked for a path starting with {@code prefix} (relative to {@link #uri()}). */
	public long requests(String prefix) {
		return requests.stream().filter(path -> path.startsWith(prefix)).count();
	}

	/** The paths asked for so far, relative to {@link #uri()}, in order. */
	public List<String> requests() {
		return List.copyOf(requests);
	}

	/** Stops answering; connections are refused from now on. */
	public void stop() {
		server.stop(0);
		threads.shutdownNow();
	}

	@Override
	public void close() {
		stop();
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath().substring(1);
			requests.add(path);
			Path file = root.resolve(path).normalize();
			if (!file.startsWith(root) || !Files.isRegularFile(file)) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			if (exchange.getRequestMethod().equals("HEAD")) {
				exchange.getResponseHeaders().set("Content-Length", Long.toString(Files.size(file)));
				exchange.sendResponseHeaders(200, -1);
				return;
			}
			exchange.sendResponseHeaders(200, Files.size(file));
			try (OutputStream body = exchange.getResponseBody()) {
				Files.copy(file, body);
			}
		}
	}
}
