package dev.kiln.publish.testsupport;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A token service for distribution's token authentication (distribution docs "Token Authentication
 * Specification"), on 127.0.0.1: checks Basic credentials and issues RS256 JWTs with an {@code x5c}
 * certificate that the registry trusts ({@code auth.token.rootcertbundle}). Key and certificate come
 * from {@code openssl}.
 */
public final class TokenService implements AutoCloseable {

	public static final String SERVICE = "kiln-test-registry";
	public static final String ISSUER = "kiln-test-token-service";

	private final HttpServer server;
	private final PrivateKey key;
	private final String certificate;
	private final AtomicInteger issued = new AtomicInteger();

	private TokenService(HttpServer server, PrivateKey key, String certificate) {
		this.server = server;
		this.key = key;
		this.certificate = certificate;
	}

	/** Starts the service; {@code folder} receives key.pem and cert.pem (the registry's root bundle). */
	static TokenService start(Path folder) throws IOException {
		Path keyFile = folder.resolve("token-key.pem");
		Path certFile = certificate(folder);
		ReleaseFiles.run(folder, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", keyFile.toString(), "-out",
				certFile.toString(), "-days", "2", "-subj", "/CN=" + ISSUER);
		try {
			PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem(keyFile)));
			X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
					.generateCertificate(new java.io.ByteArrayInputStream(Files.readAllBytes(certFile)));
			HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
			TokenService service = new TokenService(server, key, Base64.getEncoder().encodeToString(cert.getEncoded()));
			server.createContext("/token", service::answer);
			server.start();
			return service;
		} catch (GeneralSecurityException e) {
			throw new IOException(e);
		}
	}

	static Path certificate(Path folder) {
		return folder.resolve("token-cert.pem");
	}

	public URI realm() {
		return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/token");
	}

	/** Tokens issued so far. */
	public int issued() {
		return issued.get();
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			String expected = "Basic " + Base64.getEncoder().encodeToString((LocalRegistry.USER + ":" + LocalRegistry.PASSWORD).getBytes(StandardCharsets.UTF_8));
			if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
				exchange.sendResponseHeaders(401, -1);
				return;
			}
			List<String> access = new ArrayList<>();
			for (String scope : query(exchange.getRequestURI()).getOrDefault("scope", List.of())) {
				String[] parts = scope.split(":");
				if (parts.length == 3) {
					StringBuilder actions = new StringBuilder();
					for (String action : parts[2].split(",")) {
						actions.append(actions.isEmpty() ? "" : ",").append('"').append(action).append('"');
					}
					access.add("{\"type\":\"" + parts[0] + "\",\"name\":\"" + parts[1] + "\",\"actions\":[" + actions + "]}");
				}
			}
			long now = System.currentTimeMillis() / 1000;
			String header = "{\"typ\":\"JWT\",\"alg\":\"RS256\",\"x5c\":[\"" + certificate + "\"]}";
			String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + LocalRegistry.USER + "\",\"aud\":\"" + SERVICE + "\",\"exp\":" + (now + 600)
					+ ",\"nbf\":" + (now - 60) + ",\"iat\":" + now + ",\"jti\":\"" + UUID.randomUUID() + "\",\"access\":[" + String.join(",", access) + "]}";
			String unsigned = base64Url(header) + "." + base64Url(claims);
			Signature rs256 = Signature.getInstance("SHA256withRSA");
			rs256.initSign(key);
			rs256.update(unsigned.getBytes(StandardCharsets.US_ASCII));
			String token = unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
			byte[] body = ("{\"token\":\"" + token + "\",\"expires_in\":600}").getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, body.length);
			exchange.getResponseBody().write(body);
			issued.incrementAndGet();
		} catch (GeneralSecurityException e) {
			throw new IOException(e);
		}
	}

	private static Map<String, List<String>> query(URI uri) {
		Map<String, List<String>> values = new HashMap<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				int eq = pair.indexOf('=');
				if (eq > 0) {
					values.computeIfAbsent(pair.substring(0, eq), k -> new ArrayList<>())
							.add(URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return values;
	}

	private static String base64Url(String json) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
	}

	private static byte[] pem(Path file) throws IOException {
		String text = Files.readString(file).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
		return Base64.getDecoder().decode(text);
	}

	@Override
	public void close() {
		server.stop(0);
	}
}
