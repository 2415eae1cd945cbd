package dev.kiln.image.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import dev.kiln.image.ImageBuildException;

/**
 * Where the Debian archive is (the machine's apt sources) and which state it is in (the Date of a
 * suite's Release file), for the base-layer cache key.
 */
public final class ArchiveState {

	private ArchiveState() {
	}

	/** The Debian archive of the machine's apt sources (one-line or deb822 format). */
	public static URI machineMirror() throws ImageBuildException {
		List<Path> files = new ArrayList<>();
		Path list = Path.of("/etc/apt/sources.list");
		if (Files.isRegularFile(list)) {
			files.add(list);
		}
		Path dir = Path.of("/etc/apt/sources.list.d");
		if (Files.isDirectory(dir)) {
			try (Stream<Path> entries = Files.list(dir)) {
				entries.filter(p -> p.toString().endsWith(".list") || p.toString().endsWith(".sources")).sorted().forEach(files::add);
			} catch (IOException e) {
				throw new ImageBuildException("Cannot read " + dir + ": " + e.getMessage(), e);
			}
		}
		for (Path file : files) {
			try {
				for (String uri : debianUris(Files.readString(file))) {
					return URI.create(uri);
				}
			} catch (IOException e) {
				throw new ImageBuildException("Cannot read " + file + ": " + e.getMessage(), e);
			}
		}
		throw new ImageBuildException("No Debian archive in the machine's apt sources (/etc/apt/sources.list*); "
				+ "set a mirror in the manifest (os mirror=\"…\").");
	}

	/** URIs of Debian archives (not security) named by an apt sources text. */
	static List<String> debianUris(String text) {
		List<String> uris = new ArrayList<>();
		for (String line : text.split("\n")) {
			String l = line.strip();
			if (l.startsWith("deb ")) {
				String[] words = l.replaceAll("\\[[^]]*]", "").trim().split("\\s+");
				if (words.length > 2 && isArchive(words[1])) {
					uris.add(words[1]);
				}
			} else if (l.startsWith("URIs:")) {
				for (String uri : l.substring(5).trim().split("\\s+")) {
					if (isArchive(uri)) {
						uris.add(uri);
					}
				}
			}
		}
		return uris;
	}

	private static boolean isArchive(String uri) {
		String path = URI.create(uri).getPath();
		return path != null && (path.endsWith("/debian") || path.endsWith("/debian/"));
	}

	/** The Date field of {@code dists/<suite>/InRelease}: the archive state the base is built from. */
	public static String releaseDate(URI mirror, String suite) throws ImageBuildException {
		URI inRelease = URI.create(mirror.toString().replaceAll("/$", "") + "/dists/" + suite + "/InRelease");
		try {
			HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
					.followRedirects(HttpClient.Redirect.NORMAL).build();
			HttpResponse<Stream<String>> response = client.send(HttpRequest.newBuilder(inRelease)
					.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofLines());
			if (response.statusCode() == 404) {
				throw new ImageBuildException("The Debian archive " + mirror + " has no suite '" + suite + "'.");
			}
			if (response.statusCode() != 200) {
				throw new ImageBuildException("The Debian archive " + mirror + " answered " + response.statusCode() + " for " + inRelease + ".");
			}
			try (Stream<String> lines = response.body()) {
				return lines.filter(l -> l.startsWith("Date:")).map(l -> l.substring(5).trim()).findFirst()
						.orElseThrow(() -> new ImageBuildException(inRelease + " has no Date field."));
			}
		} catch (IOException e) {
			throw new ImageBuildException("The Debian archive " + mirror + " is unreachable: " + e.getMessage(), e);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ImageBuildException("Interrupted while asking " + mirror + " for its state.", e);
		}
	}
}
