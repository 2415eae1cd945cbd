package com.example.hello;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;

/** The vendor's application: an HTTP service on port 8080 (or the first argument) that says hello. */
public final class HelloService {

	private HelloService() {
	}

	public static void main(String[] arguments) throws IOException {
		int port = arguments.length > 0 ? Integer.parseInt(arguments[0]) : 8080;
		HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
		server.createContext("/", exchange -> {
			byte[] body = ("Hello from a Java service on Java " + Runtime.version().feature() + "\n").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
			exchange.sendResponseHeaders(200, body.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(body);
			}
		});
		server.start();
		// systemd copies standard output to the console (see hello-java.service): the appliance's ready marker
		System.out.println("KILN-READY hello-java listening on port " + port);
	}
}
