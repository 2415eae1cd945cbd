package dev.kiln.publish.testsupport;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.net.ssl.HttpsURLConnection;

/**
 * Debian's {@code docker-registry} (CNCF distribution) on 127.0.0.1 with a random free port,
 * filesystem storage in a temporary folder and htpasswd (bcrypt) authentication, for tests. It can
 * be killed and started again on the same port and storage. Close it to stop it and delete it all.
 */
public final class LocalRegistry implements AutoCloseable {

	public static final String EXECUTABLE = "/usr/bin/docker-registry";
	public static final String USER = "vendor";
	public static final String PASSWORD = "s3cret-Passw0rd";
	private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

	private final Path folder;
	private final int port;
	private final TokenService tokens;
	private boolean keepUploadsAcrossRestarts = true;
	private TestCertificates tls;
	private boolean anonymous;
	private Process process;

	private LocalRegistry(Path folder, int port, TokenService tokens) {
		this.folder = folder;
		this.port = port;
		this.tokens = tokens;
	}

	/**
	 * Starts a registry (Basic authentication) without a fixed {@code http.secret}: each start signs
	 * upload sessions with a new random secret, so a restart loses the sessions in progress.
	 */
	public static LocalRegistry startForgettingUploadsOnRestart() throws IOException {
		Path folder = Files.createTempDirectory("kiln-registry-");
		LocalRegistry registry = new LocalRegistry(folder, freePort(), null);
		registry.keepUploadsAcrossRestarts = false;
		registry.configure();
		registry.run();
		return registry;
	}

	/** Starts a registry with htpasswd (Basic) authentication of user {@value #USER}. */
	public static LocalRegistry start() throws IOException {
		Path folder = Files.createTempDirectory("kiln-registry-");
		LocalRegistry registry = new LocalRegistry(folder, freePort(), null);
		registry.configure();
		registry.run();
		return registry;
	}

	/**
	 * Starts a registry without authentication, as a storefront's public registry (or the read-only
	 * proxy in front of it) serves anonymous downloads to browsers.
	 */
	public static LocalRegistry startAnonymous() throws IOException {
		Path folder = Files.createTempDirectory("kiln-registry-");
		LocalRegistry registry = new LocalRegistry(folder, freePort(), null);
		registry.anonymous = true;
		registry.configure();
		registry.run();
		return registry;
	}

	/** Starts a registry with token authentication: clients get bearer tokens from a {@link TokenService}. */
	public static LocalRegistry startWithTokenService() throws IOException {
		Path folder = Files.createTempDirectory("kiln-registry-");
		LocalRegistry registry = new LocalRegistry(folder, freePort(), TokenService.start(folder));
		registry.configure();
		registry.run();
		return registry;
	}

	/**
	 * Starts a registry with htpasswd (Basic) authentication served over HTTPS only, with a server
	 * certificate for 127.0.0.1 signed by a new private CA ({@link #caCertificate()}).
	 */
	public static LocalRegistry startWithTls() throws IOException {
		Path folder = Files.createTempDirectory("kiln-registry-");
		LocalRegistry registry = new LocalRegistry(folder, freePort(), null);
		registry.tls = TestCertificates.create(folder.resolve("tls"));
		registry.configure();
		registry.run();
		return registry;
	}

	/** The PEM certificate of the CA that signed the server's certificate, for a registry started with {@link #startWithTls()}. */
	public Path caCertificate() {
		return tls == null ? null : tls.ca();
	}

	/** The token service, for a registry started with {@link #startWithTokenService()}. */
	public TokenService tokenService() {
		return tokens;
	}

	/** A port nothing listens on now (for "unreachable" tests as well). */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	public URI url() {
		return URI.create((tls == null ? "http" : "https") + "://127.0.0.1:" + port);
	}

	/** {@code 127.0.0.1:port}, as in image references. */
	public String host() {
		return "127.0.0.1:" + port;
	}

	public Path storage() {
		return folder.resolve("storage");
	}

	/** The registry's log (its standard output and error). */
	public Path log() {
		return folder.resolve("registry.log");
	}

	private void configure() throws IOException {
		Process htpasswd = new ProcessBuilder("htpasswd", "-Bbn", USER, PASSWORD).redirectErrorStream(true).start();
		String line;
		try {
			line = new String(htpasswd.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!htpasswd.waitFor(30, TimeUnit.SECONDS) || htpasswd.exitValue() != 0) {
				throw new IOException("htpasswd failed: " + line);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		Files.writeString(folder.resolve("htpasswd"), line + "\n");
		// a fixed http.secret keeps upload sessions valid across a restart
		Files.writeString(folder.resolve("config.yml"), """
				version: 0.1
				log:
				  level: info
				storage:
				  filesystem:
				    rootdirectory: %s
				  delete:
				    enabled: true
				http:
				  addr: 127.0.0.1:%d
				%s
				%s
				%s
				""".formatted(storage(), port, keepUploadsAcrossRestarts ? "  secret: kiln-test-secret-kept-across-restarts" : "",
				tls == null ? "" : "  tls:\n    certificate: " + tls.certificate() + "\n    key: " + tls.key(),
				anonymous ? "" : "auth:\n" + authentication()));
	}

	/** The {@code auth} section's body: htpasswd users, or the token service. */
	private String authentication() {
		if (tokens == null) {
			return "  htpasswd:\n    realm: kiln-test\n    path: " + folder.resolve("htpasswd");
		}
		return "  token:\n    realm: " + tokens.realm() + "\n    service: " + TokenService.SERVICE + "\n    issuer: " + TokenService.ISSUER
				+ "\n    rootcertbundle: " + TokenService.certificate(folder);
	}

	private void run() throws IOException {
		process = new ProcessBuilder(EXECUTABLE, "serve", folder.resolve("config.yml").toString())
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("docker-registry exited with " + process.exitValue() + ": " + Files.readString(log()));
			}
			if (answers()) {
				return;
			}
			sleep(50);
		}
		throw new IOException("docker-registry did not answer on " + url() + " within " + START_TIMEOUT.toSeconds() + " s");
	}

	private boolean answers() {
		try {
			HttpURLConnection connection = (HttpURLConnection) url().resolve("/v2/").toURL().openConnection();
			if (connection instanceof HttpsURLConnection https) {
				https.setSSLSocketFactory(tls.trustingCa().getSocketFactory());
			}
			connection.setConnectTimeout(500);
			connection.setReadTimeout(2000);
			int status = connection.getResponseCode();
			connection.disconnect();
			return status == 200 || status == 401;
		} catch (IOException e) {
			return false;
		}
	}

	/** Kills the server at once (SIGKILL), as a crash would. */
	public void kill() throws InterruptedException {
		if (process != null) {
			process.destroyForcibly();
			process.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Starts the server again on the same port and storage. */
	public void restart() throws IOException {
		run();
	}

	public boolean isRunning() {
		return process != null && process.isAlive();
	}

	@Override
	public void close() throws IOException {
		if (tokens != null) {
			tokens.close();
		}
		try {
			kill();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
