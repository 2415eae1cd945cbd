package dev.kiln.publish.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Debian's Chromium, headless, driven through {@code chromedriver} on 127.0.0.1 with the W3C WebDriver
 * protocol (JSON over HTTP, java.net.http): navigate, find elements by CSS selector, type, click, read
 * text, run script, take screenshots. Downloads go to a folder of the test's choice. Every request and
 * every wait is bounded. Close it to end the session and stop chromedriver.
 */
public final class HeadlessChromium implements AutoCloseable {

	public static final String DRIVER = "/usr/bin/chromedriver";
	public static final String BROWSER = "/usr/bin/chromium";
	/** The key of an element reference in WebDriver's JSON (W3C WebDriver "Elements"). */
	private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
	private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

	private final Process driver;
	private final URI base;
	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
	private String session;

	private HeadlessChromium(Process driver, URI base) {
		this.driver = driver;
		this.base = base;
	}

	/** Starts chromedriver and a headless Chromium session of 1280×900 that saves downloads in {@code downloads}. */
	public static HeadlessChromium start(Path downloads, Path log) throws IOException {
		int port = LocalRegistry.freePort();
		Process process = new ProcessBuilder(DRIVER, "--port=" + port, "--allowed-ips=127.0.0.1", "--log-path=" + log).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.resolveSibling(log.getFileName() + ".out").toFile())).start();
		HeadlessChromium chromium = new HeadlessChromium(process, URI.create("http://127.0.0.1:" + port));
		try {
			chromium.awaitReady();
			chromium.newSession(downloads);
			return chromium;
		} catch (IOException | RuntimeException e) {
			chromium.close();
			throw e;
		}
	}

	private void awaitReady() throws IOException {
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!driver.isAlive()) {
				throw new IOException("chromedriver exited with " + driver.exitValue());
			}
			try {
				JsonObject status = request("GET", "/status", null).getAsJsonObject();
				if (status.get("ready").getAsBoolean()) {
					return;
				}
			} catch (IOException e) {
				// not listening yet
			}
			sleep(100);
		}
		throw new IOException("chromedriver did not become ready within " + START_TIMEOUT.toSeconds() + " s");
	}

	private void newSession(Path downloads) throws IOException {
		JsonObject options = new JsonObject();
		options.addProperty("binary", BROWSER);
		JsonArray args = new JsonArray();
		for (String arg : List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
				"--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--lang=en-US")) {
			args.add(arg);
		}
		options.add("args", args);
		JsonObject prefs = new JsonObject();
		prefs.addProperty("download.default_directory", downloads.toAbsolutePath().toString());
		prefs.addProperty("download.prompt_for_download", false);
		prefs.addProperty("safebrowsing.enabled", false);
		options.add("prefs", prefs);
		JsonObject always = new JsonObject();
		always.addProperty("browserName", "chrome");
		always.add("goog:chromeOptions", options);
		JsonObject capabilities = new JsonObject();
		capabilities.add("alwaysMatch", always);
		JsonObject body = new JsonObject();
		body.add("capabilities", capabilities);
		session = request("POST", "/session", body).getAsJsonObject().get("sessionId").getAsString();
	}

	/** Opens {@code url} and waits for the page to load (WebDriver's normal page load strategy). */
	public void navigate(URI url) throws IOException {
		JsonObject body = new JsonObject();
		body.addProperty("url", url.toString());
		command("POST", "/url", body);
	}

	/** The first element that matches the CSS selector; fails when there is none. */
	public String find(String css) throws IOException {
		JsonObject body = selector(css);
		return command("POST", "/element", body).getAsJsonObject().get(ELEMENT).getAsString();
	}

	/** Every element that matches the CSS selector, in document order. */
	public List<String> findAll(String css) throws IOException {
		List<String> elements = new ArrayList<>();
		for (JsonElement element : command("POST", "/elements", selector(css)).getAsJsonArray()) {
			elements.add(element.getAsJsonObject().get(ELEMENT).getAsString());
		}
		return elements;
	}

	/** Types into an element as a user would (key events, one per character). */
	public void sendKeys(String element, String text) throws IOException {
		JsonObject body = new JsonObject();
		body.addProperty("text", text);
		command("POST", "/element/" + element + "/value", body);
	}

	public void click(String element) throws IOException {
		command("POST", "/element/" + element + "/click", new JsonObject());
	}

	/** The element's rendered text, as a user sees it (hidden text is empty). */
	public String text(String element) throws IOException {
		return command("GET", "/element/" + element + "/text", null).getAsString();
	}

	/** Whether the element is shown (WebDriver's "Element Displayedness"). */
	public boolean isDisplayed(String element) throws IOException {
		return command("GET", "/element/" + element + "/displayed", null).getAsBoolean();
	}

	/** The value of an element's property, e.g. {@code href} (resolved) or {@code hidden}. */
	public JsonElement property(String element, String name) throws IOException {
		return command("GET", "/element/" + element + "/property/" + name, null);
	}

	/** Runs a script in the page ({@code return …} gives a value); {@code arguments} are JSON values. */
	public JsonElement execute(String script, Object... arguments) throws IOException {
		JsonObject body = new JsonObject();
		body.addProperty("script", script);
		JsonArray args = new JsonArray();
		for (Object argument : arguments) {
			args.add(String.valueOf(argument));
		}
		body.add("args", args);
		return command("POST", "/execute/sync", body);
	}

	/** Saves a PNG of the viewport. */
	public void screenshot(Path file) throws IOException {
		String png = command("GET", "/screenshot", null).getAsString();
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, Base64.getDecoder().decode(png));
	}

	/** Waits until {@code condition} holds, checking every 100 ms; fails after {@code limit}. */
	public static void await(String what, Duration limit, BooleanSupplier condition) {
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("not within " + limit.toSeconds() + " s: " + what);
			}
			sleep(100);
		}
	}

	private static JsonObject selector(String css) {
		JsonObject body = new JsonObject();
		body.addProperty("using", "css selector");
		body.addProperty("value", css);
		return body;
	}

	private JsonElement command(String method, String path, JsonObject body) throws IOException {
		return request(method, "/session/" + session + path, body);
	}

	/** One WebDriver request; answers the {@code value} of the response, or fails with WebDriver's error. */
	private JsonElement request(String method, String path, JsonObject body) throws IOException {
		HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
				.header("Content-Type", "application/json; charset=utf-8")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body.toString()));
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(e);
		}
		JsonElement value = JsonParser.parseString(response.body()).getAsJsonObject().get("value");
		if (response.statusCode() != 200) {
			throw new IOException("WebDriver " + method + " " + path + " answered " + response.statusCode() + ": " + value);
		}
		return value;
	}

	@Override
	public void close() {
		if (session != null) {
			try {
				request("DELETE", "/session/" + session, null);
			} catch (IOException | RuntimeException e) {
				// the driver is stopped below in any case
			}
			session = null;
		}
		List<ProcessHandle> browsers = driver.descendants().toList();
		driver.destroy();
		try {
			if (!driver.waitFor(10, TimeUnit.SECONDS)) {
				driver.descendants().forEach(ProcessHandle::destroyForcibly);
				driver.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
			browsers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
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
