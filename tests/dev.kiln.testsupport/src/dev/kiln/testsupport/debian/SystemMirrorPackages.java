package dev.kiln.testsupport.debian;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import dev.kiln.image.debian.AptSources;
import dev.kiln.image.debian.BinaryPackage;
import dev.kiln.image.debian.DebianArchive;
import dev.kiln.image.debian.DebianArchiveException;
import dev.kiln.testsupport.ExampleProjects;

/**
 * Real packages from the Debian mirror of this machine's apt sources, downloaded once into a folder that
 * later runs (and the other test modules) reuse: the suite's index is kept there by DebianArchive's cache
 * and a .deb is downloaded again only when the index names another file or its SHA-256 differs.
 */
public final class SystemMirrorPackages {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);
	private static final Duration DOWNLOAD_TIMEOUT = Duration.ofMinutes(5);

	private SystemMirrorPackages() {
	}

	/** {@code target/debian-packages} of the repository: shared by the test modules, emptied by {@code mvn clean}. */
	public static Path defaultFolder() {
		return ExampleProjects.repository().resolve("target/debian-packages");
	}

	/** {@link #download(String, String, Path)} into the {@link #defaultFolder()}. */
	public static DebPackage download(String suite, String name) throws IOException {
		return download(suite, name, defaultFolder());
	}

	/**
	 * The package {@code name} of {@code suite} (main, amd64) as the mirror has it now, checked against the
	 * size and SHA-256 of the suite's signed index.
	 */
	public static DebPackage download(String suite, String name, Path folder) throws IOException {
		URI mirror;
		BinaryPackage listed;
		try {
			mirror = AptSources.systemMirror();
			DebianArchive archive = new DebianArchive(mirror, DebianArchive.Options.defaults().withCacheRoot(folder.resolve("indexes")));
			listed = archive.packages(suite).find(name)
					.orElseThrow(() -> new AssertionError("suite " + suite + " of " + mirror + " has no package " + name));
		} catch (DebianArchiveException e) {
			throw new AssertionError("cannot read suite " + suite + " of this machine's Debian mirror: " + e.getMessage(), e);
		}
		Path deb = folder.resolve(Path.of(listed.filename()).getFileName().toString());
		if (!Files.exists(deb) || !DebPackage.sha256(deb).equals(listed.sha256())) {
			fetch(mirror.resolve(listed.filename()), deb, listed);
		}
		return DebPackage.read(deb);
	}

	private static void fetch(URI uri, Path deb, BinaryPackage listed) throws IOException {
		Files.createDirectories(deb.getParent());
		Path part = Files.createTempFile(deb.getParent(), deb.getFileName().toString(), ".part",
				PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
		try {
			HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL)
					.proxy(ProxySelector.getDefault()).build();
			HttpResponse<Path> response = http.send(HttpRequest.newBuilder(uri).timeout(DOWNLOAD_TIMEOUT).build(),
					HttpResponse.BodyHandlers.ofFile(part));
			if (response.statusCode() != 200) {
				throw new AssertionError("GET " + uri + " answered HTTP " + response.statusCode());
			}
			String sha256 = DebPackage.sha256(part);
			if (Files.size(part) != listed.size() || !sha256.equals(listed.sha256())) {
				throw new AssertionError(uri + " has " + Files.size(part) + " bytes, SHA-256 " + sha256 + ", but the signed index says "
						+ listed.size() + " bytes, SHA-256 " + listed.sha256());
			}
			// another test module may download the same file at the same time: each moves a complete copy
			Files.move(part, deb, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted downloading " + uri, e);
		} finally {
			Files.deleteIfExists(part);
		}
	}
}
