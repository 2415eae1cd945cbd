package dev.kiln.image.debian.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Debian mirror on 127.0.0.1: serves the files below a folder at {@code /debian/}, answers 404
 * for anything else, and records the paths asked for.
 */
final class LocalMirror implements AutoCloseable {

	private final HttpServer server;
	private final Path root;
	private final List<String> requests = new CopyOnWriteArrayList<>();

	private LocalMirror(Path root) throws IOException {
		this.root = root.toAbsolutePath().normalize();
		server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/debian/", this::serve);
		server.start();
	}

	static LocalMirror serving(Path root) throws IOException {
		return new LocalMirror(root);
	}

	URI uri() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/debian/");
	}

	/** @return how many requests asked for a path below the mirror starting with the prefix */
	long requests(String prefix) {
		return requests.stream().filter(path -> path.startsWith(prefix)).count();
	}

	/** Stops answering; connections are refused from now on. */
	void stop() {
		server.stop(0);
	}

	@Override
	public void close() {
		stop();
	}

	private void serve(HttpExchange exchange) throws IOException {
		try (exchange) {
			String path = exchange.getRequestURI().getPath().substring("/debian/".length());
			requests.add(path);
			Path file = root.resolve(path).normalize();
			if (!file.startsWith(root) || !Files.isRegularFile(file)) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			exchange.sendResponseHeaders(200, Files.size(file));
			try (OutputStream body = exchange.getResponseBody()) {
				Files.copy(file, body);
			}
		}
	}
}
